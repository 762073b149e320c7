import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';
import { CONCORDANCE_SORTS, type ConcordanceSort } from '@/lib/review/concordanceQuery';
import type { StatusLabels } from './labels';
import { StatusBadge } from './StatusBadge';

export type ConcordanceFieldLabels = { sortBy: string; show: string; sorts: Record<ConcordanceSort, string>; statuses: StatusLabels };

type Props = {
  labels: ConcordanceFieldLabels;
  sort: ConcordanceSort;
  shown: readonly QaStatus[];
  counts: Record<QaStatus, number>;
  /** In the browser: the fields are controlled and act at once. Without them: a GET form's fields (sort, status). */
  onSort?: (sort: ConcordanceSort) => void;
  onToggle?: (status: QaStatus) => void;
};

/**
 * The sort and status-filter fields of a concordance, the same markup for the short list filtered in the browser
 * (Concordance) and the long one filtered on the server through a GET form (ConcordancePager).
 */
export function ConcordanceFields({ labels, sort, shown, counts, onSort, onToggle }: Props) {
  const sortValue = onSort ? { value: sort, onChange: (e: { target: { value: string } }) => onSort(e.target.value as ConcordanceSort) } : { defaultValue: sort };
  return (
    <>
      <label>
        {labels.sortBy}{' '}
        <select name="sort" {...sortValue} data-concordance-sort>
          {CONCORDANCE_SORTS.map((s) => (
            <option key={s} value={s}>
              {labels.sorts[s]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{labels.show}</legend>
        {QA_STATUSES.map((s) => {
          const checked = onToggle ? { checked: shown.includes(s), onChange: () => onToggle(s) } : { defaultChecked: shown.includes(s) };
          return (
            <label key={s}>
              <input type="checkbox" name="status" value={s} {...checked} data-concordance-filter={s} /> <StatusBadge status={s} labels={labels.statuses} /> ({counts[s]})
            </label>
          );
        })}
      </fieldset>
    </>
  );
}

/** The fields' labels from the Concordance and QaStatus namespaces (next-intl's server or client formatter). */
export function concordanceFieldLabels(t: (key: 'sortBy' | 'show' | `sort.${ConcordanceSort}`) => string, statuses: StatusLabels): ConcordanceFieldLabels {
  return { sortBy: t('sortBy'), show: t('show'), sorts: Object.fromEntries(CONCORDANCE_SORTS.map((s) => [s, t(`sort.${s}`)])) as Record<ConcordanceSort, string>, statuses };
}
