import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/library/Pagination';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';
import { CONCORDANCE_SORTS, concordanceHref, type ConcordanceQuery } from '@/lib/review/concordanceQuery';
import type { Locale } from '@/lib/i18n/routing';
import { ConcordanceTable } from './ConcordanceTable';
import { statusLabels } from './labels';
import { StatusBadge } from './StatusBadge';

type Props = {
  rows: ConcordanceRow[];
  counts: Record<QaStatus, number>;
  total: number;
  pages: number;
  query: ConcordanceQuery;
  /** The occurrences page of the term: the form's target and the pages' base. */
  action: string;
  locale: Locale;
};

/**
 * One page of a long concordance, sorted and filtered on the server: a GET form and page links, so it works
 * without JavaScript and the page carries only its own rows, however often the term occurs.
 */
export async function ConcordancePager({ rows, counts, total, pages, query, action, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Concordance' });
  const statuses = statusLabels(await getTranslations({ locale, namespace: 'QaStatus' }));
  return (
    <>
      <form method="get" action={action} className="concordance-controls" data-concordance-form>
        <label>
          {t('sortBy')}{' '}
          <select name="sort" defaultValue={query.sort} data-concordance-sort>
            {CONCORDANCE_SORTS.map((s) => (
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
              <input type="checkbox" name="status" value={s} defaultChecked={query.shown.includes(s)} data-concordance-filter={s} /> <StatusBadge status={s} labels={statuses} /> ({counts[s]})
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('apply')}</button>
        <p className="muted" data-concordance-shown={total}>
          {t('shownPage', { shown: rows.length, total, page: query.page, pages })}
        </p>
      </form>
      <ConcordanceTable rows={rows} locale={locale} />
      <Pagination page={query.page} pages={pages} href={(page) => concordanceHref(action, { ...query, page })} label={t('pages')} locale={locale} />
    </>
  );
}
