import { describe, expect, it } from 'vitest';
import { rankByProblems } from './corpusQa';

const a = (slug: string, statuses: ('ok' | 'variant' | 'missing')[]) => ({ slug, title: { ar: slug, en: slug }, pairs: statuses.map((status, i) => ({ termId: `t${i % 2}`, status })) });

describe('rankByProblems', () => {
  it('puts the articles with most problems first, missing breaking ties', () => {
    const ranked = rankByProblems([a('clean', ['ok', 'ok']), a('variants', ['variant', 'variant']), a('mixed', ['missing', 'variant', 'ok']), a('one', ['missing'])]);
    expect(ranked.map((r) => r.slug)).toEqual(['mixed', 'variants', 'one', 'clean']);
    expect(ranked[0]).toMatchObject({ ok: 1, variant: 1, missing: 1, terms: 2 });
  });
});
