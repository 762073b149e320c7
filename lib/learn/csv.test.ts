import { describe, expect, test } from 'vitest';
import { ankiCsv, csvField, toCsv } from './csv';

describe('CSV fields (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['حكومة الوفاق الوطني', 'حكومة الوفاق الوطني'],
    ['a, b', '"a, b"'],
    ['الحكومة، والمجلس', 'الحكومة، والمجلس'], // the Arabic comma is not a separator
    ['قوة "حرس رئاسي"', '"قوة ""حرس رئاسي"""'],
    ['«داعش», "IS"', '"«داعش», ""IS"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  test('records end with CRLF, fields are joined by commas', () => {
    expect(toCsv([['أ', 'b, c'], ['"', '']])).toBe('أ,"b, c"\r\n"""",\r\n');
  });
});

describe('Anki CSV', () => {
  test('header lines, then one note a line with Arabic intact', () => {
    const csv = ankiCsv([
      { front: 'لحكومة الوفاق الوطني', back: 'Government of National Accord, "GNA"', context: 'تُطرح من جديد فرضية تدخل عسكري، لإنقاذ المدينة.\nThe possibility is being raised.', tags: ['mizan', 'institution', 'misrata-foreign-intervention'] },
    ]);
    expect(csv).toBe(
      '#separator:comma\r\n#html:false\r\n#columns:Front,Back,Context,Tags\r\n#tags column:4\r\n' +
        'لحكومة الوفاق الوطني,"Government of National Accord, ""GNA""","تُطرح من جديد فرضية تدخل عسكري، لإنقاذ المدينة.\nThe possibility is being raised.",mizan institution misrata-foreign-intervention\r\n',
    );
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('a tag with spaces becomes one tag', () => {
    expect(ankiCsv([{ front: 'a', back: 'b', context: '', tags: ['armed group', ' x '] }])).toMatch(/a,b,,armed_group x\r\n$/);
  });
});
