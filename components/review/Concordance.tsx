'use client';

import { Fragment, useState, type ReactNode } from 'react';
import { DataTable } from '@/components/ui/DataTable';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qaStatus';
import { SORTS, type ConcordanceSort, type SortableRow } from '@/lib/review/concordanceQuery';
import { ConcordanceFields, type ConcordanceFieldLabels } from './ConcordanceFields';

export type ConcordanceLabels = {
  fields: ConcordanceFieldLabels;
  /** "n of total shown", formatted on the server for every n from 0 to the number of rows. */
  shown: string[];
  caption: string;
  columns: string[];
};

type Props = {
  /** What sorting and filtering need of each row; its line is `lines[order]`. */
  rows: SortableRow[];
  counts: Record<QaStatus, number>;
  labels: ConcordanceLabels;
  /** Each row's table line, rendered on the server (components/review/ShortConcordance.tsx), by its order. */
  lines: Record<number, ReactNode>;
};

/**
 * A concordance short enough to send whole: its lines rendered on the server in document order, sorted and filtered
 * here once hydrated. The strings come formatted, so the term page loads no message formatter.
 */
export function Concordance({ rows, counts, labels, lines }: Props) {
  const [sort, setSort] = useState<ConcordanceSort>('document');
  const [shown, setShown] = useState<Set<QaStatus>>(() => new Set(QA_STATUSES));
  const visible = rows.filter((r) => shown.has(r.status)).sort(SORTS[sort]);
  const toggle = (s: QaStatus) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  return (
    <>
      <div className="concordance-controls">
        <ConcordanceFields labels={labels.fields} sort={sort} shown={[...shown]} counts={counts} onSort={setSort} onToggle={toggle} />
        <p role="status" className="muted">
          {labels.shown[visible.length]}
        </p>
      </div>
      <DataTable className="concordance" caption={labels.caption} hiddenCaption columns={labels.columns}>
        {visible.map((r) => (
          <Fragment key={r.order}>{lines[r.order]}</Fragment>
        ))}
      </DataTable>
    </>
  );
}
