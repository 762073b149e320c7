import { describe, expect, test } from 'vitest';
import { ready, unitCost, WEIGHTS, type Side } from './alignCost';

/** A side of sentences without anchors: their lengths, and which start a paragraph. */
function side(len: number[], paraStart: boolean[]): Side {
  const none = () => len.map(() => new Int32Array(0));
  const zeros = () => len.map(() => 0);
  return { len, paraStart, soft: len.map(() => false), cut: zeros(), numbers: none(), latin: none(), names: none(), terms: none(), lexicon: none(), questions: zeros(), quotes: zeros(), brackets: zeros() };
}

describe('unitCost: paragraph breaks', () => {
  const model = { ratio: 1, variance: 4 };
  const prior = 5;
  // Arabic: one sentence, then a paragraph; English: a sentence, a paragraph break, another sentence.
  const ar = ready(side([40, 60], [true, true]));
  const en = ready(side([40, 60], [true, true]));

  test('a one-sided unit at the very start of a text gets no bonus for ending at a shared break', () => {
    // Where the English has not begun, it has no break: position 0 is the start of the text, not a paragraph break.
    expect(unitCost(ar, en, 0, 1, 0, 0, prior, model)).toBe(prior);
    expect(unitCost(ar, en, 0, 0, 0, 1, prior, model)).toBe(prior);
  });

  test('a one-sided unit that ends where both texts break does get it', () => {
    expect(unitCost(ar, en, 0, 1, 1, 1, prior, model)).toBe(prior - WEIGHTS.sharedBreak);
  });
});
