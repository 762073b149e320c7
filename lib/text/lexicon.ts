import { readings } from './clitics';
import { LEXICON_SECTIONS } from './lexiconData';
import { LEXICON_SECTIONS_2 } from './lexiconData2';
import { LEXICON_SECTIONS_3 } from './lexiconData3';
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

const arabicKey = (form: string) => normalizeArabic(form).replaceAll('_', ' ');
const englishKey = (form: string) => (form.startsWith('=') ? form : form.toLowerCase()).replaceAll('_', ' ');

/**
 * Parse entries `ar forms | en forms`, separated by `;` or line breaks. Entries that share an English form are
 * one concept (اعتقال and القبض both give "arrest"), so that one English word is never counted twice against one
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
    for (const form of right) {
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
    for (const form of left) indexForm(ar, form, id);
    for (const form of right) indexForm(en, form, id);
  });
  return { ar, en, size: roots.size };
}

let built: Lexicon | null = null;
const lexicon = () => (built ??= buildLexicon([...LEXICON_SECTIONS, ...LEXICON_SECTIONS_2, ...LEXICON_SECTIONS_3]));

/** The keys an Arabic word is looked up by: each clitic reading, with and without the article. */
function arabicKeys(word: string): string[] {
  const out: string[] = [];
  for (const r of readings(word)) {
    out.push(r.key);
    if (r.key.startsWith('ال') && r.key.length > 3) out.push(r.key.slice(2));
  }
  return out;
}

function lookupArabic(index: Index, key: string, into: Set<number>): void {
  for (const id of index.exact.get(key) ?? []) into.add(id);
  for (let k = key.length; k >= Math.max(2, key.length - AR_ENDING); k--) for (const id of index.prefix.get(key.slice(0, k)) ?? []) into.add(id);
}

/** The bases of an English word: itself and without a plural, -ed, -ing or -d ending. */
function englishBases(word: string): string[] {
  const out = [word];
  for (const end of ['s', 'es', 'ed', 'd', 'ing']) {
    if (word.endsWith(end) && word.length - end.length >= MIN_EN_BASE) out.push(word.slice(0, -end.length));
  }
  return out;
}

function lookupEnglish(index: Index, word: string, into: Set<number>): void {
  for (const base of englishBases(word)) for (const id of index.exact.get(base) ?? []) into.add(id);
  for (let k = word.length; k >= MIN_EN_BASE; k--) for (const id of index.prefix.get(word.slice(0, k)) ?? []) into.add(id);
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;
const ACRONYM = /^(?:\p{Lu}{2,}|\p{Lu}(?:\.\p{Lu})+\.?)$/u;

/**
 * The lexicon's concepts found in a text (as ids, one per word that matches each; a two-word phrase counts once
 * more). Arabic words are normalised, read with and without their proclitics and the article; English words are
 * folded to lower case (an acronym in capitals also as `=ACRONYM`) and read without their usual endings.
 */
export function lexiconConcepts(text: string, lang: 'ar' | 'en'): number[] {
  const lex = lexicon();
  const out: number[] = [];
  let previous: string[] = [];
  for (const token of tokenize(text)) {
    const found = new Set<number>();
    let keys: string[];
    if (lang === 'ar') {
      const word = normalizeArabic(token.text);
      if (!ARABIC_LETTER.test(word)) {
        previous = [];
        continue;
      }
      keys = arabicKeys(word);
      for (const key of keys) lookupArabic(lex.ar, key, found);
      for (const p of previous) for (const id of lex.ar.exact.get(`${p} ${word}`) ?? []) found.add(id);
    } else {
      const bare = token.text.replace(/['’]s$/u, '');
      const word = foldLatin(bare);
      keys = [word];
      lookupEnglish(lex.en, word, found);
      if (ACRONYM.test(bare)) for (const id of lex.en.exact.get('=' + bare.replaceAll('.', '')) ?? []) found.add(id);
      for (const p of previous) for (const id of lex.en.exact.get(`${p} ${word}`) ?? []) found.add(id);
    }
    previous = keys;
    for (const id of found) out.push(id);
  }
  return out;
}

/** How many concepts the lexicon holds (for the tests and the docs). */
export const lexiconSize = () => lexicon().size;
