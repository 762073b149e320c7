import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cardTerms, termIdsIn } from '@/components/glossary/cardData';
import { TermCards } from '@/components/glossary/TermCards';
import { ArticleColumns } from '@/components/reader/ArticleColumns';
import { ArticleInfo } from '@/components/reader/ArticleInfo';
import { articleSlugs, getArticle } from '@/lib/content';
import { plainText } from '@/lib/content/annotate';
import { routing } from '@/lib/i18n/routing';
import { excerpt, pageMetadata } from '@/lib/seo';

// Only the prerendered locales (and articles) exist: anything else is a 404, never rendered on demand.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => articleSlugs().map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return {};
  const first = article.paragraphs[0].sentences[0];
  const description = excerpt(locale === 'ar' ? plainText(first.ar) : first.en.map(plainText).join(' '));
  return pageMetadata({ locale, path: `/articles/${slug}`, title: plainText(article.title[locale]), description, type: 'article' });
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const runs = [article.title.ar, article.title.en, ...article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => [s.ar, ...s.en]))];
  const cards = await cardTerms(termIdsIn(runs), locale);
  const t = await getTranslations('Reader');
  return (
    <div className="page reader">
      <p className="visually-hidden">{t('howTo')}</p>
      <TermCards terms={cards}>
        <ArticleColumns article={article} locale={locale} />
      </TermCards>
      <ArticleInfo article={article} locale={locale} />
    </div>
  );
}
