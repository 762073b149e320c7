'use client';

import { useMutation } from '@tanstack/react-query';
import type { AnnotateSpan } from '@/lib/api/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { ApiError, fetchJson } from './api';

export type Texts = Record<Locale, string>;
/** `truncatedAt`: a text had more terms than one answer carries (the server's MAX_SPANS); only that many are marked. */
export type Annotated = { texts: Texts; spans: Record<Locale, AnnotateSpan[]>; truncatedAt?: number };
type Answer = { spans: AnnotateSpan[]; truncated?: boolean };

/** POST /api/annotate for one text. */
export async function annotate(lang: Locale, text: string): Promise<Answer> {
  const body = JSON.stringify({ lang, text });
  return fetchJson<Answer>('/api/annotate', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/**
 * The term finder over pasted texts (both languages at once): `run(texts)`, then `data` (the texts and their spans),
 * `pending`, and `error` (an ApiError: its status says why). Needs a QueryProvider above.
 */
export function useAnnotate() {
  const mutation = useMutation({
    mutationFn: async (texts: Texts): Promise<Annotated> => {
      const none: Answer = { spans: [] };
      const [ar, en] = await Promise.all([texts.ar ? annotate('ar', texts.ar) : none, texts.en ? annotate('en', texts.en) : none]);
      const truncatedAt = ar.truncated ? ar.spans.length : en.truncated ? en.spans.length : 0;
      return { texts, spans: { ar: ar.spans, en: en.spans }, truncatedAt };
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
