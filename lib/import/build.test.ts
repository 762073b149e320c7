import { describe, expect, test } from 'vitest';
import { buildArticle } from './build';
import { arabicShare, cleanText } from './clean';

const META = { original: 'ar' as const, date: '2016-05', source: { ar: 'مصدر.', en: 'A source.' } };

describe('cleanText', () => {
  test('strips BOM, CR, zero-width and bidi controls, keeps the text', () => {
    expect(cleanText('\uFEFFقال\u200F \u202Bالرئيس\u202C\r\nسطر\u200B ثان\u2066x\u2069\r')).toBe('قال الرئيس\nسطر ثانx\n');
  });
  test('arabicShare counts letters only', () => {
    expect(arabicShare('قال 123 CNN')).toBeCloseTo(3 / 6);
  });
});

describe('buildArticle', () => {
  const ar = '# العنوان\n\nقال الرئيس إن 12 وزيرًا سيحضرون. ولم يصدر أي تعليق من المعارضة.\n\nهل ستنجح الحكومة؟';
  const en = 'The title\n\nThe president said 12 ministers would attend.\n\nWill the government succeed?';

  test('titles from the first line (a Markdown heading), paragraphs from blank lines, the format of article.yaml', () => {
    const { article, report } = buildArticle(ar, en, META);
    expect(article.title).toEqual({ ar: 'العنوان', en: 'The title' });
    expect(article.paragraphs).toEqual([
      { sentences: [{ ar: 'قال الرئيس إن 12 وزيرًا سيحضرون. ولم يصدر أي تعليق من المعارضة.', en: 'The president said 12 ministers would attend.' }] },
      { sentences: [{ ar: 'هل ستنجح الحكومة؟', en: 'Will the government succeed?' }] },
    ]);
    expect(report).toMatchObject({ units: 2, paragraphs: 2 });
  });

  test('a sentence with no counterpart joins its neighbour and is reported for the editor', () => {
    const ar = ['قال رئيس الوزراء إن الحكومة ستعقد اجتماعًا طارئًا يوم الأحد لمناقشة الأزمة.', 'ولم يصدر أي تعليق من المعارضة حتى الآن.', 'وصل ١٢ زائرًا إلى المدينة يوم الاثنين.', 'وغادر ٣٠ زائرًا المدينة يوم الثلاثاء.', 'وبقي ٤٥ زائرًا في المدينة يوم الأربعاء.'];
    const en = ['The prime minister said the government would hold an emergency meeting on Sunday to discuss the crisis.', 'There has been no comment from the opposition so far.', 'Some 12 visitors reached the city on Monday.', 'Some 45 visitors stayed in the city on Wednesday.'];
    const { article, report } = buildArticle(`العنوان\n\n${ar.join(' ')}`, `The title\n\n${en.join(' ')}`, META);
    expect(article.paragraphs[0].sentences[2]).toEqual({ ar: `${ar[2]} ${ar[3]}`, en: en[2] });
    expect(report.items).toEqual([expect.objectContaining({ at: '1.3', kinds: expect.arrayContaining(['one-sided']), ar: `${ar[2]} ${ar[3]}` })]);
  });

  test('one Arabic sentence with two English ones becomes a list', () => {
    const { article } = buildArticle('العنوان\nقال الرئيس إن 12 وزيرًا سيحضرون الاجتماع في العاصمة يوم الأحد المقبل.', 'The title\nThe president said 12 ministers would attend. The meeting is in the capital next Sunday.', META);
    expect(article.paragraphs[0].sentences[0].en).toEqual(['The president said 12 ministers would attend.', 'The meeting is in the capital next Sunday.']);
  });

  test('titles given explicitly leave the whole file as the body', () => {
    const { article } = buildArticle('قال الرئيس.', 'The president spoke.', { ...META, title: { ar: 'عنوان', en: 'A title' } });
    expect(article.title).toEqual({ ar: 'عنوان', en: 'A title' });
    expect(article.paragraphs[0].sentences).toEqual([{ ar: 'قال الرئيس.', en: 'The president spoke.' }]);
  });
});
