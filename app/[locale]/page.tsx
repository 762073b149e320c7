import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getTranslations } from 'next-intl/server';
import { ArticleIndex } from '@/components/library/ArticleIndex';
import { getLibrary } from '@/lib/content/library';
import { listArticles } from '@/lib/library/listing';
import { pageMetadata } from '@/lib/seo';

// Only the prerendered locales (and articles) exist: anything else is a 404, never rendered on demand.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const meta = await getTranslations({ locale, namespace: 'Meta' });
  return pageMetadata({ locale, path: '', title: t('title'), description: meta('description') });
}

/** Prerendered with the first page of the index; searches, filters and later pages are /[locale]/articles?… */
export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Home');
  const { articles, index } = getLibrary();
  const query = { q: '', page: 1 };
  return (
    <div className="page home">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ArticleIndex listing={listArticles(articles, index, query)} query={query} locale={locale} />
    </div>
  );
}
