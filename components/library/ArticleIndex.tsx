import { getTranslations } from 'next-intl/server';
import { listHref, type ListQuery, type Listing } from '@/lib/library/listing';
import type { Locale } from '@/lib/i18n/routing';
import { ArticleList } from './ArticleList';
import { ArticleSearchForm } from './ArticleSearchForm';
import { Pagination } from './Pagination';
import { localePath } from '@/lib/i18n/paths';

type Props = { listing: Listing; query: ListQuery; locale: Locale; headingLevel?: 'h1' | 'h2' };

/**
 * The article index: a search form (a plain GET form), the count, one page of articles and links to the others.
 * Server-rendered, no client JavaScript: it works the same with scripting off, and every state is a URL.
 */
export async function ArticleIndex({ listing, query, locale, headingLevel: Heading = 'h2' }: Props) {
  const t = await getTranslations({ locale, namespace: 'Library' });
  const base = localePath(locale, '/articles');
  const filtered = Boolean(query.q.trim() || query.site || query.lang);
  return (
    <section aria-labelledby="library-heading" className="library" data-library>
      <Heading id="library-heading">{filtered ? t('resultsTitle') : t('title')}</Heading>
      <ArticleSearchForm query={query} facets={listing.facets} action={base} locale={locale} />
      <p className="library-count" data-library-count={listing.total}>
        {query.q.trim() ? t('countFor', { count: listing.total, q: query.q.trim() }) : t('count', { count: listing.total })}
        {listing.pages > 1 && <> · {t('pageOf', { page: listing.page, pages: listing.pages })}</>}
        {filtered && (
          <>
            {' · '}
            <a href={base}>{t('clear')}</a>
          </>
        )}
      </p>
      <ArticleList items={listing.items} locale={locale} />
      <Pagination page={listing.page} pages={listing.pages} href={(page) => listHref(base, { ...query, page })} label={t('pages')} locale={locale} />
    </section>
  );
}
