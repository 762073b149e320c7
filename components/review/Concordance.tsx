'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';
import { statusLabels } from './labels';
import { StatusBadge } from './StatusBadge';

type Sort = 'document' | 'rendering' | 'status';
type Props = { rows: ConcordanceRow[]; locale: 'ar' | 'en' };

const SEVERITY: Record<QaStatus, number> = { missing: 0, variant: 1, ok: 2 };
const SORTS: Record<Sort, (a: ConcordanceRow, b: ConcordanceRow) => number> = {
  document: (a, b) => a.order - b.order,
  rendering: (a, b) => (a.en.form ?? '\uffff').localeCompare(b.en.form ?? '\uffff', 'en') || a.order - b.order,
  status: (a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.order - b.order,
};

/** The concordance table: server-rendered in document order, sortable and filterable once hydrated. */
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
      <div className="table-scroll">
        <table className="concordance">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('where')}</th>
              <th scope="col">{t('arabic')}</th>
              <th scope="col">{t('english')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <ConcordanceLine key={r.order} row={r} locale={locale} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ConcordanceLine({ row, locale }: { row: ConcordanceRow; locale: 'ar' | 'en' }) {
  const t = useTranslations('Concordance');
  const tq = useTranslations('QaStatus');
  const href = `/${locale}/articles/${row.slug}${row.paragraph ? `#p${row.paragraph}` : ''}`;
  const missing = (
    <span className="qa-missing-marker">
      <span aria-hidden="true">✗ </span>
      <span lang={locale}>{t('missing')}</span>
    </span>
  );
  return (
    <tr data-concordance-row={row.unitId} data-status={row.status}>
      <td>
        <span className="concordance-article">{row.title[locale]}</span>
        <a href={href}>{t('location', { unit: row.unitId })}</a>
      </td>
      <td lang="ar" dir="rtl" className="ar">
        <div className="kwic">
          <span className="kwic-before">
            <span className="visually-hidden" lang={locale}>{t('before')} </span>
            {row.ar.before}
          </span>
          <span className="kwic-term">
            <span className="visually-hidden" lang={locale}>{t('term')} </span>
            {row.ar.match ? <mark>{row.ar.match}</mark> : missing}
          </span>
          <span className="kwic-after">
            <span className="visually-hidden" lang={locale}>{t('after')} </span>
            {row.ar.after}
          </span>
        </div>
      </td>
      <td lang="en" dir="ltr">
        {row.en.match ? (
          <>
            {row.en.before}
            <mark>{row.en.match}</mark>
            {row.en.after}
          </>
        ) : (
          <>
            {row.en.before} {missing}
          </>
        )}
      </td>
      <td>
        <StatusBadge status={row.status} labels={statusLabels(tq)} />
        {row.missingIn && <span className="muted"> ({tq('missingIn', { lang: row.missingIn })})</span>}
      </td>
    </tr>
  );
}
