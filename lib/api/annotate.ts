import { z } from 'zod';
import type { TermMatcher } from '@/lib/text/matcher';
import { jsonError, readJsonRequest } from './json';
import type { Lang } from '@/lib/i18n/locales';

/** The largest text accepted, in UTF-8 bytes (documented in the README). */
export const MAX_TEXT_BYTES = 100 * 1024;
/**
 * The most spans one answer carries. A real 100 KB article has a few hundred terms; a text made of nothing but
 * terms ("UN UN UN …") would otherwise make 34,000 spans and a 2.8 MB answer. Past the cap the answer says
 * `"truncated": true` and the rest of the text is not searched.
 */
export const MAX_SPANS = 2000;
// JSON escapes can make a body up to six times its text (\uXXXX): refuse to read beyond that.
const MAX_BODY_BYTES = 6 * MAX_TEXT_BYTES + 1024;

const requestSchema = z
  .object({
    lang: z.enum(['ar', 'en'], { error: 'lang must be "ar" or "en"' }),
    text: z.string({ error: 'text must be a string' }),
  })
  .strict();

/** `form` is the glossary form that matched (the surface may add clitics, a plural or a possessive). */
export type AnnotateSpan = { start: number; end: number; termId: string; surface: string; form: string; clitics: string[] };

/** POST /api/annotate: validate, then find the terms. Every failure is a JSON error with its status. */
export async function annotateRequest(request: Request, matchers: Record<Lang, TermMatcher>): Promise<Response> {
  const read = await readJsonRequest(request, requestSchema, { maxBytes: MAX_BODY_BYTES, tooLarge: `The text must be at most ${MAX_TEXT_BYTES} bytes.`, shape: '{"lang": "ar" | "en", "text": "..."}', fields: '"lang" and "text"' });
  if ('error' in read) return read.error;
  const { lang, text } = read.data;
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) {
    return jsonError(413, 'too_large', `The text must be at most ${MAX_TEXT_BYTES} bytes.`);
  }
  const found = matchers[lang].find(text, MAX_SPANS + 1);
  const spans: AnnotateSpan[] = found.slice(0, MAX_SPANS).map(({ start, end, termId, surface, form, clitics }) => ({ start, end, termId, surface, form, clitics }));
  return Response.json(found.length > MAX_SPANS ? { spans, truncated: true } : { spans });
}
