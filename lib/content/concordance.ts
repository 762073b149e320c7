import type { Lang } from '@/lib/text/matcher';
import { plainText, type AnnotatedArticle, type Piece } from './annotate';
import { articleUnits, checkArticle, type QaStatus } from './qa';
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
  const rows: ConcordanceRow[] = [];
  for (const article of articles) {
    const units = new Map(articleUnits(article).map((u) => [u.id, u]));
    for (const pair of checkArticle(article, terms)) {
      if (pair.termId !== termId) continue;
      const unit = units.get(pair.unitId)!;
      rows.push({
        order: rows.length,
        slug: article.slug,
        title: { ar: plainText(article.title.ar), en: plainText(article.title.en) },
        unitId: pair.unitId,
        paragraph: pair.unitId === 'title' ? undefined : Number(pair.unitId.split('.')[0]),
        status: pair.status,
        missingIn: pair.missingIn,
        ar: kwic(unit.ar, pair.ar?.index),
        en: kwic(unit.en, pair.en?.index),
      });
    }
  }
  return rows;
}

/** How often each form was used, per language, most frequent first; occurrences missing on a side count as null. */
export function renderingCounts(rows: ConcordanceRow[], lang: Lang): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const r of rows) counts.set(r[lang].form ?? null, (counts.get(r[lang].form ?? null) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
