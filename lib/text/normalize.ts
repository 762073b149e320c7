/**
 * Normalisation for matching only: the text shown to a reader is never altered.
 * Everything here maps one written word to the key it is looked up by.
 */

// Harakat, tanween, shadda, sukun and the other combining marks of the Arabic block, dagger alef,
// Quranic annotation marks.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Zero-width characters, soft hyphen and every bidi control (marks, embeddings, isolates).
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۃ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه',
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‹': "'", '›': "'",
  '‘': "'", '’': "'", '‚': "'",
};
const FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits to ASCII. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** Drop Arabic diacritics (tashkeel) only: used by the tashkeel toggle and by search. */
export function stripTashkeel(s: string): string {
  return s.replace(ARABIC_MARKS, '');
}

/**
 * The matching key of Arabic text: NFKC (presentation forms, lam-alef ligatures), no diacritics, tatweel or
 * invisible controls, one alef, ي for ى/ی, ه for ة, ك for ک, straight quotes, ASCII digits, lower-case Latin.
 */
export function normalizeArabic(s: string): string {
  return foldDigits(
    stripTashkeel(s.normalize('NFKC'))
      .replace(TATWEEL, '')
      .replace(INVISIBLE, '')
      .replace(FOLD_RE, (c) => LETTER_FOLDS[c]),
  ).toLowerCase();
}

/** Case-, accent- and quote-insensitive key of Latin text, for search. */
export function foldLatin(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .replace(FOLD_RE, (c) => LETTER_FOLDS[c])
    .toLowerCase();
}
