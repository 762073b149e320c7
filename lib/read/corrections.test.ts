import { describe, expect, test } from 'vitest';
import type { AlignUnit } from '@/lib/api/align';
import { ending, joinWithNext, splitOptions, splitPoints, splitUnit, unitsFit, unitsOnSentences, type Segmented } from './corrections';

const texts = { ar: 'جملة أولى. جملة ثانية. جملة ثالثة.', en: 'First one. Second one. Third one.' };
const s = (t: string, part: string) => ({ start: t.indexOf(part), end: t.indexOf(part) + part.length });
// The sentences the aligner paired: the page splits at their boundaries only.
const seg: Segmented = {
  texts,
  sentences: {
    ar: ['جملة أولى.', 'جملة ثانية.', 'جملة ثالثة.'].map((x) => s(texts.ar, x)),
    en: ['First one.', 'Second one.', 'Third one.'].map((x) => s(texts.en, x)),
  },
};
const units: AlignUnit[] = [
  { ar: s(texts.ar, 'جملة أولى. جملة ثانية.'), en: s(texts.en, 'First one.'), score: 0.4 },
  { ar: null, en: s(texts.en, 'Second one.'), score: 0.3 },
  { ar: s(texts.ar, 'جملة ثالثة.'), en: s(texts.en, 'Third one.'), score: 0.9 },
];
const show = (us: AlignUnit[]) => us.map((u) => [u.ar ? texts.ar.slice(u.ar.start, u.ar.end) : null, u.en ? texts.en.slice(u.en.start, u.en.end) : null]);
const show2 = (t: typeof texts, us: AlignUnit[]) => us.map((u) => [u.ar ? t.ar.slice(u.ar.start, u.ar.end) : null, u.en ? t.en.slice(u.en.start, u.en.end) : null]);
const after = (t: string, part: string) => t.indexOf(part) + part.length;

describe('corrections', () => {
  test('join a unit with the next, a one-sided one included', () => {
    expect(show(joinWithNext(units, 0))).toEqual([['جملة أولى. جملة ثانية.', 'First one. Second one.'], ['جملة ثالثة.', 'Third one.']]);
    expect(joinWithNext(units, 0)[0].score).toBe(1);
    expect(joinWithNext(units, 2)).toBe(units);
  });

  test('split points are the sentence ends inside a unit, but the last', () => {
    expect(splitPoints(seg, units[0])).toEqual({ ar: [texts.ar.indexOf('.') + 1], en: [] });
  });

  // The other side is cut where its share of length comes nearest: at one of its boundaries, or before or after
  // all of it (it then goes whole with the second or the first part).
  const all = joinWithNext(joinWithNext(units, 0), 0); // one unit: three Arabic sentences, three English
  const twoOne: AlignUnit[] = [{ ar: s(texts.ar, 'جملة أولى. جملة ثانية.'), en: s(texts.en, 'First one.'), score: 0.4 }];
  const longShort = { ar: 'جملة أولى طويلة جدا جدا جدا. قصيرة.', en: 'Only one.' };
  const longShortSeg: Segmented = { texts: longShort, sentences: { ar: [s(longShort.ar, 'جملة أولى طويلة جدا جدا جدا.'), s(longShort.ar, 'قصيرة.')], en: [{ start: 0, end: 9 }] } };
  const longShortUnits: AlignUnit[] = [{ ar: { start: 0, end: longShort.ar.length }, en: { start: 0, end: 9 }, score: 0.5 }];
  test.each([
    ['after Arabic 1 of 2, English 1: the English goes with the second part (share 0.45 is nearer the start)', seg, twoOne, 'ar', after(texts.ar, 'أولى.'), [['جملة أولى.', null], ['جملة ثانية.', 'First one.']]],
    ['after Arabic 1 of 3, English 3: the nearest English boundary', seg, all, 'ar', after(texts.ar, 'أولى.'), [['جملة أولى.', 'First one.'], ['جملة ثانية. جملة ثالثة.', 'Second one. Third one.']]],
    ['after English 2 of 3, Arabic 3', seg, all, 'en', after(texts.en, 'Second one.'), [['جملة أولى. جملة ثانية.', 'First one. Second one.'], ['جملة ثالثة.', 'Third one.']]],
  ] as const)('split %s', (_, sg, us, lang, at, expected) => {
    const t = sg.texts;
    const result = splitUnit(sg, [...us], 0, lang, at);
    expect(result.map((u) => [u.ar && t.ar.slice(u.ar.start, u.ar.end), u.en && t.en.slice(u.en.start, u.en.end)])).toEqual(expected);
    expect(result.every((u) => u.score === 1)).toBe(true);
  });

  test('a long first sentence takes the single English sentence with it', () => {
    const result = splitUnit(longShortSeg, longShortUnits, 0, 'ar', after(longShort.ar, 'جدا.'));
    expect(result.map((u) => [u.ar && longShort.ar.slice(u.ar.start, u.ar.end), u.en && longShort.en.slice(u.en.start, u.en.end)])).toEqual([
      ['جملة أولى طويلة جدا جدا جدا.', 'Only one.'],
      ['قصيرة.', null],
    ]);
  });

  test('a point that is not a boundary inside the unit changes nothing', () => {
    expect(splitUnit(seg, units, 0, 'ar', 3)).toBe(units);
    expect(splitUnit(seg, units, 1, 'ar', 3)).toBe(units);
    expect(splitUnit(seg, units, 0, 'ar', texts.ar.indexOf('ثانية.') + 6)).toBe(units); // the unit's own end
  });

  test('split options: each boundary of each side, named by the end of its sentence', () => {
    expect(splitOptions(seg, all[0])).toEqual([
      { lang: 'ar', at: after(texts.ar, 'أولى.'), n: 1, ending: 'جملة أولى.' },
      { lang: 'ar', at: after(texts.ar, 'ثانية.'), n: 2, ending: 'جملة ثانية.' },
      { lang: 'en', at: after(texts.en, 'First one.'), n: 1, ending: 'First one.' },
      { lang: 'en', at: after(texts.en, 'Second one.'), n: 2, ending: 'Second one.' },
    ]);
    expect(splitOptions(seg, units[1])).toEqual([]);
  });

  // The aligner cut the English at a soft boundary (after a closing quotation mark) and saw the Arabic as one
  // sentence, although a full stop stands inside it: the menu offers exactly the aligner's boundaries.
  const quoted = { ar: 'قال "لن ننسى." ثم غادر.', en: '"We will not forget," he said.' };
  const quotedSeg: Segmented = {
    texts: quoted,
    sentences: { ar: [{ start: 0, end: quoted.ar.length }], en: [s(quoted.en, '"We will not forget,"'), s(quoted.en, 'he said.')] },
  };
  test("split options are the aligner's sentence boundaries, soft ones included, and no others", () => {
    const whole: AlignUnit = { ar: { start: 0, end: quoted.ar.length }, en: { start: 0, end: quoted.en.length }, score: 0.9 };
    expect(splitOptions(quotedSeg, whole)).toEqual([{ lang: 'en', at: after(quoted.en, 'forget,"'), n: 1, ending: '"We will not forget,"' }]);
    expect(show2(quoted, splitUnit(quotedSeg, [whole], 0, 'en', after(quoted.en, 'forget,"')))).toEqual([
      [quoted.ar, '"We will not forget,"'], // the split side's share, 0.7, is nearer the end of the Arabic
      [null, 'he said.'],
    ]);
    expect(splitUnit(quotedSeg, [whole], 0, 'ar', after(quoted.ar, 'ننسى.'))).toEqual([whole]);
  });

  test.each([
    ['Short.', 'Short.'],
    ['  one two three four  ', 'one two three four'],
    ['This sentence has six words here.', '…has six words here.'],
  ])('ending(%j) = %j', (sentence, expected) => expect(ending(sentence)).toBe(expected));
});

describe('unitsFit: units are applied only to the text they cover', () => {
  const t2 = { ar: 'أ. ب.', en: 'A. B.' };
  const u = (ar: [number, number] | null, en: [number, number] | null): AlignUnit => ({ ar: ar && { start: ar[0], end: ar[1] }, en: en && { start: en[0], end: en[1] }, score: 1 });
  test.each([
    ['the aligner-shaped units of the text', texts, units, true],
    ['joined and split units of the text', texts, splitUnit(seg, joinWithNext(units, 0), 0, 'ar', after(texts.ar, 'أولى.')), true],
    ['one unit covering both texts whole', t2, [u([0, 5], [0, 5])], true],
    ['a sentence left out', t2, [u([0, 2], [0, 5])], false],
    ['spans out of order', t2, [u([3, 5], [0, 2]), u([0, 2], [3, 5])], false],
    ['a span past the end (the text got shorter)', t2, [u([0, 6], [0, 5])], false],
    ['a span that starts on a space', t2, [u([0, 2], [0, 2]), u([2, 5], [3, 5])], false],
    ['a span that cuts a word', { ar: 'أب.', en: 'AB.' }, [u([0, 1], [0, 1]), u([1, 3], [1, 3])], true],
    ['a unit with neither side', t2, [u([0, 5], [0, 5]), u(null, null)], false],
    ['no units', t2, [], false],
    ['offsets that are not integers', t2, [u([0, 5.5], [0, 5])], false],
  ] as const)('%s → %s', (_, t, us, expected) => expect(unitsFit(t, [...us])).toBe(expected));
});

describe("unitsOnSentences: kept units are applied only if they are made of the aligner's sentences", () => {
  const u = (ar: string | null, en: string | null): AlignUnit => ({ ar: ar === null ? null : s(texts.ar, ar), en: en === null ? null : s(texts.en, en), score: 1 });
  test.each([
    ["the aligner's own units", units, true],
    ['joined and split units', splitUnit(seg, joinWithNext(units, 0), 0, 'ar', after(texts.ar, 'أولى.')), true],
    ['a unit ending inside a sentence (a boundary the aligner no longer has)', [u('جملة أولى. جملة', 'First one.'), u('ثانية. جملة ثالثة.', 'Second one. Third one.')], false],
    ['an English span ending inside a sentence', [u('جملة أولى. جملة ثانية.', 'First one. Second'), u('جملة ثالثة.', 'one. Third one.')], false],
  ] as const)('%s → %s', (_, us, expected) => expect(unitsOnSentences(seg.sentences, [...us])).toBe(expected));
});
