import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ConcordancePager } from '@/components/review/ConcordancePager';
import { getTerm } from '@/lib/content';
import { getConcordance } from '@/lib/content/corpus';
import { summarize } from '@/lib/content/qa';
import { parseConcordanceQuery, queryConcordance } from '@/lib/review/concordanceQuery';
import { pageLocale } from '@/lib/i18n/locale';
import { termPath } from '@/lib/i18n/paths';

// Rendered per request: a term's whole concordance, one page at a time, sorted and filtered by the URL.
type Props = { params: Promise<{ locale: string; termId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const term = getTerm((await params).termId);
  if (!term) return {};
  const t = await getTranslations({ locale, namespace: 'TermPage' });
  return { title: t('occurrencesTitle', { term: locale === 'ar' ? term.ar[0].form : term.en[0].form }), robots: { index: false, follow: true } };
}

export default async function OccurrencesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const term = getTerm((await params).termId);
  const query = parseConcordanceQuery(await searchParams);
  if (!term || !query) notFound();
  const rows = getConcordance(term.id);
  const page = queryConcordance(rows, query);
  if (query.page > page.pages) notFound();
  const t = await getTranslations('TermPage');
  return (
    <div className="page term-page">
      <p>
        <a href={termPath(locale, term.id)}>{locale === 'ar' ? term.ar[0].form : term.en[0].form}</a>
      </p>
      <h1>{t('occurrencesTitle', { term: locale === 'ar' ? term.ar[0].form : term.en[0].form })}</h1>
      <ConcordancePager {...page} counts={summarize(rows)} query={query} action={`${termPath(locale, term.id)}/occurrences`} locale={locale} />
    </div>
  );
}
