import type { Lang } from '@/lib/text/matcher';
import { plainText, type AnnotatedArticle, type Piece } from './annotate';
import { articleUnits, checkArticle, type QaPair, type QaStatus } from './qa';
import type { Term } from './schema';

/** One side of a concordance row: the sentence cut around the occurrence, or whole when the term is missing. */
export type Kwic = { before: string; match?: string; after: string; form?: string };

export type ConcordanceRow = {
  /** Document order across articles: the articles' order, then the occurrence's. */
  order: number;
  slug: string;
  title: Record<Lang, string>;
  unitId: string;
  paragraph?: number;
  status: QaStatus;
  missingIn?: Lang;
  ar: Kwic;
  en: Kwic;
};

/** The text of a unit cut at its `index`-th highlighted term (counting term pieces only). */
export function kwic(pieces: Piece[], index?: number): Kwic {
  if (index === undefined) return { before: plainText(pieces).trim(), after: '' };
  let seen = -1;
  const at = pieces.findIndex((p) => typeof p !== 'string' && ++seen === index);
  const match = pieces[at];
  if (at < 0 || typeof match === 'string') return { before: plainText(pieces).trim(), after: '' };
  return { before: plainText(pieces.slice(0, at)).trimStart(), match: match.text, after: plainText(pieces.slice(at + 1)).trimEnd(), form: match.form };
}

/** Every occurrence of a term across the articles, paired across languages and checked (see qa.ts). */
export function concordance(termId: string, articles: AnnotatedArticle[], terms: Term[]): ConcordanceRow[] {
  return concordanceIndex(articles.map((a) => ({ article: a, pairs: checkArticle(a, terms) }))).get(termId) ?? [];
}

/**
 * The concordance of every term at once, from each article's checked pairs: one pass over the corpus for the
 * whole glossary, instead of one per term page (which grew as terms × articles).
 */
export function concordanceIndex(checked: { article: AnnotatedArticle; pairs: QaPair[] }[]): Map<string, ConcordanceRow[]> {
  const byTerm = new Map<string, ConcordanceRow[]>();
  for (const { article, pairs } of checked) {
    if (pairs.length === 0) continue;
    const units = new Map(articleUnits(article).map((u) => [u.id, u]));
    const title = { ar: plainText(article.title.ar), en: plainText(article.title.en) };
    for (const pair of pairs) {
      const unit = units.get(pair.unitId)!;
      const rows = byTerm.get(pair.termId) ?? [];
      rows.push({
        order: rows.length,
        slug: article.slug,
        title,
        unitId: pair.unitId,
        paragraph: pair.unitId === 'title' ? undefined : Number(pair.unitId.split('.')[0]),
        status: pair.status,
        missingIn: pair.missingIn,
        ar: kwic(unit.ar, pair.ar?.index),
        en: kwic(unit.en, pair.en?.index),
      });
      byTerm.set(pair.termId, rows);
    }
  }
  return byTerm;
}

/** How often each form was used, per language, most frequent first; occurrences missing on a side count as null. */
export function renderingCounts(rows: ConcordanceRow[], lang: Lang): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const r of rows) counts.set(r[lang].form ?? null, (counts.get(r[lang].form ?? null) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
