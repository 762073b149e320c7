import { readings } from './clitics';
import { LEXICON_SECTIONS } from './lexiconData';
import { LEXICON_SECTIONS_2 } from './lexiconData2';
import { LEXICON_SECTIONS_3 } from './lexiconData3';
import { LEXICON_SECTIONS_4 } from './lexiconData4';
import { foldLatin, normalizeArabic } from './normalize';
import { tokenize } from './tokenize';

/**
 * A general Arabic–English lexicon (lexiconData.ts) as an anchor for the sentence aligner: each entry is a concept,
 * and a sentence's concepts are the entries its words match. A concept found on both sides of a unit is evidence
 * that they translate each other, as a shared number is.
 */

type Index = { exact: Map<string, number[]>; prefix: Map<string, number[]> };
type Lexicon = { ar: Index; en: Index; size: number };

/** At most this many letters of endings after an Arabic stem marked `*` (ـات، ـتها، ـيين). */
const AR_ENDING = 3;
const MIN_EN_BASE = 3;

const add = (map: Map<string, number[]>, key: string, id: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
};

function indexForm(index: Index, form: string, id: number): void {
  if (form.endsWith('*')) add(index.prefix, form.slice(0, -1), id);
  else add(index.exact, form, id);
}

// A present-tense verb is listed in its he-form (يعتقد); the she-, we- and I-forms differ only in the first letter
// (تعتقد، نعتقد، أعتقد), and a plural or dual adds an ending (يعتقدون): all are indexed, as stems. Nouns of that shape
// are too short (يوم) or give no real word.
const PRESENT = /^ي[\u0621-\u064A]{3,}$/u;

function indexArabic(index: Index, form: string, id: number): void {
  indexForm(index, form, id);
  if (PRESENT.test(form)) for (const person of ['ي', 'ت', 'ن', 'ا']) add(index.prefix, person + form.slice(1), id);
}

const arabicKey = (form: string) => normalizeArabic(form).replaceAll('_', ' ');
const englishKey = (form: string) => (form.startsWith('=') ? form : form.toLowerCase()).replaceAll('_', ' ');

/**
 * Parse entries `ar forms | en forms`, separated by `;` or line breaks. Entries that share an English form (with or
 * without its `*`) are one concept (اعتقال and القبض both give "arrest"), so that one English word is never counted twice against one
 * Arabic word. (An Arabic form in two entries, عام for year and for public, stays two concepts: the word is one or
 * the other.) Exported for the tests.
 */
export function buildLexicon(sections: string[]): Lexicon {
  const entries: [string[], string[]][] = [];
  for (const section of sections) {
    for (const entry of section.split(/[;\n]/)) {
      if (!entry.trim()) continue;
      const [left, right, extra] = entry.split('|');
      if (!left.trim() || !right?.trim() || extra !== undefined) throw new Error(`lexicon: malformed entry "${entry.trim()}"`);
      entries.push([left.trim().split(/\s+/).map(arabicKey), right.trim().split(/\s+/).map(englishKey)]);
    }
  }
  // Union–find over the entries, joined by a shared form.
  const parent = entries.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k])));
  const owner = new Map<string, number>();
  entries.forEach(([, right], k) => {
    for (const written of right) {
      const form = written.replace(/\*$/, '');
      const other = owner.get(form);
      if (other === undefined) owner.set(form, k);
      else parent[root(k)] = root(other);
    }
  });
  const ar: Index = { exact: new Map(), prefix: new Map() };
  const en: Index = { exact: new Map(), prefix: new Map() };
  const roots = new Set<number>();
  entries.forEach(([left, right], k) => {
    const id = root(k);
    roots.add(id);
    for (const form of left) indexArabic(ar, form, id);
    for (const form of right) indexForm(en, form, id);
  });
  return { ar, en, size: roots.size };
}

let built: Lexicon | null = null;
const lexicon = () => (built ??= buildLexicon([...LEXICON_SECTIONS, ...LEXICON_SECTIONS_2, ...LEXICON_SECTIONS_3, ...LEXICON_SECTIONS_4]));

/** The keys an Arabic word is looked up by: each clitic reading, with and without the article. */
function arabicKeys(word: string): string[] {
  const out: string[] = [];
  for (const r of readings(word)) {
    out.push(r.key);
    if (r.key.startsWith('ال') && r.key.length > 3) out.push(r.key.slice(2));
  }
  return out;
}

/** A key's concepts: those of its exact form, or else those of its longest stem marked `*`. */
function lookupArabic(index: Index, key: string, into: Set<number>): void {
  const exact = index.exact.get(key);
  if (exact) {
    for (const id of exact) into.add(id);
    return;
  }
  for (let k = key.length; k >= Math.max(2, key.length - AR_ENDING); k--) {
    const ids = index.prefix.get(key.slice(0, k));
    if (ids) {
      for (const id of ids) into.add(id);
      return;
    }
  }
}

/** The bases of an English word: itself and without a plural, -ed, -ing or -d ending. */
function englishBases(word: string): string[] {
  const out = [word];
  for (const end of ['s', 'es', 'ed', 'd', 'ing']) {
    if (word.endsWith(end) && word.length - end.length >= MIN_EN_BASE) out.push(word.slice(0, -end.length));
  }
  return out;
}

/**
 * A word's concepts: those of the longest form that matches it, exact (the word or a base of it) or a stem marked
 * `*`, so that "news" is not "new" and "storm" not "stor*" (story).
 */
function lookupEnglish(index: Index, word: string, into: Set<number>): void {
  let best = 0;
  let found: number[][] = [];
  const take = (ids: number[] | undefined, length: number) => {
    if (!ids || length < best) return;
    if (length > best) found = [];
    best = length;
    found.push(ids);
  };
  for (const base of englishBases(word)) take(index.exact.get(base), base.length);
  for (let k = word.length; k >= MIN_EN_BASE && k >= best; k--) take(index.prefix.get(word.slice(0, k)), k);
  for (const ids of found) for (const id of ids) into.add(id);
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;
const ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}(?:\.\p{Lu})+\.?)$/u;

/** What one written word gives: its lookup keys (for a phrase with the next word) and the concepts it matches. */
type Word = { keys: string[]; ids: number[] };
const NOTHING: Word = { keys: [], ids: [] };
/** Per language, the words already looked up (a text repeats its words): cleared when it grows large. */
const seen = { ar: new Map<string, Word>(), en: new Map<string, Word>() };
const SEEN_MAX = 50_000;

function wordOf(lex: Lexicon, written: string, lang: 'ar' | 'en'): Word {
  const cache = seen[lang];
  let w = cache.get(written);
  if (w) return w;
  const found = new Set<number>();
  if (lang === 'ar') {
    const word = normalizeArabic(written);
    if (!ARABIC_LETTER.test(word)) w = NOTHING;
    else {
      const keys = arabicKeys(word);
      for (const key of keys) lookupArabic(lex.ar, key, found);
      w = { keys, ids: [...found] };
    }
  } else {
    const bare = written.replace(/['’]s$/u, '');
    const word = foldLatin(bare);
    lookupEnglish(lex.en, word, found);
    if (ACRONYM.test(bare)) for (const id of lex.en.exact.get('=' + bare.replaceAll('.', '')) ?? []) found.add(id);
    w = { keys: [word], ids: [...found] };
  }
  if (cache.size >= SEEN_MAX) cache.clear();
  cache.set(written, w);
  return w;
}

/**
 * The lexicon's concepts found in a text (as ids, one per word that matches each; a two-word phrase counts once
 * more). Arabic words are normalised, read with and without their proclitics and the article; English words are
 * folded to lower case (an acronym in capitals also as `=ACRONYM`) and read without their usual endings.
 */
export function lexiconConcepts(text: string, lang: 'ar' | 'en'): number[] {
  const lex = lexicon();
  const phrases = lang === 'ar' ? lex.ar.exact : lex.en.exact;
  const out: number[] = [];
  let previous = NOTHING;
  for (const token of tokenize(text)) {
    const w = wordOf(lex, token.text, lang);
    for (const id of w.ids) out.push(id);
    for (const p of previous.keys) {
      for (const k of w.keys) {
        const ids = phrases.get(`${p} ${k}`);
        if (ids) for (const id of ids) if (!w.ids.includes(id)) out.push(id);
      }
    }
    previous = w;
  }
  return out;
}

/** How many concepts the lexicon holds (for the tests and the docs). */
export const lexiconSize = () => lexicon().size;
