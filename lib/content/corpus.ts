import 'server-only';
import { concordanceIndex, type ConcordanceRow } from './concordance';
import { getArticle, getArticles, getGlossary } from './index';
import { checkArticle, type QaPair } from './qa';

// Corpus-wide term data, computed once per process: each article checked once, every term's concordance in one
// pass. Term pages, the corpus QA page and the exports read these instead of re-checking every article.
const checks = new Map<string, QaPair[]>();
let concordances: Map<string, ConcordanceRow[]> | undefined;

/** An article's term QA pairs (see qa.ts), computed once. */
export function getChecks(slug: string): QaPair[] {
  let pairs = checks.get(slug);
  if (!pairs) {
    const article = getArticle(slug);
    pairs = article ? checkArticle(article, getGlossary()) : [];
    checks.set(slug, pairs);
  }
  return pairs;
}

/** Every occurrence of a term in the corpus, in document order. */
export function getConcordance(termId: string): ConcordanceRow[] {
  concordances ??= concordanceIndex(getArticles().map((article) => ({ article, pairs: getChecks(article.slug) })));
  return concordances.get(termId) ?? [];
}
