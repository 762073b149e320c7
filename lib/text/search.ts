import { readings } from './clitics';
import { foldLatin, normalizeArabic } from './normalize';
import type { Lang } from '@/lib/i18n/locales';

/**
 * Glossary search over forms and transliteration. Arabic is compared on the matching key (no diacritics, one
 * alef, ه for ة), with the query's first word also read without its proclitics (بالوفاق → الوفاق) and without
 * the article, so بالوفاق, وفاق and الوفاق all find الوفاق. Latin text is folded (case, accents, ʿ ʾ) and found
 * anywhere in a form or the transliteration. Ranking: a whole form, then the start of a word, then anywhere.
 */
export type SearchDoc = { id: string; category: string; ar: string[]; en: string[]; translit: string };
export type SearchField = Lang | 'translit';
export type SearchHit = { id: string; field: SearchField; form: string; score: number };

type Prepared = { doc: SearchDoc; keys: { field: SearchField; form: string; key: string }[] };
export type SearchIndex = Prepared[];

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** The longest query the search API takes, and the search box holds. */
export const MAX_QUERY_LENGTH = 200;

/** Latin key for English forms and transliterations: ḥukūmat al-wifāq → hukumat al wifaq. */
export function latinKey(s: string): string {
  return foldLatin(s)
    .replace(/[ʿʾʼ'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function arabicKey(s: string): string {
  return normalizeArabic(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  return docs.map((doc) => ({
    doc,
    keys: [
      ...doc.ar.map((form) => ({ field: 'ar' as const, form, key: arabicKey(form) })),
      ...doc.en.map((form) => ({ field: 'en' as const, form, key: latinKey(form) })),
      { field: 'translit' as const, form: doc.translit, key: latinKey(doc.translit) },
    ],
  }));
}

/**
 * The keys an Arabic query may stand for, in tiers: as written (and without ال), then its first word read without
 * proclitics. A later tier is tried only when the earlier one finds nothing, so وفاق finds الوفاق and not, read as
 * و + فاق, الاتفاق.
 */
export function arabicQueryKeys(query: string): string[][] {
  const key = arabicKey(query);
  if (!key) return [];
  const [first, ...rest] = key.split(' ');
  const withoutArticle = (k: string) => (k.startsWith('ال') && k.length > 3 ? [k, k.slice(2)] : [k]);
  const [asWritten, ...stripped] = readings(first).map((r) => [r.key, ...rest].join(' '));
  const tiers = [withoutArticle(asWritten), [...new Set(stripped.flatMap(withoutArticle))]];
  return tiers.filter((t) => t.length);
}

function score(key: string, query: string): number {
  if (key === query) return 3;
  const wordStart = (k: string) => k.startsWith(query) || k.includes(` ${query}`);
  if (wordStart(key) || wordStart(key.replace(/(^| )ال/g, '$1'))) return 2;
  return key.includes(query) ? 1 : 0;
}

function searchTier(entries: SearchIndex, queries: string[], arabic: boolean): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const p of entries) {
    let best: SearchHit | undefined;
    for (const k of p.keys) {
      if (arabic !== (k.field === 'ar')) continue;
      for (const q of queries) {
        const s = score(k.key, q);
        if (s > 0 && (!best || s > best.score)) best = { id: p.doc.id, field: k.field, form: k.form, score: s };
      }
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score);
}

export function searchGlossary(index: SearchIndex, query: string, category?: string): SearchHit[] {
  const entries = index.filter((p) => !category || p.doc.category === category);
  const arabic = ARABIC.test(query);
  const tiers = arabic ? arabicQueryKeys(query) : [[latinKey(query)].filter(Boolean)].filter((t) => t.length);
  if (tiers.length === 0) return entries.map((p) => ({ id: p.doc.id, field: 'en', form: p.doc.en[0], score: 0 }));
  for (const tier of tiers) {
    const hits = searchTier(entries, tier, arabic);
    if (hits.length) return hits;
  }
  return [];
}
