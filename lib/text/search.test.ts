import { describe, expect, test } from 'vitest';
import { arabicQueryKeys, buildSearchIndex, latinKey, searchGlossary, type SearchDoc } from './search';

const docs: SearchDoc[] = [
  { id: 'gna', category: 'institution', ar: ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'الوفاق'], en: ['Government of National Accord', 'GNA'], translit: 'ḥukūmat al-wifāq al-waṭanī' },
  { id: 'political-agreement', category: 'political', ar: ['الاتفاق السياسي'], en: ['Libyan Political Agreement', 'Skhirat agreement'], translit: 'al-ittifāq al-siyāsī' },
  { id: 'nafir', category: 'political', ar: ['حالة النفير', 'النفير'], en: ['state of general mobilisation'], translit: 'ḥālat al-nafīr' },
  { id: 'aguila-saleh', category: 'person', ar: ['عقيلة صالح'], en: ['Aguila Saleh'], translit: 'ʿAqīla Ṣāliḥ' },
  { id: 'misrata', category: 'place', ar: ['مصراتة', 'مصراته'], en: ['Misrata', 'Miṣrāta'], translit: 'Miṣrāta' },
];
const index = buildSearchIndex(docs);
const ids = (q: string, category?: string) => searchGlossary(index, q, category).map((h) => h.id);

describe('glossary search', () => {
  test.each([
    ['بالوفاق', ['gna']], // a preposition and the article: clitics stripped
    ['والوفاق', ['gna']],
    ['الوفاق', ['gna']],
    ['وفاق', ['gna']], // without the article
    ['الوِفاق', ['gna']], // diacritics ignored
    ['حكومه', ['gna']], // ه for ة
    ['النفير', ['nafir']],
    ['للنفير', ['nafir']], // ل + ال written لل
    ['مصراتة', ['misrata']],
    ['accord', ['gna']], // partial, case-insensitive English
    ['ACCORD', ['gna']],
    ['agreement', ['political-agreement']],
    ['misrata', ['misrata']], // accent-insensitive: Miṣrāta
    ['wifaq', ['gna']], // transliteration without its marks
    ['aqila', ['aguila-saleh']], // ʿ dropped
    ['zzz', []],
    ['اتفاق', ['political-agreement']],
  ])('%s → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  test('a whole form ranks above a partial match', () => {
    const hits = searchGlossary(index, 'gna');
    expect(hits[0]).toMatchObject({ id: 'gna', field: 'en', form: 'GNA', score: 3 });
  });

  test('the category filter narrows the results; an empty query lists the category', () => {
    expect(ids('ال', 'political').sort()).toEqual(['nafir', 'political-agreement']);
    expect(ids('', 'person')).toEqual(['aguila-saleh']);
    expect(ids('   ')).toHaveLength(docs.length);
  });

  test.each([
    ['بالوفاق', [['بالوفاق'], ['الوفاق', 'وفاق']]],
    ['لليبيا', [['لليبيا'], ['ليبيا', 'اليبيا', 'يبيا']]],
    ['الوفاق', [['الوفاق', 'وفاق']]],
    ['وقال', [['وقال'], ['قال']]],
  ])('query keys of %s, in tiers', (q, keys) => {
    expect(arabicQueryKeys(q)).toEqual(keys);
  });

  test.each([
    ['ḥukūmat al-wifāq', 'hukumat al wifaq'],
    ['ʿAqīla Ṣāliḥ', 'aqila salih'],
    ['Government  of—National', 'government of national'],
  ])('latin key of %s', (s, key) => {
    expect(latinKey(s)).toBe(key);
  });
});
