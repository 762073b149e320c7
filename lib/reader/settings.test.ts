import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, resolveSettings, settingsSearch, settingsStyle } from './settings';

const q = (s: string) => new URLSearchParams(s);

describe('reader settings', () => {
  test.each([
    [null, {}],
    ['not json', {}],
    ['"a string"', {}],
    ['{"layout":"interleaved","ar":"130","en":"7","spacing":7}', { layout: 'interleaved', ar: '130' }],
  ])('stored %j reads as %j', (raw, expected) => {
    expect(parseStoredSettings(raw)).toEqual(expected);
  });

  test('the URL wins over storage, key by key; invalid URL values are ignored', () => {
    expect(resolveSettings(q('layout=en-only&ar=999'), { layout: 'interleaved', ar: '130', tashkeel: 'hide' })).toEqual({
      ...DEFAULT_SETTINGS,
      layout: 'en-only',
      ar: '130',
      tashkeel: 'hide',
    });
  });

  test('only non-defaults go into the URL, other parameters are kept', () => {
    expect(settingsSearch('?x=1&layout=ar-only', { ...DEFAULT_SETTINGS, en: '115', tashkeel: 'hide' })).toBe('?x=1&en=115&tashkeel=hide');
    expect(settingsSearch('?layout=ar-only', DEFAULT_SETTINGS)).toBe('');
  });

  test('sizes and spacing become CSS factors', () => {
    expect(settingsStyle({ ...DEFAULT_SETTINGS, ar: '150', en: '85', spacing: 'wide' })).toEqual({ '--ar-scale': '1.5', '--en-scale': '0.85', '--lh-scale': '1.25' });
  });
});
