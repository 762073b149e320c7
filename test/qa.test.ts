import { describe, expect, test } from 'vitest';
import { annotateArticle, annotateText, buildMatchers } from '@/lib/content/annotate';
import { articleSlugs, readArticle, readGlossary } from '@/lib/content/load';
import { concordance, kwic, renderingCounts } from '@/lib/content/concordance';
import { checkArticle, checkUnit, formStatusLookup, occurrenceStatuses, summarize, type QaPair } from '@/lib/content/qa';
import type { Lang } from '@/lib/i18n/locales';

const terms = readGlossary();
const matchers = buildMatchers(terms);
const statusOf = formStatusLookup(terms);

function check(ar: string, en: string, original: Lang = 'ar'): QaPair[] {
  const unit = { id: '1.1', ar: annotateText(matchers, 'ar', ar), en: annotateText(matchers, 'en', en) };
  return checkUnit(unit, original, statusOf);
}
const brief = (pairs: QaPair[]) => pairs.map((p) => [p.termId, p.status, p.missingIn ?? '', p.ar?.text ?? '', p.en?.text ?? '']);

describe('term status per occurrence', () => {
  // [what, Arabic, English, expected [termId, status, missingIn, Arabic surface, English surface][]]
  const cases: [string, string, string, string[][]][] = [
    ['preferred rendering', 'لإنقاذ هذه المدينة الأهم لحكومة الوفاق الوطني الليبية', "the most important city for Libya's Government of National Accord", [
      ['gna', 'ok', '', 'لحكومة الوفاق الوطني', 'Government of National Accord'],
      ['libya', 'ok', '', 'الليبية', "Libya's"],
    ]],
    ['an admitted abbreviation counts as found', 'أعلنت حكومة الوفاق حالة النفير', 'the GNA declared a state of general mobilisation', [
      ['gna', 'ok', '', 'حكومة الوفاق', 'GNA'],
      ['nafir', 'ok', '', 'حالة النفير', 'state of general mobilisation'],
    ]],
    ['a synonym: any admitted form of the concept', 'مدينة مصراته الداعمة لحكومة السراج', 'Misrata, a city that backs the unity government', [
      ['misrata', 'ok', '', 'مصراته', 'Misrata'],
      ['gna', 'ok', '', 'لحكومة السراج', 'unity government'],
    ]],
    ['a deprecated rendering is a variant', 'بالوفاق', 'with the Government of National Reconciliation', [['gna', 'variant', '', 'بالوفاق', 'Government of National Reconciliation']]],
    ['a deprecated rendering of النفير', 'وأعلنت كتائب مصراته حالة النفير', 'The Misrata brigades declared a state of alert', [
      ['misrata-brigades', 'ok', '', 'كتائب مصراته', 'Misrata brigades'],
      ['nafir', 'variant', '', 'حالة النفير', 'state of alert'],
    ]],
    ['no listed rendering: missing in English', 'وأعلنت كتائب مصراته حالة النفير', 'The Misrata brigades called everyone to arms', [
      ['misrata-brigades', 'ok', '', 'كتائب مصراته', 'Misrata brigades'],
      ['nafir', 'missing', 'en', 'حالة النفير', ''],
    ]],
    ['the reverse direction: an English term with no Arabic counterpart', 'عادت المسألة للواجهة', 'the question of foreign military intervention has returned', [
      ['foreign-intervention', 'missing', 'ar', '', 'foreign military intervention'],
    ]],
    ['a term said twice and rendered once pairs both with the one rendering', 'داعش ثم داعش', 'ISIS, again', [
      ['isis', 'ok', '', 'داعش', 'ISIS'],
      ['isis', 'ok', '', 'داعش', 'ISIS'],
    ]],
  ];
  test.each(cases)('%s', (_what, ar, en, expected) => {
    expect(brief(check(ar, en))).toEqual(expected);
  });

  test('an English original is checked against its Arabic translation', () => {
    const pairs = check('قالت الحكومة', 'The Government of National Reconciliation said', 'en');
    expect(brief(pairs)).toEqual([['gna', 'missing', 'ar', '', 'Government of National Reconciliation']]);
    // The original's own form is not judged: only the translation's rendering is.
    expect(brief(check('بالوفاق', 'the Government of National Reconciliation', 'en'))).toEqual([['gna', 'ok', '', 'بالوفاق', 'Government of National Reconciliation']]);
  });

  test('each highlighted occurrence takes the worst status of the pairs it is in', () => {
    const pairs = check('داعش ثم داعش', 'ISIS', 'ar');
    const statuses = occurrenceStatuses(pairs);
    expect([...statuses.entries()]).toEqual([['1.1:ar:0', 'ok'], ['1.1:en:0', 'ok'], ['1.1:ar:1', 'ok']]);
    const mixed = occurrenceStatuses([...pairs, { termId: 'isis', unitId: '1.1', status: 'variant', ar: pairs[0].ar }]);
    expect(mixed.get('1.1:ar:0')).toBe('variant');
  });
});

describe('our own articles', () => {
  test.each(articleSlugs())('%s: every highlighted occurrence in either column has exactly one status', (slug) => {
    const article = annotateArticle(slug, readArticle(slug)!, matchers);
    const pairs = checkArticle(article, terms);
    const counted = summarize(pairs);
    expect(counted.ok + counted.variant + counted.missing).toBe(pairs.length);
    const statuses = occurrenceStatuses(pairs);
    const pieces = [article.title, ...article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ ar: s.ar, en: s.en.flat() })))];
    const highlighted = pieces.reduce((n, u) => n + [...u.ar, ...u.en].filter((p) => typeof p !== 'string').length, 0);
    expect(statuses.size).toBe(highlighted);
  });
});

describe('the concordance', () => {
  const articles = articleSlugs().map((slug) => annotateArticle(slug, readArticle(slug)!, matchers));

  test('الوفاق: its seven occurrences, each with its English sentence and status, among the entry\'s rows', () => {
    const rows = concordance('gna', articles, terms);
    const wifaq = rows.filter((r) => r.ar.match?.includes('الوفاق'));
    expect(wifaq.map((r) => r.unitId)).toEqual(['1.1', '1.1', '2.1', '9.1', '10.1', '13.1', '15.1', '15.1', '16.1']);
    expect(new Set(wifaq.map((r) => r.unitId)).size).toBe(7);
    // 1.1 introduces the abbreviation: "Government of National Accord (GNA)" for one Arabic mention.
    expect(wifaq.filter((r) => r.unitId === '1.1').map((r) => r.en.match)).toEqual(['Government of National Accord', 'GNA']);
    // 15.1 names the GNA twice in English for one Arabic mention (the other is الأخيرة, "the latter").
    expect(wifaq.filter((r) => r.unitId === '15.1').map((r) => r.en.match)).toEqual(["Government of National Accord's", 'GNA']);
    expect(rows.filter((r) => r.ar.match?.includes('السراج')).map((r) => r.en.match)).toEqual(['Sarraj government', 'Sarraj government', 'Sarraj government']);
    expect(rows.every((r) => r.status === 'ok' && r.ar.match && r.en.match)).toBe(true);
    expect(rows[0]).toMatchObject({ slug: 'misrata-foreign-intervention', unitId: '1.1', paragraph: 1, ar: { match: 'لحكومة الوفاق الوطني', form: 'حكومة الوفاق الوطني' } });
  });

  test('a keyword-in-context cut keeps the whole sentence around the match', () => {
    const pieces = annotateText(matchers, 'ar', 'ومع اقتراب داعش من مدينة مصراته الداعمة لحكومة السراج، عادت المسألة');
    const cut = kwic(pieces, 2);
    expect(cut).toEqual({ before: 'ومع اقتراب داعش من مدينة مصراته الداعمة ', match: 'لحكومة السراج', after: '، عادت المسألة', form: 'حكومة السراج' });
    expect(kwic(pieces)).toEqual({ before: 'ومع اقتراب داعش من مدينة مصراته الداعمة لحكومة السراج، عادت المسألة', after: '' });
  });

  test('rendering counts per language', () => {
    const rows = concordance('gna', articles, terms);
    const counts = renderingCounts(rows, 'en');
    expect(counts).toEqual([['Government of National Accord', 7], ['Sarraj government', 3], ['GNA', 2]]);
    expect(renderingCounts(rows, 'ar')[0]).toEqual(['حكومة الوفاق الوطني', 9]);
  });
});
