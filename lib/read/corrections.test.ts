import { describe, expect, test } from 'vitest';
import type { AlignUnit } from '@/lib/api/align';
import { joinWithNext, splitPoints, splitUnit } from './corrections';

const texts = { ar: 'جملة أولى. جملة ثانية. جملة ثالثة.', en: 'First one. Second one. Third one.' };
const s = (t: string, part: string) => ({ start: t.indexOf(part), end: t.indexOf(part) + part.length });
const units: AlignUnit[] = [
  { ar: s(texts.ar, 'جملة أولى. جملة ثانية.'), en: s(texts.en, 'First one.'), score: 0.4 },
  { ar: null, en: s(texts.en, 'Second one.'), score: 0.3 },
  { ar: s(texts.ar, 'جملة ثالثة.'), en: s(texts.en, 'Third one.'), score: 0.9 },
];
const show = (us: AlignUnit[]) => us.map((u) => [u.ar ? texts.ar.slice(u.ar.start, u.ar.end) : null, u.en ? texts.en.slice(u.en.start, u.en.end) : null]);

describe('corrections', () => {
  test('join a unit with the next, a one-sided one included', () => {
    expect(show(joinWithNext(units, 0))).toEqual([['جملة أولى. جملة ثانية.', 'First one. Second one.'], ['جملة ثالثة.', 'Third one.']]);
    expect(joinWithNext(units, 0)[0].score).toBe(1);
    expect(joinWithNext(units, 2)).toBe(units);
  });

  test('split points are the sentence ends inside a unit, but the last', () => {
    expect(splitPoints(texts, units[0])).toEqual({ ar: [texts.ar.indexOf('.') + 1], en: [] });
  });

  test('split a unit at an Arabic sentence boundary: the single English sentence stays with the first part', () => {
    const at = texts.ar.indexOf('.') + 1;
    expect(show(splitUnit(texts, units, 0, 'ar', at))).toEqual([['جملة أولى.', 'First one.'], ['جملة ثانية.', null], [null, 'Second one.'], ['جملة ثالثة.', 'Third one.']]);
  });

  test('split divides the other side at its nearest boundary', () => {
    const joined = joinWithNext(joinWithNext(units, 0), 0);
    const at = texts.en.indexOf('Second one.') + 'Second one.'.length;
    expect(show(splitUnit(texts, joined, 0, 'en', at))).toEqual([['جملة أولى. جملة ثانية.', 'First one. Second one.'], ['جملة ثالثة.', 'Third one.']]);
  });

  test('a point that is not a boundary inside the unit changes nothing', () => {
    expect(splitUnit(texts, units, 0, 'ar', 3)).toBe(units);
    expect(splitUnit(texts, units, 1, 'ar', 3)).toBe(units);
  });
});
