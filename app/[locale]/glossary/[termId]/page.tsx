import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GlossaryEntry } from '@/components/glossary/GlossaryEntry';
import { LocatorMap } from '@/components/map/LocatorMap';
import { ArticleCounts } from '@/components/review/ArticleCounts';
import { ConcordancePager } from '@/components/review/ConcordancePager';
import { RenderingCounts } from '@/components/review/RenderingCounts';
import { ShortConcordance } from '@/components/review/ShortConcordance';
import { getEntryView, getGlossary, getTerm } from '@/lib/content';
import { getConcordance } from '@/lib/content/corpus';
import { summarize } from '@/lib/content/qa';
import { CONCORDANCE_PAGE, queryConcordance } from '@/lib/review/concordanceQuery';
import { pageLocale } from '@/lib/i18n/locale';
import { glossaryPath, termPath } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { excerpt, pageMetadata } from '@/lib/seo';

// One prerendered page per term and locale; any other id is a 404.
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string; termId: string }> };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getGlossary().map((term) => ({ locale, termId: term.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const entry = getEntryView((await params).termId, locale);
  if (!entry) return {};
  return pageMetadata({ locale, path: `/glossary/${entry.id}`, title: `${entry.ar} · ${entry.en}`, description: excerpt(entry.explanation) });
}

/**
 * A term with its concordance. A short one is sent whole (sorted and filtered in the browser); a long one shows its
 * first page, and /glossary/<id>/occurrences pages through the rest on the server, so the page's weight does not
 * grow with the corpus.
 */
export default async function TermPage({ params }: Props) {
  const locale = await pageLocale(params);
  const entry = getEntryView((await params).termId, locale);
  if (!entry) notFound();
  const t = await getTranslations('TermPage');
  const rows = getConcordance(entry.id);
  const long = rows.length > CONCORDANCE_PAGE;
  const occurrences = `${termPath(locale, entry.id)}/occurrences`;
  return (
    <div className="page term-page">
      <p>
        <a href={glossaryPath(locale, entry.id)}>{t('back')}</a>
      </p>
      <GlossaryEntry entry={entry} locale={locale} standalone />
      <LocatorMap term={getTerm(entry.id)!} locale={locale} />
      <section aria-labelledby="concordance" className="concordance-section">
        <h2 id="concordance">{t('concordance')}</h2>
        <p>{t('intro', { count: rows.length })}</p>
        {rows.length > 0 && (
          <>
            <RenderingCounts rows={rows} locale={locale} />
            <ArticleCounts rows={rows} locale={locale} />
          </>
        )}
        {rows.length > 0 && !long && (
          <ShortConcordance rows={rows} locale={locale} />
        )}
        {long && (
          <>
            <p>
              {t('firstRows', { shown: CONCORDANCE_PAGE, total: rows.length })} <a href={occurrences}>{t('allRows')}</a>
            </p>
            <ConcordancePager
              {...queryConcordance(rows, { sort: 'document', shown: ['ok', 'variant', 'missing'], page: 1 })}
              counts={summarize(rows)}
              query={{ sort: 'document', shown: ['ok', 'variant', 'missing'], page: 1 }}
              action={occurrences}
              locale={locale}
            />
          </>
        )}
      </section>
    </div>
  );
}
