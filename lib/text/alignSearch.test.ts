import { describe, expect, test } from 'vitest';
import { MAY_SHARE, ready, unitCost, type Side } from './alignCost';
import { mayShare, piecePairs } from './alignSearch';

/** A side of n pieces whose anchor lists draw from a few ids, so that neighbouring pieces often share some. */
function side(n: number, random: () => number): Side {
  const list = () => Int32Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * 12)).sort();
  const pieces = Array.from({ length: n });
  return {
    len: pieces.map(() => 20 + Math.floor(random() * 80)),
    paraStart: pieces.map((_, k) => k === 0 || random() < 0.2),
    soft: pieces.map((_, k) => k > 0 && random() < 0.2),
    cut: pieces.map(() => 0),
    numbers: pieces.map(list),
    latin: pieces.map(list),
    names: pieces.map(list),
    terms: pieces.map(list),
    lexicon: pieces.map(list),
    questions: pieces.map(() => (random() < 0.1 ? 1 : 0)),
    quotes: pieces.map(() => (random() < 0.1 ? 2 : 0)),
    brackets: pieces.map(() => 0),
  };
}

describe('piecePairs: the anchors a unit may share, from its piece pairs', () => {
  test('a unit costs the same with the bits as with every count looked up', () => {
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const a = side(14, random);
    const e = side(12, random);
    // The whole table as the band, and a narrow band around the diagonal (pairs outside it: all bits).
    const whole = { lo: new Int32Array(15), hi: new Int32Array(15).fill(12) };
    const narrow = { lo: Int32Array.from({ length: 15 }, (_, i) => Math.max(0, i - 3)), hi: Int32Array.from({ length: 15 }, (_, i) => Math.min(12, i + 2)) };
    for (const { lo, hi } of [whole, narrow]) expectSameCosts(a, e, piecePairs(a, e, lo, hi));
  });
});

function expectSameCosts(a: Side, e: Side, pairs: ReturnType<typeof piecePairs>): void {
  const ar = ready(a);
  const en = ready(e);
  const model = { ratio: 1.1, variance: 4 };
  let cleared = 0;
  for (let i0 = 0; i0 < 14; i0++) {
    for (let i1 = i0; i1 <= Math.min(14, i0 + 5); i1++) {
      for (let j0 = 0; j0 < 12; j0++) {
        for (let j1 = j0; j1 <= Math.min(12, j0 + 5); j1++) {
          // The search passes no bits for a one-sided unit.
          const bits = i0 < i1 && j0 < j1 ? mayShare(pairs, i0, i1, j0, j1) : 0;
          if (bits !== MAY_SHARE.all && i0 < i1 && j0 < j1) cleared++;
          expect(unitCost(ar, en, i0, i1, j0, j1, 1, model, bits)).toBe(unitCost(ar, en, i0, i1, j0, j1, 1, model));
        }
      }
    }
  }
  // The test means something only if many units had a kind cleared.
  expect(cleared).toBeGreaterThan(300);
}
