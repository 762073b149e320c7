import { describe, expect, test } from 'vitest';
import { alignTexts } from './align';

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('alignTexts', () => {
  test('paragraph by paragraph and sentence by sentence when the counts agree', () => {
    const ar = 'الجملة الأولى. الجملة الثانية؟\n\nفقرة ثانية.';
    const en = 'The first sentence. The second one?\n\nA second paragraph.';
    const result = alignTexts(ar, en);
    expect(result.paragraphMismatch).toBe(false);
    expect(result.sentenceMismatches).toEqual([]);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.paragraphs[0].paired).toBe(true);
    expect(result.paragraphs[0].ar.map((r) => slice(ar, r))).toEqual(['الجملة الأولى.', 'الجملة الثانية؟']);
    expect(result.paragraphs[0].en.map((r) => slice(en, r))).toEqual(['The first sentence.', 'The second one?']);
  });

  test('different sentence counts are reported per paragraph, and both texts are kept', () => {
    const result = alignTexts('جملة واحدة.', 'One sentence. And another.');
    expect(result.sentenceMismatches).toEqual([1]);
    expect(result.paragraphs[0]).toMatchObject({ paired: false });
    expect(result.paragraphs[0].ar).toHaveLength(1);
    expect(result.paragraphs[0].en).toHaveLength(2);
  });

  test('different paragraph counts are reported; the extra paragraph is shown alone', () => {
    const result = alignTexts('فقرة.\n\nفقرة أخرى.', 'A paragraph.');
    expect(result.paragraphMismatch).toBe(true);
    expect(result.paragraphs[1]).toMatchObject({ en: [], paired: false });
  });

  test('one text alone is not a mismatch', () => {
    const result = alignTexts('جملة. وجملة.', undefined);
    expect(result).toMatchObject({ paragraphMismatch: false, sentenceMismatches: [] });
    expect(result.paragraphs[0].ar).toHaveLength(2);
  });

  test('offsets point into the text as pasted, line breaks and all', () => {
    const en = '  Mr. Sarraj spoke.\r\n\r\n\r\nThe U.S. agreed.  ';
    const result = alignTexts(undefined, en);
    expect(result.paragraphs.map((p) => p.en.map((r) => slice(en, r)))).toEqual([['Mr. Sarraj spoke.'], ['The U.S. agreed.']]);
  });
});
