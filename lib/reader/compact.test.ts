import { describe, expect, test } from 'vitest';
import { annotateArticle, buildMatchers, type Piece } from '@/lib/content/annotate';
import { articleSlugs, readArticle, readGlossary } from '@/lib/content/load';
import { checkArticle, occurrenceStatuses } from '@/lib/content/qa';
import { articleView } from './articleView';
import { decodeArticle, decodeRuns, encodeArticle, encodeRun } from './compact';
import { piecesHtml, sentencesHtml } from './html';

const term = (termId: string, text: string, status?: 'ok' | 'variant' | 'missing') => ({ termId, text, clitics: [], form: '', status });

describe('encodeRun / decodeRuns', () => {
  test.each<[string, Piece[], string]>([
    ['plain text', ['no terms here.'], 'no terms here.'],
    ['an ok term', ['the ', term('gna', 'GNA', 'ok'), ' said'], 'the {gna|GNA} said'],
    ['other statuses, and none', [term('a', 'x', 'variant'), ' ', term('b', 'y', 'missing'), ' ', term('c', 'z')], '{a|x|v} {b|y|m} {c|z|-}'],
    ['the marker characters in text and terms', ['100% {sic} a|b ', term('t', 'w{1}|%', 'ok')], '100%25 %7Bsic%7D a%7Cb {t|w%7B1%7D%7C%25}'],
    ['Arabic', ['أعلنت ', term('gna', 'حكومة الوفاق', 'ok'), '، مؤخرًا'], 'أعلنت {gna|حكومة الوفاق}، مؤخرًا'],
  ])('%s', (_, run, code) => {
    expect(encodeRun(run)).toBe(code);
    const [decoded] = decodeRuns([code], '2.1', 'en');
    expect(decoded).toEqual(run.map((p, i) => (typeof p === 'string' ? p : { ...p, occ: `2.1:en:${run.slice(0, i).filter((q) => typeof q !== 'string').length}` })));
  });

  test('occurrence keys count over all runs of a unit, as markRuns does', () => {
    const runs = decodeRuns(['{a|x} and {b|y}', '{c|z}'], '3.2', 'en');
    expect(runs.flat().filter((p) => typeof p !== 'string').map((p) => (p as { occ: string }).occ)).toEqual(['3.2:en:0', '3.2:en:1', '3.2:en:2']);
  });

  test.each(['{a|b', '{a}', 'x {a|b|q} y', '{a|b|v|w}'])('a malformed run is an error, not a silent cut: %s', (code) => {
    expect(() => decodeRuns([code], '1.1', 'ar')).toThrow();
  });
});

describe('an article through the compact form', () => {
  const matchers = buildMatchers(readGlossary());
  test.each(articleSlugs())('%s: the same columns markup after decoding, and a smaller form', (slug) => {
    const article = annotateArticle(slug, readArticle(slug)!, matchers);
    const view = articleView(article, occurrenceStatuses(checkArticle(article, readGlossary())));
    const compact = encodeArticle(view);
    const decoded = decodeArticle(compact);
    for (const lang of ['ar', 'en'] as const) {
      expect(piecesHtml(decoded.title[lang], '/en/glossary')).toBe(piecesHtml(view.title[lang], '/en/glossary'));
      view.paragraphs.forEach((p, i) => {
        expect(decoded.paragraphs[i].id).toBe(p.id);
        expect(sentencesHtml(decoded.paragraphs[i][lang], '/en/glossary')).toBe(sentencesHtml(p[lang], '/en/glossary'));
      });
    }
    // Smaller than the markup wherever terms are dense, and never more than the text plus a short marker per term
    // ({id|text}, a status code only when not ok) and the JSON punctuation of units and paragraphs: nothing per
    // occurrence beyond the term's id (no key, link or class; an occurrence key alone would break this bound).
    const units = view.paragraphs.flatMap((p) => [...p.ar, ...p.en]);
    const pieces = [view.title.ar, view.title.en, ...units.map((u) => u.pieces.flat())].flat();
    const terms = pieces.filter((p) => typeof p !== 'string');
    const text = pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
    const bound =
      JSON.stringify(text).length +
      terms.reduce((n, t) => n + t.termId.length + 3 + (t.status === 'ok' ? 0 : 2), 0) +
      units.reduce((n, u) => n + (u.id ?? '').length + 3 * u.pieces.length + 5, 0) +
      view.paragraphs.reduce((n, p) => n + p.id.length + 27, 0) +
      50;
    const size = JSON.stringify(compact).length;
    expect(size).toBeLessThanOrEqual(bound);
    if (terms.length * 40 > text.length) {
      const html = view.paragraphs.map((p) => sentencesHtml(p.ar, '/ar/glossary') + sentencesHtml(p.en, '/ar/glossary')).join('');
      expect(size).toBeLessThan(html.length * 0.7);
    }
  });
});
