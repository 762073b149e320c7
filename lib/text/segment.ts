import type { Lang } from './matcher';

// Intl.Segmenter ends an English sentence after any full stop followed by a capital; these abbreviations
// do not end one. Lower-cased, without their final full stop.
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'capt', 'sgt', 'gov', 'sen', 'rep',
  'pres', 'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.u', 'no', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft',
]);

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(sentence);
  return !!m && ENGLISH_ABBREVIATIONS.has(m[1].toLowerCase());
}

/** A stretch of a text: UTF-16 offsets, end exclusive, trimmed of surrounding white space. */
export type Range = { start: number; end: number };

function trimmed(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** Sentences of text[start, end): Arabic splits at . ؟ ! (not at ،); English keeps "Mr." and "U.S." inside. */
export function sentenceRanges(text: string, lang: Lang, start = 0, end = text.length): Range[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Range[] = [];
  let from = start;
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    const to = start + index + segment.length;
    if (lang === 'en' && to < end && endsWithAbbreviation(text.slice(from, to))) continue;
    const r = trimmed(text, from, to);
    if (r) out.push(r);
    from = to;
  }
  return out;
}

/** Paragraphs of a text: blank lines separate them, a single line break does not. */
export function paragraphRanges(text: string): Range[] {
  const out: Range[] = [];
  const blank = /\r?\n[^\S\r\n]*\r?\n/g;
  let from = 0;
  for (const m of text.matchAll(blank)) {
    const r = trimmed(text, from, m.index);
    if (r) out.push(r);
    from = m.index + m[0].length;
  }
  const r = trimmed(text, from, text.length);
  if (r) out.push(r);
  return out;
}

export function splitSentences(paragraph: string, lang: Lang): string[] {
  return sentenceRanges(paragraph, lang).map((r) => paragraph.slice(r.start, r.end));
}

export function splitParagraphs(text: string): string[] {
  return paragraphRanges(text).map((r) => text.slice(r.start, r.end));
}
