import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/library/Pagination';
import type { ConcordanceRow } from '@/lib/content/concordance';
import type { QaStatus } from '@/lib/content/qa';
import { concordanceHref, type ConcordanceQuery } from '@/lib/review/concordanceQuery';
import type { Locale } from '@/lib/i18n/routing';
import { ConcordanceFields, concordanceFieldLabels } from './ConcordanceFields';
import { ConcordanceTable } from './ConcordanceTable';
import { statusLabels } from './labels';

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
        <ConcordanceFields labels={concordanceFieldLabels(t, statuses)} sort={query.sort} shown={query.shown} counts={counts} />
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
