import { describe, expect, test } from 'vitest';
import { wordsToNotes } from './anki';

const entries = { gna: { ar: 'حكومة الوفاق الوطني', en: 'Government of National Accord', translit: 'ḥukūmat al-wifāq al-waṭanī', gloss: 'Libya’s UN-backed unity government', category: 'institution' as const } };
const context = { ar: 'لإنقاذ هذه المدينة الأهم لحكومة الوفاق الوطني الليبية.', en: "the most important one for Libya's Government of National Accord", href: '/en/articles/misrata-foreign-intervention#p1' };

describe('saved words as Anki notes', () => {
  test('saved from the Arabic column: Arabic on the front', () => {
    expect(wordsToNotes([{ termId: 'gna', lang: 'ar', context, savedAt: '' }], entries)).toEqual([
      {
        front: 'حكومة الوفاق الوطني',
        back: 'Government of National Accord (ḥukūmat al-wifāq al-waṭanī)\nLibya’s UN-backed unity government',
        context: `${context.ar}\n${context.en}`,
        tags: ['mizan', 'institution', 'misrata-foreign-intervention'],
      },
    ]);
  });

  test('saved from the English column: English on the front, English sentence first', () => {
    const [note] = wordsToNotes([{ termId: 'gna', lang: 'en', context, savedAt: '' }], entries);
    expect(note.front).toBe('Government of National Accord');
    expect(note.back).toBe('حكومة الوفاق الوطني (ḥukūmat al-wifāq al-waṭanī)\nLibya’s UN-backed unity government');
    expect(note.context).toBe(`${context.en}\n${context.ar}`);
  });

  test('an entry no longer in the glossary keeps its surface', () => {
    expect(wordsToNotes([{ termId: 'gone', surface: 'وداعش', lang: 'ar', savedAt: '' }], entries)).toEqual([{ front: 'وداعش', back: '', context: '', tags: ['mizan'] }]);
  });
});
