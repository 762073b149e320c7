import type { ConcordanceRow } from '@/lib/content/concordance';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';

/** Sorting, filtering and paging a term's concordance: the same rules in the browser and on the server. */
export const CONCORDANCE_SORTS = ['document', 'rendering', 'status'] as const;
export type ConcordanceSort = (typeof CONCORDANCE_SORTS)[number];

/** Rows on a term page, and on each page of the full list: more go to /glossary/<id>/occurrences. */
export const CONCORDANCE_PAGE = 50;

const SEVERITY: Record<QaStatus, number> = { missing: 0, variant: 1, ok: 2 };
/** What sorting a row needs: its place in the corpus, its status and its English rendering. */
export type SortableRow = Pick<ConcordanceRow, 'order' | 'status'> & { en: Pick<ConcordanceRow['en'], 'form'> };
export const SORTS: Record<ConcordanceSort, (a: SortableRow, b: SortableRow) => number> = {
  document: (a, b) => a.order - b.order,
  rendering: (a, b) => (a.en.form ?? '\uffff').localeCompare(b.en.form ?? '\uffff', 'en') || a.order - b.order,
  status: (a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.order - b.order,
};

export type ConcordanceQuery = { sort: ConcordanceSort; shown: QaStatus[]; page: number };

/** Read ?sort=&status=…&page= (status repeated, one per shown status); undefined when malformed. */
export function parseConcordanceQuery(params: Record<string, string | string[] | undefined>): ConcordanceQuery | undefined {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const [sort = 'document', ...extraSort] = list(params.sort);
  const [page = '1', ...extraPage] = list(params.page);
  const shown = list(params.status);
  if (extraSort.length || extraPage.length) return undefined;
  if (!(CONCORDANCE_SORTS as readonly string[]).includes(sort)) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(page)) return undefined;
  if (shown.some((s) => !(QA_STATUSES as readonly string[]).includes(s))) return undefined;
  return { sort: sort as ConcordanceSort, shown: shown.length ? (shown as QaStatus[]) : [...QA_STATUSES], page: Number(page) };
}

export function concordanceHref(base: string, q: ConcordanceQuery): string {
  const params = new URLSearchParams();
  if (q.sort !== 'document') params.set('sort', q.sort);
  if (q.shown.length < QA_STATUSES.length) for (const s of q.shown) params.append('status', s);
  if (q.page > 1) params.set('page', String(q.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

export function queryConcordance(rows: ConcordanceRow[], q: ConcordanceQuery, pageSize = CONCORDANCE_PAGE) {
  const visible = rows.filter((r) => q.shown.includes(r.status)).sort(SORTS[q.sort]);
  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  return { rows: visible.slice((q.page - 1) * pageSize, q.page * pageSize), total: visible.length, pages };
}

/** Occurrences per article, most first: how a term is spread over the corpus. */
export function countsPerArticle(rows: ConcordanceRow[]) {
  const by = new Map<string, { slug: string; title: ConcordanceRow['title'] } & Record<QaStatus, number>>();
  for (const r of rows) {
    const c = by.get(r.slug) ?? { slug: r.slug, title: r.title, ok: 0, variant: 0, missing: 0 };
    c[r.status]++;
    by.set(r.slug, c);
  }
  const total = (c: Record<QaStatus, number>) => c.ok + c.variant + c.missing;
  return [...by.values()].sort((a, b) => total(b) - total(a) || b.missing + b.variant - (a.missing + a.variant));
}
