import { describe, expect, it } from 'vitest';
import type { Piece } from '@/lib/content/annotate';
import { pageText, runsText, type ParagraphView } from './pageText';

const gna = (text: string, occ?: string, clitics: string[] = []): Piece => ({ text, termId: 'gna', form: 'حكومة الوفاق', clitics, occ });

describe('runsText', () => {
  it.each([
    { runs: [['a ', gna('GNA'), ' b']], out: 'a GNA b' },
    { runs: [['One.'], ['Two.']], out: 'One. Two.' },
    { runs: [['  spaced\n\ttext  ']], out: 'spaced text' },
    { runs: [[]], out: '' },
  ])('$out', ({ runs, out }) => expect(runsText(runs as Piece[][])).toBe(out));
});

describe('pageText', () => {
  const paragraphs: ParagraphView[] = [
    {
      id: '1',
      ar: [{ id: '1.1', pieces: [['قالت ', gna('لِحكومةِ الوفاق', '1.1:ar:0', ['ل']), '.']] }],
      en: [{ id: '1.1', pieces: [['The ', gna('GNA', '1.1:en:0'), ' said.'], ['Then it left.']] }],
    },
    // An unpaired paragraph (pasted text that could not be aligned): no unit, occurrences without keys.
    { id: '2', ar: [{ pieces: [['نص ', gna('الوفاق')]] }], en: [] },
  ];
  const text = pageText(paragraphs, { ar: ['عنوان ', gna('الوفاق', 'title:ar:0')], en: ['A title'] });

  it('keeps the original text, tashkeel and all, by unit and language', () => {
    expect(text.units['1.1']).toEqual({ ar: 'قالت لِحكومةِ الوفاق.', en: 'The GNA said. Then it left.' });
    expect(text.title).toEqual({ ar: 'عنوان الوفاق', en: 'A title' });
  });
  it('keys each marked occurrence, and only those', () => {
    expect(text.occ['1.1:ar:0']).toEqual({ text: 'لِحكومةِ الوفاق', form: 'حكومة الوفاق', clitics: ['ل'] });
    expect(text.occ['title:ar:0'].text).toBe('الوفاق');
    expect(Object.keys(text.occ).sort()).toEqual(['1.1:ar:0', '1.1:en:0', 'title:ar:0']);
  });
  it('has no unit for sentences without an id', () => {
    expect(Object.keys(text.units)).toEqual(['1.1']);
  });
});
