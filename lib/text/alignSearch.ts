import { COMMON_SHAPE_COST, MAX_SENTENCES, MAY_SHARE as SHARE, ready, SHAPE_COST as ALL_SHAPES, unitCost as costOfUnit, type Model, type Side } from './alignCost';

/** Arabic pieces [ar[0], ar[1]) with English pieces [en[0], en[1]); an empty range is a one-sided unit. */
export type PieceUnit = { ar: [number, number]; en: [number, number]; score: number };

/** At most this many pieces on one side of a unit (a unit holds at most MAX_SENTENCES sentences a side). */
const MAX_PIECES = 5;
const SLOTS = (MAX_PIECES + 1) * (MAX_PIECES + 1);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function logAddExp(a: number, b: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const m = Math.min(a, b);
  return m - Math.log(Math.exp(m - a) + Math.exp(m - b));
}

/**
 * Per position i of a side (i pieces consumed), the units that may end there (backward) or start there (forward):
 * entries [at[i], at[i + 1]) of `pieces` and `sentences`, the first (0, 0). Pieces joined at a soft boundary inside
 * a unit count as one sentence, so the shape's prior is that of the sentences.
 */
type Steps = { at: Int32Array; pieces: Int8Array; sentences: Int8Array };

function steps(side: Side, forward: boolean): Steps {
  const n = side.len.length;
  const at = new Int32Array(n + 2);
  const pieces: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i <= n; i++) {
    at[i] = pieces.length;
    pieces.push(0);
    counts.push(0);
    let sentences = 0;
    for (let d = 1; d <= MAX_PIECES && (forward ? i + d <= n : i - d >= 0); d++) {
      // The piece the step adds: the next one forward; backward, the one before, which turns the piece after it
      // from a start into a continuation.
      if (d === 1 || !side.soft[forward ? i + d - 1 : i - d + 1]) sentences++;
      if (sentences > MAX_SENTENCES) break;
      pieces.push(d);
      counts.push(sentences);
    }
  }
  at[n + 1] = pieces.length;
  return { at, pieces: Int8Array.from(pieces), sentences: Int8Array.from(counts) };
}

/**
 * Band of English positions per Arabic position: around a guide (the path of a first alignment) or else around the
 * diagonal of cumulative length, with a margin; never disconnected.
 */
function band(ar: Side, en: Side, guide: PieceUnit[] | undefined): { lo: Int32Array; hi: Int32Array } {
  const n = ar.len.length;
  const m = en.len.length;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  if (guide) {
    const width = 6 + Math.ceil(0.005 * Math.max(n, m));
    lo.fill(m);
    for (const u of guide) {
      // A unit covers rows ar[0]..ar[1] and columns en[0]..en[1].
      for (let i = u.ar[0]; i <= u.ar[1]; i++) {
        lo[i] = Math.min(lo[i], Math.max(0, u.en[0] - width));
        hi[i] = Math.max(hi[i], Math.min(m, u.en[1] + width));
      }
    }
  } else {
    const width = 8 + Math.ceil(0.025 * Math.max(n, m));
    const totalE = sum(en.len) || 1;
    const totalA = sum(ar.len) || 1;
    let j = 0;
    let cumA = 0;
    let cumE = 0;
    for (let i = 0; i <= n; i++) {
      const target = (cumA / totalA) * totalE;
      while (j < m && cumE + en.len[j] / 2 < target) cumE += en.len[j++];
      lo[i] = Math.max(0, j - width);
      hi[i] = Math.min(m, j + width);
      if (i < n) cumA += ar.len[i];
    }
  }
  hi[n] = m;
  lo[0] = 0;
  for (let i = 1; i <= n; i++) {
    lo[i] = Math.max(lo[i], lo[i - 1]);
    hi[i] = Math.max(hi[i], hi[i - 1]);
    lo[i] = Math.min(lo[i], hi[i - 1]);
  }
  return { lo, hi };
}

// Local copies: a module's import can be a getter call per use once compiled to CommonJS (tsx, Vitest).
const MAY_SHARE = { ...SHARE };
const ALL = SHARE.all;

/** Whether two sorted lists have an item in common. */
function meet(a: Int32Array, b: Int32Array): boolean {
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) return true;
    if (a[x] < b[y]) x++;
    else y++;
  }
  return false;
}

/**
 * For each Arabic piece i, the English pieces [lo[i], hi[i]] a unit of the band may pair it with, and per such pair
 * the kinds of anchor (MAY_SHARE bits) the two pieces have in common, at mask[off[i] + j]. A unit's two sides share
 * an item of a kind only if one of its piece pairs does; most pairs in a band share nothing, so most units need no
 * count of shared items.
 */
type PiecePairs = { lo: Int32Array; hi: Int32Array; off: Int32Array; mask: Uint8Array };

export function piecePairs(ar: Side, en: Side, lo: Int32Array, hi: Int32Array): PiecePairs {
  const n = ar.len.length;
  const m = en.len.length;
  const pairs = { lo: new Int32Array(n), hi: new Int32Array(n), off: new Int32Array(n), mask: new Uint8Array(0) };
  let size = 0;
  for (let i = 0; i < n; i++) {
    // Units holding piece i end at rows i + 1 .. i + MAX_PIECES, whose bands only move forward.
    pairs.lo[i] = Math.max(0, lo[i + 1] - MAX_PIECES);
    pairs.hi[i] = Math.min(m - 1, hi[Math.min(n, i + MAX_PIECES)] - 1);
    pairs.off[i] = size - pairs.lo[i];
    size += Math.max(0, pairs.hi[i] - pairs.lo[i] + 1);
  }
  pairs.mask = new Uint8Array(size);
  for (let i = 0; i < n; i++) {
    for (let j = pairs.lo[i]; j <= pairs.hi[i]; j++) {
      let bits = 0;
      if (meet(ar.numbers[i], en.numbers[j])) bits |= MAY_SHARE.numbers;
      if (meet(ar.latin[i], en.latin[j])) bits |= MAY_SHARE.latin;
      if (meet(en.names[j], ar.names[i])) bits |= MAY_SHARE.names;
      if (meet(ar.terms[i], en.terms[j])) bits |= MAY_SHARE.terms;
      pairs.mask[pairs.off[i] + j] = bits;
    }
  }
  return pairs;
}

/** The kinds of anchor Arabic pieces [i0, i1) and English pieces [j0, j1) may share (all, for a pair not listed). */
export function mayShare(pairs: PiecePairs, i0: number, i1: number, j0: number, j1: number): number {
  if (i1 === i0 + 1 && j1 === j0 + 1) return j0 >= pairs.lo[i0] && j0 <= pairs.hi[i0] ? pairs.mask[pairs.off[i0] + j0] : ALL;
  let bits = 0;
  for (let i = i0; i < i1; i++) {
    const lo = pairs.lo[i];
    const hi = pairs.hi[i];
    const off = pairs.off[i];
    for (let j = j0; j < j1; j++) bits |= j >= lo && j <= hi ? pairs.mask[off + j] : ALL;
  }
  return bits;
}

/**
 * Dynamic programming over the band: the cheapest path (Viterbi) and, with scores, forward and backward, the sum
 * over all paths, so that each chosen unit gets its posterior probability as its confidence. Without a guide the
 * band follows the diagonal of cumulative length, wide; with one, it follows the guide's path, narrow. The cells of
 * the band are laid out row after row in flat arrays (row i's cell j at off[i] + j).
 */
export function alignSpan(arSide: Side, enSide: Side, model: Model, withScores: boolean, guide?: PieceUnit[]): PieceUnit[] {
  const ar = ready(arSide);
  const en = ready(enSide);
  // A local binding: a module's import can be a getter call per use once compiled to CommonJS (tsx, Vitest).
  const unitCost = costOfUnit;
  const n = ar.len.length;
  const m = en.len.length;
  if (n === 0 || m === 0) {
    const units: PieceUnit[] = [];
    for (let i = 0; i < n; i++) units.push({ ar: [i, i + 1], en: [0, 0], score: 1 });
    for (let j = 0; j < m; j++) units.push({ ar: [0, 0], en: [j, j + 1], score: 1 });
    return units;
  }
  const shapes = withScores ? ALL_SHAPES : COMMON_SHAPE_COST;
  const SHAPE = Float64Array.from({ length: (MAX_SENTENCES + 1) ** 2 }, (_, k) => shapes[Math.floor(k / (MAX_SENTENCES + 1))][k % (MAX_SENTENCES + 1)]);
  const { lo, hi } = band(ar, en, guide);
  const pairs = piecePairs(ar, en, lo, hi);
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + hi[i] - lo[i] + 1;
  for (let i = 0; i <= n; i++) off[i] -= lo[i];
  const cells = off[n] + hi[n] + 1;
  const backA = steps(ar, false);
  const backE = steps(en, false);
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const alpha = withScores ? new Float64Array(cells).fill(Infinity) : best;
  // With scores, each unit's cost as the forward pass found it, kept (as 32-bit floats) for the backward pass and
  // the posteriors: slot (cell, Arabic pieces, English pieces).
  const costs = new Float32Array(withScores ? cells * SLOTS : 0);
  best[0] = 0;
  alpha[0] = 0;
  for (let i = 0; i <= n; i++) {
    const x0 = backA.at[i];
    const x1 = backA.at[i + 1];
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const y0 = backE.at[j];
      const y1 = backE.at[j + 1];
      const cell = off[i] + j;
      let b = Infinity;
      let bk = -1;
      let a = Infinity;
      for (let x = x0; x < x1; x++) {
        const da = backA.pieces[x];
        const pi = i - da;
        const plo = lo[pi];
        const phi = hi[pi];
        const row = off[pi];
        const shapeRow = backA.sentences[x] * (MAX_SENTENCES + 1);
        for (let y = y0; y < y1; y++) {
          const prior = SHAPE[shapeRow + backE.sentences[y]];
          if (prior === Infinity) continue;
          const de = backE.pieces[y];
          const pj = j - de;
          if (pj < plo || pj > phi) continue;
          const prevBest = best[row + pj];
          if (prevBest === Infinity) continue;
          // A one-sided unit shares nothing (unitCost looks nothing up for it).
          const c = unitCost(ar, en, pi, i, pj, j, prior, model, pi < i && pj < j ? mayShare(pairs, pi, i, pj, j) : 0);
          if (prevBest + c < b) {
            b = prevBest + c;
            bk = da * (MAX_PIECES + 1) + de;
          }
          if (withScores) {
            costs[cell * SLOTS + da * (MAX_PIECES + 1) + de] = c;
            a = logAddExp(a, alpha[row + pj] + c);
          }
        }
      }
      best[cell] = b;
      back[cell] = bk;
      if (withScores) alpha[cell] = a;
    }
  }
  const beta = withScores ? backward(n, m, lo, hi, off, best, costs, SHAPE, steps(ar, true), steps(en, true)) : best;
  const total = alpha[off[n] + m];
  const units: PieceUnit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[off[i] + j];
    const da = Math.floor(k / (MAX_PIECES + 1));
    const de = k % (MAX_PIECES + 1);
    const pi = i - da;
    const pj = j - de;
    const c = withScores ? costs[(off[i] + j) * SLOTS + k] : 0;
    const posterior = withScores ? Math.exp(total - (alpha[off[pi] + pj] + c + beta[off[i] + j])) : 1;
    units.push({ ar: [pi, i], en: [pj, j], score: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return units.reverse();
}

/**
 * The backward sums (beta): per cell, the log-sum over all paths from it to the end, with the costs the forward pass
 * kept. A cell the forward pass could not reach keeps Infinity: no path through it counts, so its sum is never read.
 */
function backward(n: number, m: number, lo: Int32Array, hi: Int32Array, off: Int32Array, best: Float64Array, costs: Float32Array, SHAPE: Float64Array, nextA: Steps, nextE: Steps): Float64Array {
  const beta = new Float64Array(best.length).fill(Infinity);
  beta[off[n] + m] = 0;
  for (let i = n; i >= 0; i--) {
    const x0 = nextA.at[i];
    const x1 = nextA.at[i + 1];
    for (let j = hi[i]; j >= lo[i]; j--) {
      if ((i === n && j === m) || best[off[i] + j] === Infinity) continue;
      const y0 = nextE.at[j];
      const y1 = nextE.at[j + 1];
      let v = Infinity;
      for (let x = x0; x < x1; x++) {
        const da = nextA.pieces[x];
        const ni = i + da;
        const shapeRow = nextA.sentences[x] * (MAX_SENTENCES + 1);
        for (let y = x === x0 ? y0 + 1 : y0; y < y1; y++) {
          const de = nextE.pieces[y];
          const nj = j + de;
          if (SHAPE[shapeRow + nextE.sentences[y]] === Infinity || nj < lo[ni] || nj > hi[ni]) continue;
          const cell = off[ni] + nj;
          const next = beta[cell];
          if (next !== Infinity && best[cell] !== Infinity) v = logAddExp(v, next + costs[cell * SLOTS + da * (MAX_PIECES + 1) + de]);
        }
      }
      beta[off[i] + j] = v;
    }
  }
  return beta;
}
