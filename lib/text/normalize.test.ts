import { describe, expect, test } from 'vitest';
import { foldLatin, normalizeArabic, stripTashkeel } from './normalize';

describe('normalizeArabic', () => {
  test.each([
    // diacritics: fatha, damma, kasra, sukun, shadda, tanween (three), dagger alef
    ['كَتَبَ', 'كتب'],
    ['تُطرح', 'تطرح'],
    ['بِ', 'ب'],
    ['مُسْلِم', 'مسلم'],
    ['الشَّرق', 'الشرق'],
    ['تدخلًا', 'تدخلا'],
    ['كتابٌ', 'كتاب'],
    ['كتابٍ', 'كتاب'],
    ['هٰذا', 'هذا'],
    // tatweel
    ['الوفـــاق', 'الوفاق'],
    // alef forms
    ['أمريكا', 'امريكا'],
    ['إيطاليا', 'ايطاليا'],
    ['آخر', 'اخر'],
    ['ٱلله', 'الله'],
    // alef maqsura, ta marbuta
    ['مستشفى', 'مستشفي'],
    ['مصراتة', 'مصراته'],
    // Persian letters
    ['ایران', 'ايران'],
    ['کتاب', 'كتاب'],
    // presentation forms and lam-alef ligature (NFKC)
    ['ﻻ', 'لا'],
    ['ﺑﻨﻐﺎﺯﻱ', 'بنغازي'],
    // zero-width and bidi controls
    ['ليب\u200Cيا', 'ليبيا'],
    ['\u200Fطرابلس\u200E', 'طرابلس'],
    ['\u202Bسرت\u202C', 'سرت'],
    ['\u2067سرت\u2069', 'سرت'],
    ['سر\u00ADت', 'سرت'],
    // quotes and digits
    ['«حرس»', '"حرس"'],
    ['“x”', '"x"'],
    ['٢٠١١', '2011'],
    ['۲۵', '25'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });
});

describe('stripTashkeel keeps letters, removes marks only', () => {
  test.each([
    ['تَدَخُّلًا عَسْكَرِيًّا', 'تدخلا عسكريا'],
    ['أُطرُوحة', 'أطروحة'],
    ['مصراته', 'مصراته'],
  ])('%s → %s', (input, expected) => {
    expect(stripTashkeel(input)).toBe(expected);
  });
});

describe('foldLatin', () => {
  test.each([
    ['Gjorgé', 'gjorge'],
    ['ḥukūmat al-wifāq', 'hukumat al-wifaq'],
    ['GNA’s', "gna's"],
  ])('%s → %s', (input, expected) => {
    expect(foldLatin(input)).toBe(expected);
  });
});
