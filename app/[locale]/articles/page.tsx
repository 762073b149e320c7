import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleIndex } from '@/components/library/ArticleIndex';
import { getLibrary } from '@/lib/content/library';
import { listArticles, parseListQuery } from '@/lib/library/listing';
import { pageLocale } from '@/lib/i18n/locale';

// Rendered per request from an index kept in memory: a search, a filter or a page is a URL (a GET form and
// links), so it works without JavaScript and ships none. A malformed parameter or a page past the last is a 404.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Library' });
  return { title: t('resultsTitle'), robots: { index: false, follow: true } };
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { articles, index, sites } = getLibrary();
  const query = parseListQuery(await searchParams, sites);
  if (!query) notFound();
  const listing = listArticles(articles, index, query);
  if (query.page > listing.pages) notFound();
  return (
    <div className="page library-page">
      <ArticleIndex listing={listing} query={query} locale={locale} headingLevel="h1" />
    </div>
  );
}
