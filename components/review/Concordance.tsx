'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { QA_STATUSES, summarize, type QaStatus } from '@/lib/content/qa';
import { SORTS, type ConcordanceSort } from '@/lib/review/concordanceQuery';
import { ConcordanceFields, concordanceFieldLabels } from './ConcordanceFields';
import { ConcordanceTable } from './ConcordanceTable';
import { statusLabels } from './labels';
import type { Lang } from '@/lib/i18n/locales';

type Sort = ConcordanceSort;
type Props = { rows: ConcordanceRow[]; locale: Lang };

/** A concordance short enough to send whole: server-rendered in document order, sortable and filterable once hydrated. */
export function Concordance({ rows, locale }: Props) {
  const t = useTranslations('Concordance');
  const statuses = statusLabels(useTranslations('QaStatus'));
  const [sort, setSort] = useState<Sort>('document');
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
        <ConcordanceFields labels={concordanceFieldLabels(t, statuses)} sort={sort} shown={[...shown]} counts={summarize(rows)} onSort={setSort} onToggle={toggle} />
        <p role="status" className="muted">
          {t('shown', { shown: visible.length, total: rows.length })}
        </p>
      </div>
      <ConcordanceTable rows={visible} locale={locale} />
    </>
  );
}
