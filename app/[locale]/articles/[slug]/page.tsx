import type { Metadata } from 'next';
import { pageLocale } from '@/lib/i18n/locale';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { TermController } from '@/components/glossary/TermController';
import { ArticleColumns } from '@/components/reader/ArticleColumns';
import { ArticleInfo } from '@/components/reader/ArticleInfo';
import { readerControlsLabels } from '@/components/reader/labels';
import { PrintGlossary } from '@/components/reader/PrintGlossary';
import { ArticleMap } from '@/components/map/ArticleMap';
import { ArticleNav } from '@/components/library/ArticleNav';
import { ReaderControls, ReaderControlsView } from '@/components/reader/ReaderControls';
import { ReaderView } from '@/components/reader/ReaderView';
import { reviewLabels } from '@/components/review/labels';
import { ReviewMode, ReviewToggle } from '@/components/review/ReviewMode';
import { DEFAULT_SETTINGS, settingsBootScript } from '@/lib/reader/settings';
import { articleSlugs, getArticle } from '@/lib/content';
import { getChecks } from '@/lib/content/corpus';
import { occurrenceStatuses, reviewIssues, summarize } from '@/lib/content/qa';
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
  const t = await getTranslations('Reader');
  const pairs = getChecks(slug);
  const issues = reviewIssues(pairs);
  const controls = await readerControlsLabels(locale);
  const dataUrl = `/${locale}/articles/${slug}/card-data`;
  const review = reviewLabels(await getTranslations({ locale, namespace: 'Review' }), await getTranslations({ locale, namespace: 'QaStatus' }), issues);
  return (
    <div className="page reader">
      <p className="visually-hidden">{t('howTo')}</p>
      <ReaderView>
        <script dangerouslySetInnerHTML={{ __html: settingsBootScript() }} />
        <Suspense
          fallback={
            <ReaderControlsView settings={DEFAULT_SETTINGS} labels={controls}>
              <ReviewToggle label={review.toggle} />
            </ReaderControlsView>
          }
        >
          <ReaderControls labels={controls}>
            <ReviewToggle label={review.toggle} />
          </ReaderControls>
        </Suspense>
        <TermController dataUrl={dataUrl}>
          <ArticleMap article={article} locale={locale} />
          <ReviewMode summary={summarize(pairs)} issues={issues} labels={review}>
            <ArticleColumns article={article} locale={locale} statuses={occurrenceStatuses(pairs)} />
          </ReviewMode>
        </TermController>
      </ReaderView>
      <PrintGlossary dataUrl={dataUrl} heading={t('printGlossary')} />
      <ArticleInfo article={article} locale={locale} />
      <ArticleNav slug={slug} locale={locale} />
    </div>
  );
}
