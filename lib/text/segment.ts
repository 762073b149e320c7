import type { Lang } from './matcher';

// Intl.Segmenter (ICU's sentence rules) ends a sentence after a full stop followed by a space and a capital, or
// by anything that is not a lower-case Latin letter (an Arabic word, a digit). These abbreviations do not end
// one. Lower-cased, without their final full stop; a dotted one ("u.s") also stands for its undotted letters.
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'capt', 'sgt', 'gov', 'sen', 'rep',
  'pres', 'rev', 'hon', 'u.s', 'u.k', 'u.n', 'e.u', 'vs', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'maj',
  'brig', 'adm', 'cmdr', 'supt', 'insp', 'det', 'cpl', 'pte', 'fr', 'messrs', 'approx', 'dept', 'est', 'fig',
  'vol', 'p', 'pp', 'ca', 'cf', 'al', 'ave', 'blvd', 'rd', 'sens', 'reps', 'govs', 'v', 'd.c',
]);
// A time goes on when its time zone follows: "at 7 p.m. ET tonight", "5 a.m. Eastern time" (but "at 9 a.m. Then").
const TIMES = new Set(['a.m', 'p.m']);
const TIME_ZONE = /^\s*(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|Eastern|Central|Mountain|Pacific)\b/u;
// These end a sentence unless a number follows: "on Jan. 5", "No. 10", but "enlisted in Sept. He was".
const BEFORE_NUMBERS = new Set(['no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'etc']);
// Arabic abbreviations written with a full stop: د. (doctor), أ. (professor), م. (engineer), ص. (page), ج. (part).
// A full stop after a year is the era (2018 م.), which does end a sentence: only a letter after a non-digit counts.
const ARABIC_ABBREVIATION = /(?:^|(?<!\p{N}\s*)[\s(«"“])(?:[أادمصجه]\.)+\s*$/u;
// Arabic writers use an ellipsis as a pause inside a sentence far more often than at its end.
const ELLIPSIS = /(?:\.\.\.|…)["'”’»)\]]*\s*$/u;
const LATIN_ABBREVIATION = /(?:^|[^\p{L}\p{M}\p{N}.])((?:\p{Script=Latin}\.)*\p{Script=Latin}+)\.\s*$/u;
// "J. K. Rowling", "John F. Kennedy": a capital letter with a full stop after a name or another initial (but
// "a grade A. Spanish too").
const INITIAL = /(?:^|(?:^|\s)\p{Lu}\p{L}*\.?\s+)\p{Lu}\.\s*$/u;

function doesNotEndThere(sentence: string, lang: Lang, next: string): boolean {
  if (INITIAL.test(sentence)) return true;
  const m = LATIN_ABBREVIATION.exec(sentence);
  const word = m?.[1].toLowerCase() ?? '';
  if (ENGLISH_ABBREVIATIONS.has(word)) return true;
  if (BEFORE_NUMBERS.has(word) && /^\s*[\p{N}]/u.test(next)) return true;
  if (TIMES.has(word) && TIME_ZONE.test(next)) return true;
  // In Arabic text, a dotted Latin acronym (U.S., U.N.) is an abbreviation whatever follows it.
  if (lang === 'ar' && m && m[1].includes('.')) return true;
  return lang === 'ar' && (ARABIC_ABBREVIATION.test(sentence) || ELLIPSIS.test(sentence));
}

// After a closing quote or bracket, ICU ends a sentence at ! or ? whatever follows: “Go!” and left.
const CONTINUES = /^[\s"'“‘«(\[]*\p{Ll}/u;

/** A stretch of a text: UTF-16 offsets, end exclusive, trimmed of surrounding white space. */
export type Range = { start: number; end: number };

function trimmed(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

const segmenters: Partial<Record<Lang, Intl.Segmenter>> = {};

// V8's Intl.Segmenter takes time quadratic in the length of the string it is given (sentences of 100,000
// characters of news: 0.2 s; of 200,000: 4 s). So a long stretch is given to it in chunks of about CHUNK
// characters, cut only where ICU breaks whatever surrounds the chunk: a full stop, ? or !, spaces, then an
// upper-case Latin or an Arabic letter (UAX #29 rule SB11; the rules that keep a sentence going there, SB6–SB8a,
// need a digit, a lower-case letter or punctuation after the spaces, and SB7 a letter right after the full stop).
const CHUNK = 1000;
const SURE_BREAK = /[.?!\u061f] +(?=[A-Z\u0621-\u063a\u0641-\u064a])/;

/** Where ICU's sentence rules end a sentence in text[start, end): offsets, end exclusive, the last one `end`. */
export function icuSentenceEnds(text: string, lang: Lang, start = 0, end = text.length, chunk = CHUNK): number[] {
  const segmenter = (segmenters[lang] ??= new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const out: number[] = [];
  for (let from = start; from < end; ) {
    let to = end;
    if (end - from > 2 * chunk) {
      const m = SURE_BREAK.exec(text.slice(from + chunk, end));
      if (m) to = from + chunk + m.index + m[0].length;
    }
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) out.push(from + index + segment.length);
    from = to;
  }
  return out;
}

/**
 * Sentences of text[start, end): Arabic splits at . ؟ ! ۔ (not at ، or ؛); English keeps "Mr.", "U.S.", "No. 10",
 * initials and decimals inside. A line break always ends a sentence (a headline has no full stop).
 */
export function sentenceRanges(text: string, lang: Lang, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let from = start;
  let previous = start;
  for (const to of icuSentenceEnds(text, lang, start, end)) {
    const segment = text.slice(previous, to);
    previous = to;
    if (to < end && !/[\n\r\u2029]\s*$/.test(segment)) {
      const next = text.slice(to, Math.min(end, to + 8));
      if (doesNotEndThere(text.slice(from, to), lang, next)) continue;
      if (lang === 'en' && CONTINUES.test(next)) continue;
    }
    splitAtQuotes(text, from, to, out);
    from = to;
  }
  return out;
}

// Two quotations side by side ("…done." "We…", «…» «…») are two sentences even when the first lacks its full stop.
const QUOTE_AFTER_QUOTE = /(?<=[^\s"“«]["”»])\s+(?=["“«][^\s"”»])/gu;

function splitAtQuotes(text: string, from: number, to: number, out: Range[]): void {
  const piece = text.slice(from, to);
  let at = from;
  for (const m of piece.matchAll(QUOTE_AFTER_QUOTE)) {
    const r = trimmed(text, at, from + m.index);
    if (r) out.push(r);
    at = from + m.index + m[0].length;
  }
  const r = trimmed(text, at, to);
  if (r) out.push(r);
}

/** The trimmed, non-empty stretches of a text between the matches of a separator. */
function between(text: string, separator: RegExp): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const r = trimmed(text, from, m.index);
    if (r) out.push(r);
    from = m.index + m[0].length;
  }
  const r = trimmed(text, from, text.length);
  if (r) out.push(r);
  return out;
}

/** Paragraphs of a text: blank lines separate them, a single line break does not. */
export function paragraphRanges(text: string): Range[] {
  return between(text, /\r?\n[^\S\r\n]*\r?\n/g);
}

/** Paragraphs of a text with no blank lines: one a line. */
export function lineRanges(text: string): Range[] {
  return between(text, /\r\n|\r|\n/g);
}

// A closing quotation mark or bracket (one that follows a non-space), then white space, then what may start a
// sentence: in Arabic a word, a number or an opening quote or bracket; in English the same but a capital (a
// lower-case word continues the sentence).
const SOFT: Record<Lang, RegExp> = {
  ar: /(?<=\S["”»)\]])[^\S\n\r]+(?=[\p{L}\p{N}"“«(])/gu,
  en: /(?<=\S["”»)\]])[^\S\n\r]+(?=[\p{Lu}\p{N}"“(])/gu,
};

/**
 * Places inside a sentence where a translation often ends a sentence that the text does not mark with a full
 * stop: after a closing quotation mark or bracket (`"resist and obstruct" A senior aide…`, `«…» وقد…`). Each is
 * the offset of the word that would start the new sentence. The aligner may cut a sentence there, at a cost, when
 * the other language has a sentence break at that point.
 */
export function softBoundaries(text: string, lang: Lang, start: number, end: number): number[] {
  return [...text.slice(start, end).matchAll(SOFT[lang])].map((m) => start + m.index + m[0].length);
}

// Words that open a new clause in Arabic news: a report verb with its conjunction (وقال، وأضاف، وأشار، وأكد، وتابع،
// وأوضح), لقد, لكن, غير أن, إلا أن, بيد أن, ومع ذلك, ثم, لم يكن, كما, and the question particle هل. After a word with
// no punctuation between, such a word often starts what the translation makes a new sentence.
const ARABIC_CLAUSE = /(?<=[\p{L}\p{N}])[^\S\n\r]+(?=(?:و?لقد|و?لكن|غير أن|وقال|وقالت|وأضاف|وأضافت|وأشار|وأشارت|وأكد|وأكدت|وتابع|وتابعت|وأوضح|وأوضحت|ثم|لم يكن|كما|هل|إلا أن|بيد أن|ومع ذلك)\s)/gu;

/**
 * Weaker than soft boundaries: places inside an Arabic sentence where a new clause opens with one of the words
 * above, without punctuation. The aligner may cut there too, for the same cost as at a soft boundary. None in English, whose sentences
 * end with a full stop.
 */
export function clauseBoundaries(text: string, lang: Lang, start: number, end: number): number[] {
  if (lang !== 'ar') return [];
  return [...text.slice(start, end).matchAll(ARABIC_CLAUSE)].map((m) => start + m.index + m[0].length);
}

export function splitSentences(paragraph: string, lang: Lang): string[] {
  return sentenceRanges(paragraph, lang).map((r) => paragraph.slice(r.start, r.end));
}

export function splitParagraphs(text: string): string[] {
  return paragraphRanges(text).map((r) => text.slice(r.start, r.end));
}
