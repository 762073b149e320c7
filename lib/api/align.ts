import { z } from 'zod';
import type { TermMatcher } from '@/lib/text/matcher';
import { alignSentences, type AlignOptions } from '@/lib/text/sentenceAlign';
import { MAX_TEXT_BYTES } from './annotate';
import { jsonError, readJsonRequest } from './json';
import type { Lang } from '@/lib/i18n/locales';

// Two texts, each up to the annotation limit; JSON escapes can make a body up to six times its text.
const MAX_BODY_BYTES = 2 * 6 * MAX_TEXT_BYTES + 1024;
const SHAPE = '{"ar": "...", "en": "..."}';

const requestSchema = z
  .object({
    ar: z.string({ error: 'ar must be a string' }).refine((t) => t.trim() !== '', 'The Arabic text ("ar") is empty.'),
    en: z.string({ error: 'en must be a string' }).refine((t) => t.trim() !== '', 'The English text ("en") is empty.'),
  })
  .strict();

type Range = { start: number; end: number };
type Span = Range | null;
export type AlignUnit = { ar: Span; en: Span; score: number };
/**
 * The sentences the aligner paired, per text, in order (a sentence it cut at a soft boundary as its two parts):
 * every unit's span starts at one of them and ends at one of them, and each lies inside exactly one unit.
 */
export type AlignSentences = Record<Lang, Range[]>;
export type AlignResponse = { units: AlignUnit[]; sentences: AlignSentences };

/** POST /api/align: validate as /api/annotate does, then align the two texts' sentences. */
export async function alignRequest(request: Request, matchers?: Record<Lang, TermMatcher>): Promise<Response> {
  const read = await readJsonRequest(request, requestSchema, { maxBytes: MAX_BODY_BYTES, tooLarge: `Each text must be at most ${MAX_TEXT_BYTES} bytes.`, shape: SHAPE, fields: '"ar" and "en"' });
  if ('error' in read) return read.error;
  const { ar, en } = read.data;
  for (const [name, text] of [['ar', ar], ['en', en]] as const) {
    if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) return jsonError(413, 'too_large', `The text "${name}" must be at most ${MAX_TEXT_BYTES} bytes.`);
  }
  const options: AlignOptions = matchers ? { terms: (lang, text) => matchers[lang].find(text).map((s) => s.termId) } : {};
  const result = alignSentences(ar, en, options);
  const span = (lang: Lang, [a, b]: [number, number]): Span => (a === b ? null : { start: result[lang][a].start, end: result[lang][b - 1].end });
  const units: AlignUnit[] = result.units.map((u) => ({ ar: span('ar', u.ar), en: span('en', u.en), score: Number(u.score.toFixed(3)) }));
  const sentences: AlignSentences = { ar: result.ar.map(({ start, end }) => ({ start, end })), en: result.en.map(({ start, end }) => ({ start, end })) };
  return Response.json({ units, sentences } satisfies AlignResponse);
}
