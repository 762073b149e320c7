'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { QueryProvider } from '@/components/ui/QueryProvider';
import type { SearchResult } from '@/lib/content/search';

type Props = { q: string; category: string; locale: 'ar' | 'en'; messages: Record<string, unknown> };

async function fetchResults(q: string, category: string, locale: string): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q, locale });
  if (category) params.set('category', category);
  const response = await fetch(`/api/glossary/search?${params}`);
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? response.statusText);
  return data.results;
}

/** Loaded at the first search, with TanStack Query and the message formatter the count's plural forms need. */
export function SearchResults(props: Props) {
  return (
    <NextIntlClientProvider locale={props.locale} messages={props.messages}>
      <QueryProvider>
        <Results {...props} />
      </QueryProvider>
    </NextIntlClientProvider>
  );
}

function Results({ q, category, locale }: Props) {
  const t = useTranslations('GlossarySearch');
  const query = useQuery({
    queryKey: ['glossary-search', q, category, locale],
    queryFn: () => fetchResults(q, category, locale),
    placeholderData: keepPreviousData,
  });
  const status = query.isError ? t('error') : query.data ? t('results', { count: query.data.length }) : t('searching');
  return (
    <section className="search-results" aria-label={t('resultsLabel')} data-search-results>
      <p className="search-status" role="status">
        {status}
      </p>
      {query.data && query.data.length > 0 && (
        <ul className="entries">
          {query.data.map((r) => (
            <li key={r.id} className="entry" data-result={r.id}>
              <a href={r.href} className="entry-title">
                <span lang="ar" dir="rtl" className="ar">
                  {r.ar}
                </span>
                <span aria-hidden="true"> · </span>
                <span lang="en" dir="ltr">
                  {r.en}
                </span>
              </a>
              <p className="entry-translit" lang="ar-Latn" dir="ltr">
                {r.translit}
              </p>
              <p className="entry-gloss">
                {r.gloss} <span className="muted">({r.categoryLabel})</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
