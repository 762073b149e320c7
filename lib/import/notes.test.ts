import { describe, expect, test } from 'vitest';
import { buildArticle } from './build';
import { ImportRefusal } from './clean';
import { parseNotes, placeNotes } from './notes';

const ARTICLE = {
  paragraphs: [
    { sentences: [{ ar: 'قال الرئيس إن 12 وزيرًا سيحضرون.', en: 'The president said 12 ministers would attend.' }] },
    { sentences: [{ ar: 'وصل الوزراء إلى   جامعة ولاية أريزونا.', en: ['The ministers reached LSU.', 'They met there.'] }, { ar: 'وقال الرئيس كلمة.', en: 'The president spoke.' }] },
  ],
};
const NOTE = 'kind: slip\n  ar: ملاحظة.\n  en: A note.';

describe('parseNotes', () => {
  test('reads a list of notes, each by an Arabic or an English piece', () => {
    expect(parseNotes('n.yaml', `- find: جامعة ولاية\n  ${NOTE}\n- find-en: They met\n  ${NOTE}`)).toEqual([
      { find: 'جامعة ولاية', kind: 'slip', ar: 'ملاحظة.', en: 'A note.' },
      { 'find-en': 'They met', kind: 'slip', ar: 'ملاحظة.', en: 'A note.' },
    ]);
    expect(parseNotes('n.yaml', '')).toEqual([]);
  });

  test.each([
    ['not a list', 'find: x', /n\.yaml.*expected array/],
    ['no piece', `- ${NOTE}`, /n\.yaml.*\[0\].*exactly one of "find"/],
    ['both pieces', `- find: a\n  find-en: b\n  ${NOTE}`, /exactly one of "find"/],
    ['an unknown kind', '- find: a\n  kind: typo\n  ar: x\n  en: y', /n\.yaml.*\[0\]\.kind/],
    ['a missing translation', '- find: a\n  kind: slip\n  ar: x', /n\.yaml.*\[0\]\.en/],
    ['an empty text', `- find: "  "\n  ${NOTE}`, /\[0\]\.find.*must not be empty/],
    ['an unknown key', `- find: a\n  at: "1.1"\n  ${NOTE}`, /\[0\]\.at/],
    ['broken YAML', '- find: [a\n', /n\.yaml.*line/],
  ])('refuses %s, naming the file and the note', (_, source, message) => {
    expect(() => parseNotes('n.yaml', source)).toThrow(ImportRefusal);
    expect(() => parseNotes('n.yaml', source)).toThrow(message);
  });
});

describe('placeNotes', () => {
  const spec = { kind: 'slip' as const, ar: 'ملاحظة.', en: 'A note.' };

  test('puts each note on the one sentence that holds its piece (whitespace runs count as one space)', () => {
    expect(placeNotes(ARTICLE, [{ ...spec, find: 'جامعة  ولاية أريزونا' }, { ...spec, 'find-en': 'The president spoke' }, { ...spec, 'find-en': 'LSU. They met' }], 'n.yaml')).toEqual([
      { at: '2.1', ...spec },
      { at: '2.2', ...spec },
      { at: '2.1', ...spec },
    ]);
  });

  test('refuses a piece found in no sentence, or in several', () => {
    expect(() => placeNotes(ARTICLE, [{ ...spec, find: 'الحكومة' }], 'n.yaml')).toThrow(/n\.yaml: note 1 \(find "الحكومة"\) is in no Arabic sentence/);
    expect(() => placeNotes(ARTICLE, [{ ...spec, 'find-en': 'the prime minister' }], 'n.yaml')).toThrow(/in no English sentence/);
    expect(() => placeNotes(ARTICLE, [{ ...spec, find: 'الرئيس' }], 'n.yaml')).toThrow(/in 2 sentences \(1\.1, 2\.2\): quote more/);
  });

  test('buildArticle writes the placed notes into the article, where the content schema accepts them', () => {
    const META = { original: 'en' as const, date: '2018-10', source: { ar: 'مصدر.', en: 'A source.' }, paragraphs: 'lines' as const };
    const { article } = buildArticle('العنوان\nقال الرئيس إن 12 وزيرًا سيحضرون.\nوقال الرئيس كلمة قصيرة.', 'The title\nThe president said 12 ministers would attend.\nThe president spoke briefly.', {
      ...META,
      notes: [{ ...spec, find: 'كلمة قصيرة' }],
    });
    expect(article.notes).toEqual([{ at: '2.1', ...spec }]);
    expect(buildArticle('العنوان\nقال الرئيس.', 'The title\nThe president spoke.', META).article).not.toHaveProperty('notes');
  });
});
