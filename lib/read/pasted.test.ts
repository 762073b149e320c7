import { describe, expect, test } from 'vitest';
import { joinWithNext } from './corrections';
import { PASTED_KEY, pastedBootScript, pastedCodec } from './pasted';

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

describe('the boot script that fills the boxes before the first paint', () => {
  /** Run the script over a stand-in region and form: what the boxes hold, and whether the region is marked. */
  function boot(raw: string | null) {
    const attributes: Record<string, string> = {};
    const elements = { ar: { value: '' }, en: { value: '' } };
    const parentElement = { setAttribute: (k: string, v: string) => (attributes[k] = v), querySelector: (s: string) => (s === 'form' ? { elements } : null) };
    const localStorage = { getItem: (key: string) => (key === PASTED_KEY ? raw : null) };
    new Function('document', 'localStorage', pastedBootScript())({ currentScript: { parentElement } }, localStorage);
    return { ar: elements.ar.value, en: elements.en.value, marked: 'data-pasted' in attributes };
  }
  test.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['texts only', j({ ar, en })],
    ['one text', j({ en })],
    ['empty texts', j({ ar: '', en: '' })],
    ['texts with corrections', j({ ar, en, units, corrections: 1 })],
    ['texts with corrections that do not fit', j({ ar: 'نص آخر.', en, units, corrections: 1 })],
    ['broken JSON', '{"ar": "half a tex'],
    ['a number', '7'],
    ['null', 'null'],
    ['a list', '["x"]'],
    ['a text that is not a string', j({ ar: 7, en })],
  ])('%s: the boxes hold what the form will show after hydration', (_, raw) => {
    const value = raw ? pastedCodec.parse(raw).value : pastedCodec.empty;
    expect(boot(raw)).toEqual({ ar: value.ar, en: value.en, marked: Boolean(value.ar || value.en) });
  });

  test('storage that throws leaves the boxes empty', () => {
    const elements = { ar: { value: '' }, en: { value: '' } };
    const localStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const run = () => new Function('document', 'localStorage', pastedBootScript())({ currentScript: { parentElement: { querySelector: () => ({ elements }) } } }, localStorage);
    expect(run).not.toThrow();
    expect(elements).toEqual({ ar: { value: '' }, en: { value: '' } });
  });
});
