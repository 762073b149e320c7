import type { Lang } from './matcher';
import { arabicNameKeys, englishNameKeys } from './translit';

/**
 * What a length model cannot see but survives translation between Arabic and English: numbers (whatever the
 * digits), Latin-script words left in the Arabic, question marks, quotation marks, brackets and glossary terms.
 */
export type Anchors = {
  numbers: string[];
  /** Arabic side: the Latin-script tokens (lower-cased). English side: every word, lower-cased, for lookup. */
  latin: string[];
  /** Consonant skeletons: of English names, of every Arabic word (see translit.ts). */
  names: string[];
  questions: number;
  quotes: number;
  brackets: number;
  terms: string[];
};

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const ARABIC_DECIMAL_SEPARATOR = '\u066b';
const ARABIC_THOUSANDS_SEPARATOR = '\u066c';

function westernDigit(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
  return ch;
}

const NUMBER = /[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*/gu;

/** "1,200" → "1200", "٣٫٥" → "3.5", "۲۰۱۸" → "2018", "3.50" → "3.5", "007" → "7". */
export function numberKey(written: string): string {
  const digits = [...written].map(westernDigit).join('');
  const parts = digits.split(/([.,٫٬])/u);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const sep = parts[k];
    const group = parts[k + 1];
    const thousands = (sep === ',' || sep === ARABIC_THOUSANDS_SEPARATOR) && group.length === 3;
    out += thousands ? group : sep === ',' && group.length !== 3 ? ' ' + group : '.' + group;
  }
  return out
    .split(' ')
    .map((n) => {
      const [whole, frac] = n.split('.');
      const w = whole.replace(/^0+(?=\d)/, '');
      const f = frac?.replace(/0+$/, '');
      return f ? `${w}.${f}` : w;
    })
    .join(' ');
}

// Arabic text often groups thousands with a full stop, in the European way ("20.000 تلميذ"): a number of one to three
// digits then groups of exactly three after full stops is read so there. A decimal is written with ٫ or a comma,
// or has a leading zero or another number of places.
const DOTTED_THOUSANDS = /^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$/u;

export function numbersIn(text: string, lang: Lang = 'en'): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const written = lang === 'ar' && DOTTED_THOUSANDS.test(m[0]) ? m[0].replaceAll('.', '') : m[0];
    for (const n of numberKey(written.replace(ARABIC_DECIMAL_SEPARATOR, '.')).split(' ')) out.push(n);
  }
  return out;
}

const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{N}]*(?:[.'’&-]\p{Script=Latin}[\p{Script=Latin}\p{N}]*)*/gu;
const latinKey = (w: string) => w.toLowerCase().replace(/[.'’]/g, '');

export function latinWordsIn(text: string): string[] {
  return [...text.matchAll(LATIN_WORD)].map((m) => latinKey(m[0])).filter((w) => w.length >= 2);
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function anchorsOf(text: string, lang: Lang, terms: string[] = []): Anchors {
  return {
    numbers: numbersIn(text, lang),
    latin: latinWordsIn(text),
    names: lang === 'ar' ? arabicNameKeys(text) : englishNameKeys(text),
    questions: count(text, lang === 'ar' ? /[؟?]/g : /\?/g),
    quotes: count(text, lang === 'ar' ? /["“”«»]/g : /["“”]/g),
    brackets: count(text, /[(（[]/g),
    terms,
  };
}

/** Items of `a` that `b` has too, as multisets. */
export function shared(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of a) {
    const k = left.get(x);
    if (k) {
      n++;
      left.set(x, k - 1);
    }
  }
  return n;
}
