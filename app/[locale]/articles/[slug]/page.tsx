import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { cardTerms, termIdsIn } from '@/components/glossary/cardData';
import { TermCards } from '@/components/glossary/TermCards';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { ArticleColumns } from '@/components/reader/ArticleColumns';
import { ArticleInfo } from '@/components/reader/ArticleInfo';
import { ReaderControls } from '@/components/reader/ReaderControls';
import { ReaderView } from '@/components/reader/ReaderView';
import { settingsBootScript } from '@/lib/reader/settings';
import { articleSlugs, getArticle } from '@/lib/content';
import { plainText } from '@/lib/content/annotate';
import { routing } from '@/lib/i18n/routing';

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
  return { title: plainText(article.title[locale]) };
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
      <ClientMessages namespaces={['TermCard', 'Learn', 'ReaderControls']}>
        <ReaderView>
          <script dangerouslySetInnerHTML={{ __html: settingsBootScript() }} />
          <Suspense fallback={<div className="reader-controls" aria-hidden="true" />}>
            <ReaderControls />
          </Suspense>
          <TermCards terms={cards}>
            <ArticleColumns article={article} locale={locale} />
          </TermCards>
        </ReaderView>
      </ClientMessages>
      <ArticleInfo article={article} locale={locale} />
    </div>
  );
}
