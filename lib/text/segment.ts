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

/** Split one paragraph into sentences, trimmed. Arabic splits at . ؟ ! (not at ،). */
export function splitSentences(paragraph: string, lang: Lang): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: string[] = [];
  let carry = '';
  for (const { segment } of segmenter.segment(paragraph)) {
    const piece = carry + segment;
    if (lang === 'en' && endsWithAbbreviation(piece)) {
      carry = piece;
      continue;
    }
    carry = '';
    if (piece.trim()) out.push(piece.trim());
  }
  if (carry.trim()) out.push(carry.trim());
  return out;
}

/** Split a text into paragraphs at blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[^\S\r\n]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
