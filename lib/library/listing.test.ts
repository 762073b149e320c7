import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '@/lib/text/fulltext';
import { byDate, listArticles, listHref, neighbours, pageWindow, parseListQuery, type ArticleSummary } from './listing';
import type { Lang } from '@/lib/i18n/locales';

const article = (slug: string, site: string, date: string, originalLanguage: Lang, en: string, ar: string): ArticleSummary & { ar: string; en: string } => ({
  slug,
  site,
  date,
  originalLanguage,
  dateApproximate: false,
  title: { ar, en },
  words: { ar: 1, en: 1 },
  terms: 0,
  ar,
  en,
});
const all = [
  article('a', 'bbc', '2018-10-01', 'en', 'Brexit talks', 'محادثات بريكست'),
  article('b', 'bbc', '2018-09-30', 'en', 'Shark attack', 'هجوم سمكة القرش'),
  article('c', 'reuters', '2018-10-02', 'en', 'Trade war', 'الحرب التجارية'),
  article('d', 'd', '2016-05', 'ar', 'Misrata', 'مصراتة'),
  ...Array.from({ length: 41 }, (_, i) => article(`x${String(i).padStart(2, '0')}`, 'cnn', '2018-09-01', 'en', `Story ${i}`, `قصة ${i}`)),
].sort(byDate);
const index = new FullTextIndex(all.map((a) => ({ title: a.title, body: { ar: a.ar, en: a.en } })));
const list = (q: Partial<Parameters<typeof listArticles>[2]>) => listArticles(all, index, { q: '', page: 1, ...q });

describe('listArticles', () => {
  it('pages the whole library, newest first, 20 a page', () => {
    const first = list({});
    expect(first.total).toBe(45);
    expect(first.pages).toBe(3);
    expect(first.items).toHaveLength(20);
    expect(first.items.slice(0, 3).map((a) => a.slug)).toEqual(['c', 'a', 'b']);
    expect(list({ page: 3 }).items.map((a) => a.slug).at(-1)).toBe('d');
    expect(list({ page: 4 }).items).toEqual([]);
  });

  it('filters by source and by original language, and counts facets over everything', () => {
    const bbc = list({ site: 'bbc' });
    expect(bbc.items.map((a) => a.slug)).toEqual(['a', 'b']);
    expect(bbc.facets.site).toContainEqual({ value: 'cnn', count: 41 });
    expect(list({ lang: 'ar' }).items.map((a) => a.slug)).toEqual(['d']);
    expect(list({ site: 'bbc', lang: 'ar' }).total).toBe(0);
  });

  it('searches in both languages, with clitics and case folded', () => {
    expect(list({ q: 'والقرش' }).items.map((a) => a.slug)).toEqual(['b']);
    expect(list({ q: 'SHARK' }).items.map((a) => a.slug)).toEqual(['b']);
    expect(list({ q: 'story', site: 'bbc' }).total).toBe(0);
    expect(list({ q: 'story' }).total).toBe(41);
  });
});

describe('neighbours', () => {
  it('gives previous, next and others from the same source', () => {
    const n = neighbours(all, 'a')!;
    expect(n.previous?.slug).toBe('c');
    expect(n.next?.slug).toBe('b');
    expect(n.sameSource.map((a) => a.slug)).toEqual(['b']);
    expect(neighbours(all, 'c')!.previous).toBeUndefined();
    expect(neighbours(all, 'nope')).toBeUndefined();
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [5, 10, [1, 0, 3, 4, 5, 6, 7, 0, 10]],
    [1, 50, [1, 2, 3, 0, 50]],
    [50, 50, [1, 0, 48, 49, 50]],
  ])('page %i of %i → %j', (page, pages, expected) => expect(pageWindow(page, pages)).toEqual(expected));
});

describe('parseListQuery', () => {
  const sites = ['bbc', 'cnn'];
  it.each([
    [{}, { q: '', page: 1 }],
    [{ q: 'x', source: 'bbc', lang: 'ar', page: '3' }, { q: 'x', site: 'bbc', lang: 'ar', page: 3 }],
    [{ source: '', lang: '' }, { q: '', page: 1 }],
  ])('%j → %j', (params, expected) => expect(parseListQuery(params, sites)).toEqual({ site: undefined, lang: undefined, ...expected }));

  it.each([[{ page: '0' }], [{ page: 'x' }], [{ page: '-1' }], [{ source: 'nope' }], [{ lang: 'fr' }], [{ q: ['a', 'b'] }], [{ q: 'x'.repeat(201) }]])(
    '%j is refused',
    (params) => expect(parseListQuery(params, sites)).toBeUndefined(),
  );

  it('writes links with only what differs from the defaults', () => {
    expect(listHref('/en/articles', { q: ' ', page: 1 })).toBe('/en/articles');
    expect(listHref('/en/articles', { q: 'وفاق', site: 'bbc', page: 2 })).toBe('/en/articles?q=%D9%88%D9%81%D8%A7%D9%82&source=bbc&page=2');
  });
});
