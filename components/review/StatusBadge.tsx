import type { QaStatus } from '@/lib/content/qa';
import type { StatusLabels } from './labels';

/** The same marks as the review-mode highlights, so colour is never the only signal. */
export const STATUS_ICON: Record<QaStatus, string> = { ok: '✓', variant: '≈', missing: '✗' };

type Props = { status: QaStatus; labels: StatusLabels };

export function StatusBadge({ status, labels }: Props) {
  return (
    <span className={`qa-badge qa-${status}`} data-status={status} title={labels[status].help}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {labels[status].name}
    </span>
  );
}
