import { describe, expect, it } from 'vitest';
import { FullTextIndex, arabicWordKeys, englishWordKey, queryWordTiers } from './fulltext';

// [Arabic title, Arabic body, English title, English body]
const docs = [
  ['استفتاء على اسم مقدونيا', 'سوف يدلي الناخبون بأصواتهم بالاستفتاء يوم الأحد.', "Macedonians vote in a referendum on the country's name", 'Voters will vote Sunday.'],
  ['سمكة قرش تصيب صبيًا', 'هاجمت سمكة القرش الصبي في كاليفورنيا.', 'Shark injures boy', 'The shark attacked a boy diving for lobsters in California. The referendum was not mentioned.'],
  ['وزير الخارجية', 'قال الوزير إن الاتفاق صامد.', 'The foreign minister', 'The minister said the accord holds.'],
].map(([arTitle, arBody, enTitle, enBody]) => ({ title: { ar: arTitle, en: enTitle }, body: { ar: arBody, en: enBody } }));
const index = new FullTextIndex(docs);
const found = (q: string) => index.search(q).map((h) => h.doc);

describe('keys', () => {
  it.each([
    ['بالاستفتاء', ['بالاستفتاء', 'الاستفتاء', 'استفتاء']],
    ['الاستفتاء', ['الاستفتاء', 'استفتاء']],
    ['وَالوزير', ['والوزير', 'الوزير', 'وزير']],
  ])('%s is indexed under %j (among others)', (word, keys) => {
    for (const k of keys) expect(arabicWordKeys(word)).toContain(k);
  });

  it.each([
    ['Referendums', 'referendum'],
    ["country's", 'country'],
    ['CALIFORNIA', 'california'],
    ['Élysée', 'elysee'],
  ])('English %s → %s', (word, key) => expect(englishWordKey(word)).toBe(key));

  it('puts the written form first and clitic readings second', () => {
    const [exact, stripped] = queryWordTiers('والاستفتاء');
    expect(exact).toEqual(['والاستفتاء']);
    expect(stripped).toEqual(expect.arrayContaining(['الاستفتاء', 'استفتاء']));
  });
});

describe('search', () => {
  it.each([
    ['الاستفتاء', [0]],
    ['والاستفتاء', [0]],
    ['بالاستفتاء', [0]],
    ['الاستفتاءُ', [0]],
    ['للوزير', [2]],
    ['القرش', [1]],
    ['REFERENDUM', [0, 1]],
    ['referendums', [0, 1]],
    ['shark california', [1]],
    ['shark macedonia', []],
    ['', []],
    ['...', []],
  ])('%j finds %j', (q, docsFound) => expect(found(q)).toEqual(docsFound));

  it('ranks a title hit above a hit in the text', () => {
    const hits = index.search('referendum');
    expect(hits[0].doc).toBe(0);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('mixes languages in one query: every word must be found', () => {
    expect(found('استفتاء Macedonians')).toEqual([0]);
    expect(found('استفتاء shark')).toEqual([]);
  });
});
