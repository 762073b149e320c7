/**
 * A consonant skeleton that an English name and its Arabic transliteration share: Trump and ترامب both give
 * "TRMB", Kavanaugh and كافانو "KFN". Vowels, and the letters Arabic uses for them (ا و ي), are dropped; each
 * consonant falls into a class wide enough for the usual renderings (p → ب, g → ج or غ, v → ف).
 */
const LATIN: [RegExp, string][] = [
  [/ph/g, 'F'], [/sh|ch/g, 'S'], [/th/g, 'T'], [/kh/g, 'H'], [/gh/g, 'K'], [/ck/g, 'K'], [/x/g, 'KS'],
  [/[bp]/g, 'B'], [/[fv]/g, 'F'], [/t/g, 'T'], [/d/g, 'D'], [/[sz]/g, 'S'], [/[kcqgj]/g, 'K'],
  [/l/g, 'L'], [/m/g, 'M'], [/n/g, 'N'], [/r/g, 'R'], [/h/g, 'H'], [/[aeiouwy]/g, ''],
];

const ARABIC: Record<string, string> = {
  'ب': 'B', 'پ': 'B', 'ف': 'F', 'ڤ': 'F', 'ت': 'T', 'ط': 'T', 'ث': 'T', 'ة': '', 'د': 'D', 'ض': 'D', 'ذ': 'D',
  'س': 'S', 'ص': 'S', 'ز': 'S', 'ش': 'S', 'ك': 'K', 'ق': 'K', 'ج': 'K', 'غ': 'K', 'گ': 'K', 'ل': 'L', 'م': 'M',
  'ن': 'N', 'ر': 'R', 'ه': 'H', 'ح': 'H', 'خ': 'H',
};

// Doubled letters collapse, and "ng" before a consonant is written ن in Arabic (Washington, واشنطن).
const collapse = (s: string) => s.replace(/(.)\1+/g, '$1').replace(/NK/g, 'N');

// The same words recur throughout a text: each word's skeleton is worked out once (a cache, emptied when full).
const knownLatin = new Map<string, string>();

export function latinSkeleton(word: string): string {
  let key = knownLatin.get(word);
  if (key === undefined) {
    if (knownLatin.size >= 50_000) knownLatin.clear();
    knownLatin.set(word, (key = latinSkeletonOf(word)));
  }
  return key;
}

function latinSkeletonOf(word: string): string {
  let s = word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').replace(/gh$/, '');
  for (const [re, to] of LATIN) s = s.replace(re, to);
  return collapse(s);
}

// Proclitics and the article before a transliterated name: و ف ب ل ك, ال, لل. A name may itself begin with one of
// these letters (بيلوسي, فاينشتاين), so the word is read both with and without them.
const PROCLITICS = [/^[وف]?[بلك]?ال/u, /^[وف]?لل/u, /^[وف]/u];

export function arabicSkeleton(word: string): string {
  return collapse([...word].map((c) => ARABIC[c] ?? '').join(''));
}

const known = new Map<string, readonly string[]>();

/** The skeletons of an Arabic word, with and without its proclitics (shared: not to be changed). */
export function arabicSkeletons(word: string): readonly string[] {
  let keys = known.get(word);
  if (!keys) {
    if (known.size >= 50_000) known.clear();
    known.set(word, (keys = skeletonsOf(word)));
  }
  return keys;
}

function skeletonsOf(word: string): string[] {
  const bare = word.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const keys = new Set([arabicSkeleton(bare)]);
  for (const re of PROCLITICS) if (re.test(bare) && bare.length > 4) keys.add(arabicSkeleton(bare.replace(re, '')));
  return [...keys];
}

// Capitalised English words that are not names.
const NOT_NAMES = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'his', 'her', 'their', 'for', 'of', 'to', 'as', 'if', 'when', 'while', 'after', 'there', 'mr', 'mrs', 'ms', 'dr']);

/** Skeletons of the capitalised words of an English text (names, mostly), at least two consonants long. */
export function englishNameKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)) {
    if (NOT_NAMES.has(m[0].toLowerCase())) continue;
    const k = latinSkeleton(m[0]);
    if (k.length >= 3) out.push(k);
  }
  return out;
}

/** Skeletons of every word of an Arabic text. */
export function arabicNameKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\u0600-\u06FF]+/gu)) {
    for (const k of arabicSkeletons(m[0])) if (k.length >= 3) out.push(k);
  }
  return out;
}
