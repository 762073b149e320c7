'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';
import { SORTS, type ConcordanceSort } from '@/lib/review/concordanceQuery';
import { ConcordanceTable } from './ConcordanceTable';
import { statusLabels } from './labels';
import { StatusBadge } from './StatusBadge';
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
        <label>
          {t('sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} data-concordance-sort>
            {(Object.keys(SORTS) as Sort[]).map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('show')}</legend>
          {QA_STATUSES.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={shown.has(s)} onChange={() => toggle(s)} data-concordance-filter={s} /> <StatusBadge status={s} labels={statuses} />{' '}
              ({rows.filter((r) => r.status === s).length})
            </label>
          ))}
        </fieldset>
        <p role="status" className="muted">
          {t('shown', { shown: visible.length, total: rows.length })}
        </p>
      </div>
      <ConcordanceTable rows={visible} locale={locale} />
    </>
  );
}
