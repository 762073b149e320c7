import { describe, expect, test } from 'vitest';
import { joinWithNext } from './corrections';
import { pastedCodec } from './pasted';

const ar = 'جملة أولى. جملة ثانية.';
const en = 'First one. Second one.';
const aligned = [
  { ar: { start: 0, end: 10 }, en: { start: 0, end: 10 }, score: 0.9 },
  { ar: { start: 11, end: 22 }, en: { start: 11, end: 22 }, score: 0.4 },
];
const units = joinWithNext(aligned, 0);
const j = (v: unknown) => JSON.stringify(v);

describe('the stored pasted texts and their corrections', () => {
  test.each([
    ['texts only', j({ ar, en }), { value: { ar, en } }],
    ['one text', j({ en }), { value: { ar: '', en } }],
    ['texts with corrected units that fit them', j({ ar, en, units, corrections: 1 }), { value: { ar, en, units, corrections: 1 } }],
    ['units from another text: dropped, the texts kept', j({ ar: 'نص آخر.', en, units, corrections: 1 }), { value: { ar: 'نص آخر.', en }, problem: 'corrections' }],
    ['units that are not units', j({ ar, en, units: [{ ar: 'x' }], corrections: 1 }), { value: { ar, en }, problem: 'corrections' }],
    ['a score out of range', j({ ar, en, units: [{ ...units[0], score: 2 }], corrections: 1 }), { value: { ar, en }, problem: 'corrections' }],
    ['units without a count of corrections', j({ ar, en, units }), { value: { ar, en }, problem: 'corrections' }],
    ['broken JSON', '{"ar": "half', { value: { ar: '', en: '' }, problem: 'unreadable' }],
    ['a text that is not a string', j({ ar: 3, en }), { value: { ar: '', en: '' }, problem: 'unreadable' }],
  ])('%s', (_, raw, expected) => expect(pastedCodec.parse(raw)).toEqual(expected));

  test.each([
    ['texts only: the units of an earlier correction are not written', { ar, en }, j({ ar, en })],
    ['with corrections', { ar, en, units, corrections: 2 }, j({ ar, en, units, corrections: 2 })],
    ['nothing pasted: the key is removed', { ar: '', en: '' }, null],
  ])('serialize %s', (_, value, expected) => expect(pastedCodec.serialize(value)).toBe(expected));
});
