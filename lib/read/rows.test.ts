import { describe, expect, test } from 'vitest';
import type { AlignUnit } from '@/lib/api/align';
import { runsText } from '@/lib/reader/pageText';
import { LOW_CONFIDENCE, soloRows, unitRows } from './rows';

const texts = { ar: 'دعت حكومة الوفاق الوطني إلى الهدوء. وقالت إنها ستعمل.\n\nجملة بلا مقابل.', en: 'The GNA called for calm. It said it would act.' };
const span = (t: string, part: string) => ({ start: t.indexOf(part), end: t.indexOf(part) + part.length });
const gnaAr = span(texts.ar, 'حكومة الوفاق الوطني');
const gnaEn = span(texts.en, 'GNA');
const spans = {
  ar: [{ ...gnaAr, termId: 'gna', surface: 'حكومة الوفاق الوطني', form: 'حكومة الوفاق الوطني', clitics: [] }],
  en: [{ ...gnaEn, termId: 'gna', surface: 'GNA', form: 'GNA', clitics: [] }],
};
const units: AlignUnit[] = [
  { ar: span(texts.ar, 'دعت حكومة الوفاق الوطني إلى الهدوء. وقالت إنها ستعمل.'), en: span(texts.en, 'The GNA called for calm. It said it would act.'), score: 0.97 },
  { ar: span(texts.ar, 'جملة بلا مقابل.'), en: null, score: LOW_CONFIDENCE - 0.01 },
];
// The sentences the aligner paired (POST /api/align's `sentences`).
const sentences = {
  ar: ['دعت حكومة الوفاق الوطني إلى الهدوء.', 'وقالت إنها ستعمل.', 'جملة بلا مقابل.'].map((x) => span(texts.ar, x)),
  en: ['The GNA called for calm.', 'It said it would act.'].map((x) => span(texts.en, x)),
};
const forms = { gna: { ar: { 'حكومة الوفاق الوطني': 'preferred' as const }, en: { GNA: 'admitted' as const } } };

describe('the rows of a pasted pair', () => {
  const rows = unitRows({ texts, sentences }, spans, units, forms);
  test('one row per unit, numbered from 1, each side with all its sentences', () => {
    expect(rows.paragraphs.map((p) => [p.id, p.ar.map((s) => runsText(s.pieces)), p.en.map((s) => runsText(s.pieces))])).toEqual([
      ['1', ['دعت حكومة الوفاق الوطني إلى الهدوء. وقالت إنها ستعمل.'], ['The GNA called for calm. It said it would act.']],
      ['2', ['جملة بلا مقابل.'], []],
    ]);
    expect(rows.paragraphs[0].ar[0].pieces).toHaveLength(2); // two sentences, two runs
  });

  test("a unit's sentences are the aligner's, not a segmentation of the page's own", () => {
    const one = { ...sentences, ar: [span(texts.ar, 'دعت حكومة الوفاق الوطني إلى الهدوء. وقالت إنها ستعمل.'), sentences.ar[2]] };
    expect(unitRows({ texts, sentences: one }, spans, units, forms).paragraphs[0].ar[0].pieces).toHaveLength(1);
  });

  test.each([
    [0, { missing: undefined, low: false, score: 0.97 }],
    [1, { missing: 'en', low: true, score: 0.49 }],
  ] as const)('row %i: %j', (k, expected) => expect(rows.info[k]).toEqual(expected));

  test('terms are checked within a pair (the Arabic as the original), and keyed by the row', () => {
    expect(rows.pairs.map((p) => [p.termId, p.unitId, p.status])).toEqual([['gna', '1', 'ok']]);
    const term = rows.paragraphs[0].en[0].pieces[0].find((p) => typeof p !== 'string');
    expect(term).toMatchObject({ termId: 'gna', occ: '1:en:0', status: 'ok' });
  });

  test('one text alone: a row per paragraph, nothing checked, nothing marked', () => {
    const solo = soloRows(texts, spans, 'ar');
    expect(solo.paragraphs.map((p) => [p.ar.map((s) => runsText(s.pieces)), p.en])).toEqual([
      [['دعت حكومة الوفاق الوطني إلى الهدوء. وقالت إنها ستعمل.'], []],
      [['جملة بلا مقابل.'], []],
    ]);
    expect(solo.pairs).toEqual([]);
    expect(solo.info.every((i) => !i.low && !i.missing)).toBe(true);
  });
});
