import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ConcordancePager } from '@/components/review/ConcordancePager';
import { getEntryView } from '@/lib/content';
import { getConcordance } from '@/lib/content/corpus';
import { summarize } from '@/lib/content/qa';
import { parseConcordanceQuery, queryConcordance } from '@/lib/review/concordanceQuery';
import { pageLocale } from '@/lib/i18n/locale';

// Rendered per request: a term's whole concordance, one page at a time, sorted and filtered by the URL.
type Props = { params: Promise<{ locale: string; termId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const entry = getEntryView((await params).termId, locale);
  if (!entry) return {};
  const t = await getTranslations({ locale, namespace: 'TermPage' });
  return { title: t('occurrencesTitle', { term: entry[locale] }), robots: { index: false, follow: true } };
}

export default async function OccurrencesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const entry = getEntryView((await params).termId, locale);
  const query = parseConcordanceQuery(await searchParams);
  if (!entry || !query) notFound();
  const rows = getConcordance(entry.id);
  const page = queryConcordance(rows, query);
  if (query.page > page.pages) notFound();
  const t = await getTranslations('TermPage');
  return (
    <div className="page term-page">
      <p>
        <a href={entry.href}>{entry[locale]}</a>
      </p>
      <h1>{t('occurrencesTitle', { term: entry[locale] })}</h1>
      <ConcordancePager {...page} counts={summarize(rows)} query={query} action={`${entry.href}/occurrences`} locale={locale} />
    </div>
  );
}
