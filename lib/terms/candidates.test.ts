import { describe, expect, it } from 'vitest';
import { arabicMiningKey, arabicNgrams, logLikelihood, mineCandidates, type AlignedUnit } from './candidates';
import { englishNgrams } from './english';

describe('englishNgrams', () => {
  it('takes names, their parts and lower-case noun phrases, not function words', () => {
    const grams = englishNgrams("The Supreme Court heard Brett Kavanaugh's case on social media.");
    expect([...grams.values()]).toEqual(expect.arrayContaining(['Supreme Court', 'Brett Kavanaugh', 'Kavanaugh', 'social media']));
    expect(grams.has('the')).toBe(false);
    expect(grams.get('brett kavanaugh')).toBe('Brett Kavanaugh');
  });
  it('keeps connectors inside a name only', () => {
    expect([...englishNgrams('The House of Commons voted.').values()]).toContain('House of Commons');
    expect([...englishNgrams('The House of Commons voted.').values()]).not.toContain('House of');
  });
});

describe('Arabic keys', () => {
  const lexicon = new Map([
    ['ترامب', 10],
    ['وترامب', 1],
    ['فورد', 9],
    ['ورد', 2],
  ]);
  it.each([
    ['وترامب', 'ترامب'],
    ['فورد', 'فورد'],
    ['وزير', 'وزير'],
  ])('%s → %s', (word, key) => expect(arabicMiningKey(word, lexicon)).toBe(key));
  it('n-grams do not begin or end with a function word', () => {
    const grams = arabicNgrams('قال ترامب في البيت الأبيض', new Map());
    expect(grams).toContain('البيت الابيض');
    expect(grams).not.toContain('في البيت');
  });
});

describe('mineCandidates', () => {
  const units: AlignedUnit[] = [
    ['Trump met Brett Kavanaugh at the White House.', 'التقى ترامب بريت كافانو في البيت الأبيض.'],
    ['Brett Kavanaugh spoke to the Senate.', 'وتحدث بريت كافانو إلى مجلس الشيوخ.'],
    ['The Senate voted and Trump was pleased.', 'وصوت مجلس الشيوخ وكان ترامب سعيدًا.'],
    ['Trump left the White House.', 'وغادر ترامب البيت الأبيض.'],
    ['It rained.', 'أمطرت.'],
  ].map(([en, ar], i) => ({ doc: `d${i % 2}`, id: String(i), en, ar }));

  it('pairs recurring names with their Arabic and ranks them', () => {
    const pairs = mineCandidates(units).map((c) => `${c.en} ↔ ${c.ar}`);
    expect(pairs).toEqual(expect.arrayContaining(['Trump ↔ ترامب', 'Brett Kavanaugh ↔ بريت كافانو', 'White House ↔ البيت الابيض', 'Senate ↔ مجلس الشيوخ']));
    expect(pairs).not.toContain('Brett ↔ بريت');
  });
  it('gives frequency, documents and examples', () => {
    const trump = mineCandidates(units).find((c) => c.en === 'Trump')!;
    expect(trump).toMatchObject({ freq: 3, docs: 2 });
    expect(trump.examples[0].en).toContain('Trump');
  });
  it('leaves out what the glossary has', () => {
    const known = { ar: new Set(['ترامب']), en: new Set<string>() };
    expect(mineCandidates(units, { known }).map((c) => c.en)).not.toContain('Trump');
  });
  it('log-likelihood is 0 for independence and grows with association', () => {
    expect(logLikelihood(25, 50, 50, 100)).toBeCloseTo(0);
    expect(logLikelihood(10, 10, 10, 100)).toBeGreaterThan(logLikelihood(5, 10, 10, 100));
  });
});
