'use client';

import { useMutation } from '@tanstack/react-query';
import type { AnnotateSpan } from '@/lib/api/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { ApiError, fetchJson } from './api';

export type Texts = Record<Locale, string>;
export type Annotated = { texts: Texts; spans: Record<Locale, AnnotateSpan[]> };

/** POST /api/annotate for one text. */
export async function annotate(lang: Locale, text: string): Promise<AnnotateSpan[]> {
  const body = JSON.stringify({ lang, text });
  return (await fetchJson<{ spans: AnnotateSpan[] }>('/api/annotate', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).spans;
}

/**
 * The term finder over pasted texts (both languages at once): `run(texts)`, then `data` (the texts and their spans),
 * `pending`, and `error` (an ApiError: its status says why). Needs a QueryProvider above.
 */
export function useAnnotate() {
  const mutation = useMutation({
    mutationFn: async (texts: Texts): Promise<Annotated> => {
      const [ar, en] = await Promise.all([texts.ar ? annotate('ar', texts.ar) : [], texts.en ? annotate('en', texts.en) : []]);
      return { texts, spans: { ar, en } };
    },
  });
  return {
    data: mutation.data,
    pending: mutation.isPending,
    error: mutation.error instanceof ApiError ? mutation.error : mutation.error ? new ApiError(0, mutation.error.message) : null,
    run: mutation.mutate,
    reset: mutation.reset,
  };
}
