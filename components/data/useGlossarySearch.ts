'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResult } from '@/lib/content/search';
import type { Locale } from '@/lib/i18n/routing';
import { fetchJson, type ApiError } from './api';

/** GET /api/glossary/search: the results of a query (and category) in the interface language. */
export async function searchGlossary(q: string, category: string, locale: Locale): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q, locale });
  if (category) params.set('category', category);
  return (await fetchJson<{ results: SearchResult[] }>(`/api/glossary/search?${params}`)).results;
}

/** Glossary search as data: `data` (the previous results while the next load), `pending`, `error`. Needs a QueryProvider. */
export function useGlossarySearch(q: string, category: string, locale: Locale) {
  const query = useQuery({
    queryKey: ['glossary-search', q, category, locale],
    queryFn: () => searchGlossary(q, category, locale),
    placeholderData: keepPreviousData,
  });
  return { data: query.data, pending: query.isPending || query.isFetching, error: query.error as ApiError | null };
}
