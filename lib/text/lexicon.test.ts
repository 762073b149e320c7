import { afterEach, describe, expect, test } from 'vitest';
import { WEIGHTS } from './alignCost';
import { buildLexicon, lexiconConcepts, lexiconSize } from './lexicon';
import { alignSentences } from './sentenceAlign';

/** Whether an Arabic and an English word or phrase share a concept of the lexicon. */
const shares = (ar: string, en: string) => {
  const a = new Set(lexiconConcepts(ar, 'ar'));
  return lexiconConcepts(en, 'en').some((id) => a.has(id));
};

describe('lexiconConcepts', () => {
  test.each([
    // Clitics, the article, ة/ه and hamza forms, endings after a stem marked *.
    ['والحكومة', 'governments'],
    ['للحكومات', 'government'],
    ['الحكومية', 'the government'],
    ['وأعلنت', 'announced'],
    ['بالشرطة', "police's"],
    ['اعتقال', 'arrested'],
    ['القبض', 'arrests'],
    // Both month names, weekdays, numbers, countries and peoples.
    ['كانون الثاني', 'January'],
    ['يناير', 'Jan'],
    ['تشرين الأول', 'October'],
    ['يوم الأحد', 'Sunday'],
    ['ثلاثة', 'three'],
    ['ملايين', 'millions'],
    ['بالمئة', 'percent'],
    ['ألمانيا', 'German'],
    ['الألمانية', 'Germany'],
    ['الصينيين', 'Chinese'],
    ['مصر', 'Egyptian'],
    // Phrases and acronyms.
    ['الأمم المتحدة', 'the UN'],
    ['الولايات المتحدة', 'the U.S.'],
    ['المملكة المتحدة', 'the United Kingdom'],
    ['رئيس الوزراء', 'Prime Minister'],
    // Verbs and nouns of news.
    ['وقال', 'said'],
    ['مستشفى', 'hospital'],
    ['الانتخابات', 'elections'],
    ['أمطار', 'rainfall'],
    // A present-tense verb in any person, from its he-form.
    ['تعتقد', 'believed'],
    ['نعتقد', 'believe'],
    ['يعتقدون', 'believes'],
  ])('%s ~ %s', (ar, en) => {
    expect(shares(ar, en)).toBe(true);
  });

  test.each([
    ['الحكومة', 'police'],
    ['أحد', 'Sunday'], // "one, someone" without the article is not the weekday
    ['مايو', 'may'], // the modal verb is not the month
    ['ستكون', 'six'], // a future prefix is not a number
    ['كتاب', 'bank'],
    ['قال', 'state'],
    // The longest form wins: "news" is not new+s, "storm" not stor* (story), "planet" not plane*.
    ['جديد', 'news'],
    ['قصة', 'storm'],
    ['طائرة', 'planet'],
  ])('%s is not %s', (ar, en) => {
    expect(shares(ar, en)).toBe(false);
  });

  test('an English acronym matches only in capitals: "us" is not the U.S.', () => {
    expect(shares('أمريكا', 'US')).toBe(true);
    expect(shares('أمريكا', 'us')).toBe(false);
  });

  test('entries sharing an English form are one concept, so a word counts once', () => {
    const lex = buildLexicon(['اعتقال | arrest* ; القبض | arrest* detain*']);
    expect(lex.size).toBe(1);
    expect(lexiconConcepts('arrested', 'en')).toHaveLength(1);
  });

  test('a malformed entry is refused with its text', () => {
    expect(() => buildLexicon(['حكومة | government ; شرطة police'])).toThrow(/شرطة police/);
  });

  test('a few hundred concepts', () => {
    expect(lexiconSize()).toBeGreaterThan(400);
  });
});

describe('the lexicon as an anchor', () => {
  const saved = { ...WEIGHTS };
  afterEach(() => Object.assign(WEIGHTS, saved));

  // Five Arabic sentences of like length, with no number, name or Latin word; the English lacks the second. Only
  // the content words say which Arabic sentence has no counterpart.
  const AR = [
    'اعتقلت الشرطة رجلين في المدينة مساء أمس بعد الحادث.',
    'وقالت الحكومة إن الاقتصاد نما بسرعة هذا العام.',
    'ضربت عاصفة قوية الساحل يوم الخميس وأغلقت المطار.',
    'ونقل الأطباء الجرحى إلى المستشفى في سيارات الإسعاف.',
    'وستجرى الانتخابات في الربيع المقبل في كل البلاد.',
  ];
  const EN = [
    'Police arrested two men in the city last night after the incident.',
    'A powerful storm hit the coast on Thursday and closed the airport.',
    'Doctors took the wounded to hospital in ambulances.',
    'Elections will be held across the country next spring.',
  ];
  const units = () => alignSentences(AR.join(' '), EN.join(' ')).units.map((u) => [u.ar, u.en]);
  const right = [[[0, 1], [0, 1]], [[1, 2], [1, 1]], [[2, 3], [1, 2]], [[3, 4], [2, 3]], [[4, 5], [3, 4]]];

  test('decides which sentence the translation lacks', () => {
    expect(units()).toEqual(right);
  });

  test('without it, length alone gets the same case wrong', () => {
    WEIGHTS.lexiconMatch = 0;
    expect(units()).not.toEqual(right);
  });
});
