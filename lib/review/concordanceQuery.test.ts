import { describe, expect, it } from 'vitest';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { concordanceHref, countsPerArticle, parseConcordanceQuery, queryConcordance } from './concordanceQuery';

const row = (order: number, slug: string, status: ConcordanceRow['status'], form?: string): ConcordanceRow => ({
  order,
  slug,
  title: { ar: slug, en: slug },
  unitId: `1.${order}`,
  status,
  ar: { before: '', after: '' },
  en: { before: '', after: '', match: form, form },
});
const rows = [row(0, 'a', 'ok', 'GNA'), row(1, 'a', 'missing'), row(2, 'b', 'variant', 'Sarraj government'), row(3, 'b', 'ok', 'Accord'), row(4, 'c', 'ok', 'GNA')];

describe('parseConcordanceQuery', () => {
  it.each([
    [{}, { sort: 'document', shown: ['ok', 'variant', 'missing'], page: 1 }],
    [{ sort: 'status', status: ['missing', 'variant'], page: '2' }, { sort: 'status', shown: ['missing', 'variant'], page: 2 }],
    [{ status: 'ok' }, { sort: 'document', shown: ['ok'], page: 1 }],
  ])('%j → %j', (params, expected) => expect(parseConcordanceQuery(params)).toEqual(expected));
  it.each([[{ sort: 'x' }], [{ sort: ['status', 'document'] }], [{ page: '0' }], [{ status: 'bad' }]])('%j is refused', (params) =>
    expect(parseConcordanceQuery(params)).toBeUndefined(),
  );
  it('writes the query back', () => {
    expect(concordanceHref('/x', { sort: 'document', shown: ['ok', 'variant', 'missing'], page: 1 })).toBe('/x');
    expect(concordanceHref('/x', { sort: 'status', shown: ['missing'], page: 3 })).toBe('/x?sort=status&status=missing&page=3');
  });
});

describe('queryConcordance', () => {
  it('filters, sorts and pages', () => {
    const q = queryConcordance(rows, { sort: 'status', shown: ['ok', 'variant', 'missing'], page: 1 }, 2);
    expect(q.rows.map((r) => r.order)).toEqual([1, 2]);
    expect(q.pages).toBe(3);
    expect(queryConcordance(rows, { sort: 'rendering', shown: ['ok'], page: 1 }, 10).rows.map((r) => r.en.form)).toEqual(['Accord', 'GNA', 'GNA']);
  });
  it('counts per article, most first', () => {
    expect(countsPerArticle(rows).map((c) => [c.slug, c.ok, c.variant, c.missing])).toEqual([
      ['a', 1, 0, 1],
      ['b', 1, 1, 0],
      ['c', 1, 0, 0],
    ]);
  });
});
