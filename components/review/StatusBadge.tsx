import { useTranslations } from 'next-intl';
import type { QaStatus } from '@/lib/content/qa';

/** The same marks as the review-mode highlights, so colour is never the only signal. */
export const STATUS_ICON: Record<QaStatus, string> = { ok: '✓', variant: '≈', missing: '✗' };

type Props = { status: QaStatus };

export function StatusBadge({ status }: Props) {
  const t = useTranslations('QaStatus');
  return (
    <span className={`qa-badge qa-${status}`} data-status={status} title={t(`${status}Help`)}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(status)}
    </span>
  );
}
