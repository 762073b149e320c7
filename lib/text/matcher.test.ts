import { describe, expect, test } from 'vitest';
import { DuplicateFormError, TermMatcher, type TermForms } from './matcher';

const AR: TermForms[] = [
  { termId: 'gna', forms: ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'الوفاق', 'حكومة السراج'] },
  { termId: 'presidential-council', forms: ['المجلس الرئاسي', 'مجلس رئاسي'] },
  { termId: 'presidential-guard', forms: ['الحرس الرئاسي', 'حرس رئاسي'] },
  { termId: 'house-of-representatives', forms: ['مجلس النواب', 'برلمان طبرق', 'مجلس نواب طبرق'] },
  { termId: 'isis', forms: ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم داعش', 'داعش'] },
  { termId: 'aguila-saleh', forms: ['عقيلة صالح', 'صالح'], notForms: ['لصالح'] },
  { termId: 'nafir', forms: ['حالة النفير', 'النفير'] },
  { termId: 'libya', forms: ['ليبيا'] },
  { termId: 'tripoli', forms: ['طرابلس'] },
  { termId: 'benghazi', forms: ['بنغازي'] },
  { termId: 'tobruk', forms: ['طبرق'] },
  { termId: 'misrata', forms: ['مصراته'] },
  { termId: 'bin-jawad', forms: ['بن جواد'] },
  { termId: 'foreign-intervention', forms: ['تدخلًا عسكريًا خارجيًا', 'تدخل عسكري أجنبي'] },
];
const ar = new TermMatcher('ar', AR);
const found = (text: string) => ar.find(text).map((s) => [s.surface, s.termId]);

describe('Arabic term finding', () => {
  test.each([
    // clitics: ل, لل (ل + ال), و + ل + ال, و, ب + ال
    ['لحكومة الوفاق الوطني', 'لحكومة الوفاق الوطني', 'gna'],
    ['للمجلس الرئاسي في طرابلس', 'للمجلس الرئاسي', 'presidential-council'],
    ['وللمجلس الرئاسي', 'وللمجلس الرئاسي', 'presidential-council'],
    ['تشكلت ومجلس رئاسي لها', 'ومجلس رئاسي', 'presidential-council'],
    ['بالوفاق', 'بالوفاق', 'gna'],
    ['قوة "حرس رئاسي" في', 'حرس رئاسي', 'presidential-guard'],
    ['التوجه لطرابلس قبل', 'لطرابلس', 'tripoli'],
    ['مدينتي مصراته وبنغازي،', 'وبنغازي', 'benghazi'],
    ['السواحل الوسطى لليبيا.', 'لليبيا', 'libya'],
    ['ولم تنل تلك الحكومة ثقة مجلس نواب طبرق المنحل', 'مجلس نواب طبرق', 'house-of-representatives'],
    ['رئيس برلمان طبرق الذي', 'برلمان طبرق', 'house-of-representatives'],
    ['الداعمة لحكومة السراج،', 'لحكومة السراج', 'gna'],
    ['وأعلنت كتائب مصراته، مؤخرًا، حالة النفير في', 'حالة النفير', 'nafir'],
    ['من بن جواد شرقًا', 'بن جواد', 'bin-jawad'],
    // diacritics, tatweel, hamza and ta marbuta variants, Persian letters
    ['حُكُومَةُ الوِفَاقِ الوَطَنِيِّ', 'حُكُومَةُ الوِفَاقِ الوَطَنِيِّ', 'gna'],
    ['حكومـــة الوفـــاق', 'حكومـــة الوفـــاق', 'gna'],
    ['مصراتة', 'مصراتة', 'misrata'],
    ['ليبیا', 'ليبیا', 'libya'],
    ['تنظيم الدولة الاسلامية', 'تنظيم الدولة الاسلامية', 'isis'],
    ['هل نشهد تدخلًا عسكريًا خارجيًا لإنقاذ', 'تدخلًا عسكريًا خارجيًا', 'foreign-intervention'],
    // a term split by a line break or extra spaces
    ['حكومة\nالوفاق   الوطني', 'حكومة\nالوفاق   الوطني', 'gna'],
  ])('%s → %s (%s)', (text, surface, termId) => {
    expect(found(text)).toContainEqual([surface, termId]);
  });

  test('the longest term wins', () => {
    expect(found('مع قوات تابعة لحكومة الوفاق الوطني.')).toEqual([['لحكومة الوفاق الوطني', 'gna']]);
    expect(found('مع اقتراب تنظيم الدولة الإسلامية "داعش" من')).toEqual([
      ['تنظيم الدولة الإسلامية', 'isis'],
      ['داعش', 'isis'],
    ]);
    expect(found('عقيلة صالح رئيس برلمان طبرق')).toEqual([
      ['عقيلة صالح', 'aguila-saleh'],
      ['برلمان طبرق', 'house-of-representatives'],
    ]);
  });

  test('false friends listed as data are not matched: لصالح is "in favour of"', () => {
    expect(found('انتهك مرارًا لصالح فصائل مسلحة')).toEqual([]);
    expect(found('يشجب سياسة صالح "المعرقلة"')).toEqual([['صالح', 'aguila-saleh']]);
  });

  test('never part of a word', () => {
    expect(found('الليبية')).toEqual([]);
    expect(found('طرابلسي')).toEqual([]);
    expect(found('وفاقهم')).toEqual([]);
  });

  test('punctuation between words ends a term', () => {
    expect(found('حكومة، الوفاق')).toEqual([['الوفاق', 'gna']]);
  });

  test('spans carry the clitics written on the first word', () => {
    expect(ar.find('وللمجلس الرئاسي')[0]).toMatchObject({ start: 0, end: 15, clitics: ['و', 'ل'], form: 'المجلس الرئاسي' });
  });

  test('offsets are UTF-16 indices into the text as given', () => {
    const text = 'نص 😀 عن طرابلس';
    const [span] = ar.find(text);
    expect(text.slice(span.start, span.end)).toBe('طرابلس');
  });

  test('two terms with the same normalised form are a data error', () => {
    expect(() => new TermMatcher('ar', [{ termId: 'a', forms: ['مصراتة'] }, { termId: 'b', forms: ['مصراته'] }])).toThrow(DuplicateFormError);
  });
});

const en = new TermMatcher('en', [
  { termId: 'gna', forms: ['Government of National Accord', 'GNA', 'unity government'] },
  { termId: 'misrata-brigades', forms: ['Misrata brigades', 'Misrata forces'] },
  { termId: 'misrata', forms: ['Misrata'] },
  { termId: 'nato', forms: ['NATO'] },
  { termId: 'united-states', forms: ['United States', 'US'] },
  { termId: 'us-treasury', forms: ['US Treasury Department'] },
  { termId: 'fayez-al-sarraj', forms: ['Fayez al-Sarraj'] },
  { termId: 'sanctions', forms: ['sanctions'] },
  { termId: 'armed-factions', forms: ['armed factions', 'militias'] },
]);
const foundEn = (text: string) => en.find(text).map((s) => [s.surface, s.termId]);

describe('English term finding', () => {
  test.each([
    ['the Government of National Accord said', 'Government of National Accord', 'gna'],
    ['the government of national accord', 'government of national accord', 'gna'],
    ["the GNA's forces", "GNA's", 'gna'],
    ['the GNA’s forces', 'GNA’s', 'gna'],
    ['Misrata’s port', 'Misrata’s', 'misrata'],
    ['the Misrata brigade', 'Misrata brigade', 'misrata-brigades'],
    ['imposed sanctions', 'sanctions', 'sanctions'],
    ['a new sanction', 'sanction', 'sanctions'],
    ['a militia', 'militia', 'armed-factions'],
    ['the US Treasury Department said', 'US Treasury Department', 'us-treasury'],
    ['Fayez al Sarraj', 'Fayez al Sarraj', 'fayez-al-sarraj'],
    ['Fayez al–Sarraj', 'Fayez al–Sarraj', 'fayez-al-sarraj'],
    ['joining NATO', 'NATO', 'nato'],
  ])('%s → %s (%s)', (text, surface, termId) => {
    expect(foundEn(text)).toContainEqual([surface, termId]);
  });

  test('acronyms match only in capitals', () => {
    expect(foundEn('tell us about nato')).toEqual([]);
  });

  test('never part of a word', () => {
    expect(foundEn('Misratan fighters')).toEqual([]);
  });
});

// Dotted abbreviations are one word (tokenize.ts) read without their full stops (english.ts): "U.S." is the form
// "US" and "F.B.I." is "FBI", and a form written with full stops matches either spelling.
const dotted = new TermMatcher('en', [
  { termId: 'united-states', forms: ['United States', 'US'] },
  { termId: 'us-supreme-court', forms: ['U.S. Supreme Court'] },
  { termId: 'fbi', forms: ['FBI'] },
]);
const foundDotted = (text: string) => dotted.find(text).map((s) => [s.surface, s.termId]);

describe('dotted abbreviations', () => {
  test.each([
    ['troops left the U.S. in May', [['U.S.', 'united-states']]],
    ['a U.S.-led coalition', [['U.S.', 'united-states']]],
    ['born in the U.S. The family moved', [['U.S.', 'united-states']]],
    ['born in the U.S.', [['U.S.', 'united-states']]],
    ["the F.B.I.'s background check", [["F.B.I.'s", 'fbi']]],
    ['the F.B.I. said', [['F.B.I.', 'fbi']]],
    ['the US Supreme Court ruled', [['US Supreme Court', 'us-supreme-court']]],
    ['the U.S. Supreme Court ruled', [['U.S. Supreme Court', 'us-supreme-court']]],
    ['in the US and the U.S', [['US', 'united-states'], ['U.S', 'united-states']]],
  ])('%s', (text, expected) => {
    expect(foundDotted(text)).toEqual(expected);
  });

  test('single initials, lower-case abbreviations and dotted names are not acronyms', () => {
    expect(foundDotted('George W. Bush, e.g. u.s. and www.us.fbi')).toEqual([]);
  });
});
