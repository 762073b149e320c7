import { readings } from './clitics';
import { englishReadings } from './english';
import { normalizeArabic } from './normalize';
import { tokenize } from './tokenize';

/**
 * Full-text search over articles in both languages, with the glossary search's normalisation: Arabic words on
 * their matching key (no diacritics, one alef, ه for ة…) and read without proclitics and article, so بالاستفتاء
 * in a text is found by الاستفتاء, استفتاء or والاستفتاء; English words case-, accent- and plural-folded
 * (Referendums finds referendum). An inverted index: one pass over each text at build, a few map look-ups per
 * query word, so a query costs the same with 10 or 10,000 articles apart from the hits themselves.
 */
export type FullTextDoc = { title: { ar: string; en: string }; body: { ar: string; en: string } };
export type FullTextHit = { doc: number; score: number };

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

const withoutArticle = (k: string) => (k.startsWith('ال') && k.length > 3 ? [k, k.slice(2)] : [k]);

/** Every key an Arabic word of a text is indexed under: as written, and each clitic reading, with and without ال. */
export function arabicWordKeys(word: string): string[] {
  const key = normalizeArabic(word);
  return [...new Set(readings(key).flatMap((r) => withoutArticle(r.key)))];
}

/** The key an English word is indexed and looked up under: folded case and accents, no possessive, singular. */
export function englishWordKey(word: string): string {
  return englishReadings(word).at(-1)!;
}

function textKeys(text: string): string[] {
  return tokenize(text).flatMap((t) => (ARABIC.test(t.text) ? arabicWordKeys(t.text) : [englishWordKey(t.text)]));
}

/** A query word's keys, in two tiers: as written (and without ال), then read without its proclitics. */
export function queryWordTiers(word: string): [string[], string[]] {
  if (!ARABIC.test(word)) return [[englishWordKey(word)], []];
  const key = normalizeArabic(word);
  const exact = withoutArticle(key);
  const stripped = arabicWordKeys(word).filter((k) => !exact.includes(k));
  return [exact, stripped];
}

type Postings = Map<string, number[]>;

function add(postings: Postings, key: string, doc: number) {
  const list = postings.get(key);
  if (!list) postings.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

export class FullTextIndex {
  private readonly body: Postings = new Map();
  private readonly title: Postings = new Map();
  readonly size: number;

  constructor(docs: FullTextDoc[]) {
    this.size = docs.length;
    docs.forEach((d, i) => {
      for (const k of textKeys(`${d.title.ar} ${d.title.en}`)) {
        add(this.title, k, i);
        add(this.body, k, i);
      }
      for (const k of textKeys(`${d.body.ar}\n${d.body.en}`)) add(this.body, k, i);
    });
  }

  /**
   * Documents containing every word of the query (in either language), best first: a word as written counts more
   * than a clitic reading of it, and a word in a title more than one in the text. Ties keep document order.
   */
  search(query: string): FullTextHit[] {
    const words = tokenize(query).map((t) => t.text);
    if (words.length === 0) return [];
    let scores: Map<number, number> | undefined;
    for (const word of words) {
      const [exact, stripped] = queryWordTiers(word);
      const wordScores = new Map<number, number>();
      const credit = (keys: string[], weight: number) => {
        for (const k of keys) {
          for (const doc of this.body.get(k) ?? []) wordScores.set(doc, Math.max(wordScores.get(doc) ?? 0, weight));
          for (const doc of this.title.get(k) ?? []) wordScores.set(doc, Math.max(wordScores.get(doc) ?? 0, weight * 3));
        }
      };
      credit(stripped, 1);
      credit(exact, 2);
      if (!scores) scores = wordScores;
      else {
        const next = new Map<number, number>();
        for (const [doc, s] of scores) {
          const w = wordScores.get(doc);
          if (w !== undefined) next.set(doc, s + w);
        }
        scores = next;
      }
      if (scores.size === 0) return [];
    }
    return [...scores!].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
