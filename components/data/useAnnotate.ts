'use client';

import type { AnnotateSpan } from '@/lib/api/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { postJson, useApiMutation } from './api';

export type Texts = Record<Locale, string>;
/** `truncatedAt`: a text had more terms than one answer carries (the server's MAX_SPANS); only that many are marked. */
export type Annotated = { texts: Texts; spans: Record<Locale, AnnotateSpan[]>; truncatedAt?: number };
type Answer = { spans: AnnotateSpan[]; truncated?: boolean };

/** POST /api/annotate for one text. */
export async function annotate(lang: Locale, text: string): Promise<Answer> {
  return postJson<Answer>('/api/annotate', { lang, text });
}

/**
 * The term finder over pasted texts (both languages at once): `run(texts)`, then `data` (the texts and their spans),
 * `pending`, and `error` (an ApiError: its status says why). Needs a QueryProvider above.
 */
export function useAnnotate() {
  return useApiMutation(async (texts: Texts): Promise<Annotated> => {
    const none: Answer = { spans: [] };
    const [ar, en] = await Promise.all([texts.ar ? annotate('ar', texts.ar) : none, texts.en ? annotate('en', texts.en) : none]);
    const truncatedAt = ar.truncated ? ar.spans.length : en.truncated ? en.spans.length : 0;
    return { texts, spans: { ar: ar.spans, en: en.spans }, truncatedAt };
  });
}
