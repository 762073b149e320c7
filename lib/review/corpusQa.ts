import type { QaStatus } from '@/lib/content/qa';

export type ArticleProblems = { slug: string; title: { ar: string; en: string }; ok: number; variant: number; missing: number; terms: number };

/**
 * Articles by their number of term problems, most first (missing and variant together, then missing alone);
 * articles without problems last, in the order given.
 */
export function rankByProblems(articles: { slug: string; title: { ar: string; en: string }; pairs: { termId: string; status: QaStatus }[] }[]): ArticleProblems[] {
  return articles
    .map((a, i) => {
      const c = { ok: 0, variant: 0, missing: 0 };
      for (const p of a.pairs) c[p.status]++;
      return { i, row: { slug: a.slug, title: a.title, ...c, terms: new Set(a.pairs.map((p) => p.termId)).size } };
    })
    .sort((a, b) => b.row.missing + b.row.variant - (a.row.missing + a.row.variant) || b.row.missing - a.row.missing || a.i - b.i)
    .map((x) => x.row);
}
