import type { FullTextIndex } from '@/lib/text/fulltext';
import type { Lang } from '@/lib/text/matcher';

/** What the article index shows of one article: no text beyond its titles. */
export type ArticleSummary = {
  slug: string;
  title: Record<Lang, string>;
  /** The publisher's key (bbc, rt.com); the slug when the article names none. */
  site: string;
  originalLanguage: Lang;
  date: string;
  dateApproximate: boolean;
  words: Record<Lang, number>;
  /** Distinct glossary terms in the article. */
  terms: number;
};

export const PAGE_SIZE = 20;

export type ListQuery = { q: string; site?: string; lang?: Lang; page: number };
export type Facet = { value: string; count: number };
export type Listing = {
  items: ArticleSummary[];
  total: number;
  page: number;
  pages: number;
  facets: { site: Facet[]; lang: Facet[] };
};

/** Newest first, then by slug: the order of the index and of previous/next on article pages. */
export function byDate(a: ArticleSummary, b: ArticleSummary): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

function facet(values: string[]): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

/**
 * One page of the index. `articles` are in index order and `index` was built over them in that order. A query
 * ranks by relevance; without one the index order holds. Facet counts are over the whole library, so a filter
 * never hides the other choices. A page past the last gives no items (the caller answers 404).
 */
export function listArticles(articles: ArticleSummary[], index: FullTextIndex, query: ListQuery, pageSize = PAGE_SIZE): Listing {
  const q = query.q.trim();
  const ranked = q ? index.search(q).map((h) => articles[h.doc]) : articles;
  const matching = ranked.filter((a) => (!query.site || a.site === query.site) && (!query.lang || a.originalLanguage === query.lang));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const start = (query.page - 1) * pageSize;
  return {
    items: matching.slice(start, start + pageSize),
    total: matching.length,
    page: query.page,
    pages,
    facets: { site: facet(articles.map((a) => a.site)), lang: facet(articles.map((a) => a.originalLanguage)) },
  };
}

/** The articles before and after one in index order, and a few others from its source. */
export function neighbours(articles: ArticleSummary[], slug: string, more = 5) {
  const at = articles.findIndex((a) => a.slug === slug);
  if (at < 0) return undefined;
  const site = articles[at].site;
  return {
    previous: articles[at - 1],
    next: articles[at + 1],
    sameSource: articles.filter((a) => a.site === site && a.slug !== slug).slice(0, more),
  };
}

/** The page numbers to link to: the first, the last, and two either side of the current one; 0 marks a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [0, n] : [n]));
}

/** Read the index's search parameters; undefined when one is malformed (the page answers 404). */
export function parseListQuery(params: Record<string, string | string[] | undefined>, sites: string[]): ListQuery | undefined {
  const one = (name: string) => {
    const v = params[name];
    return Array.isArray(v) ? undefined : (v ?? '');
  };
  const q = one('q');
  const site = one('source');
  const lang = one('lang');
  const page = one('page');
  if (q === undefined || site === undefined || lang === undefined || page === undefined) return undefined;
  if (q.length > 200) return undefined;
  if (site && !sites.includes(site)) return undefined;
  if (lang && lang !== 'ar' && lang !== 'en') return undefined;
  if (page && !/^[1-9]\d{0,5}$/.test(page)) return undefined;
  return { q, site: site || undefined, lang: (lang || undefined) as Lang | undefined, page: page ? Number(page) : 1 };
}

/** The search parameters of a listing, for links: only what differs from the defaults. */
export function listHref(base: string, query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.site) params.set('source', query.site);
  if (query.lang) params.set('lang', query.lang);
  if (query.page > 1) params.set('page', String(query.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
