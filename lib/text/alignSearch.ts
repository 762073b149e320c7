import { COMMON_SHAPE_COST, MAX_SENTENCES, ready, SHAPE_COST as ALL_SHAPES, unitCost as costOfUnit, type Model, type Side } from './alignCost';

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
 * pairs (pieces, sentences), the first (0, 0). Pieces joined at a soft boundary inside a unit count as one
 * sentence, so the shape's prior is that of the sentences.
 */
function steps(side: Side, forward: boolean): Int8Array[] {
  const n = side.len.length;
  const out: Int8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const list = [0, 0];
    let sentences = 0;
    for (let d = 1; d <= MAX_PIECES && (forward ? i + d <= n : i - d >= 0); d++) {
      // The piece the step adds: the next one forward; backward, the one before, which turns the piece after it
      // from a start into a continuation.
      if (d === 1 || !side.soft[forward ? i + d - 1 : i - d + 1]) sentences++;
      if (sentences > MAX_SENTENCES) break;
      list.push(d, sentences);
    }
    out.push(Int8Array.from(list));
  }
  return out;
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

/**
 * Dynamic programming over the band: the cheapest path (Viterbi) and, with scores, forward and backward, the sum
 * over all paths, so that each chosen unit gets its posterior probability as its confidence. Without a guide the
 * band follows the diagonal of cumulative length, wide; with one, it follows the guide's path, narrow.
 */
export function alignSpan(arSide: Side, enSide: Side, model: Model, withScores: boolean, guide?: PieceUnit[]): PieceUnit[] {
  const ar = ready(arSide);
  const en = ready(enSide);
  const unitCost = costOfUnit;
  const n = ar.len.length;
  const m = en.len.length;
  if (n === 0 || m === 0) {
    const units: PieceUnit[] = [];
    for (let i = 0; i < n; i++) units.push({ ar: [i, i + 1], en: [0, 0], score: 1 });
    for (let j = 0; j < m; j++) units.push({ ar: [0, 0], en: [j, j + 1], score: 1 });
    return units;
  }
  const SHAPE_COST = withScores ? ALL_SHAPES : COMMON_SHAPE_COST;
  const { lo, hi } = band(ar, en, guide);
  const backA = steps(ar, false);
  const backE = steps(en, false);
  const rows = (fill: number) => Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i] - lo[i] + 1).fill(fill));
  const best = rows(Infinity);
  const alpha = rows(Infinity);
  const back = Array.from({ length: n + 1 }, (_, i) => new Int8Array(hi[i] - lo[i] + 1).fill(-1));
  const inBand = (i: number, j: number) => i >= 0 && j >= lo[i] && j <= hi[i];
  const costs = Array.from({ length: n + 1 }, (_, i) => new Float32Array((hi[i] - lo[i] + 1) * SLOTS).fill(NaN));
  /** The cost of the unit that ends at (i, j) and takes da Arabic pieces (sa sentences), de English ones. */
  const costOf = (i: number, j: number, da: number, sa: number, de: number, se: number) => {
    const at = (j - lo[i]) * SLOTS + da * (MAX_PIECES + 1) + de;
    let c = costs[i][at];
    if (Number.isNaN(c)) c = costs[i][at] = unitCost(ar, en, i - da, i, j - de, j, SHAPE_COST[sa][se], model);
    return c;
  };
  best[0][0] = 0;
  alpha[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    const sa = backA[i];
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const se = backE[j];
      let b = Infinity;
      let bk = -1;
      let a = Infinity;
      for (let x = 0; x < sa.length; x += 2) {
        const pi = i - sa[x];
        for (let y = 0; y < se.length; y += 2) {
          if (SHAPE_COST[sa[x + 1]][se[y + 1]] === Infinity) continue;
          const pj = j - se[y];
          if (!inBand(pi, pj)) continue;
          const prevBest = best[pi][pj - lo[pi]];
          if (prevBest === Infinity) continue;
          const c = costOf(i, j, sa[x], sa[x + 1], se[y], se[y + 1]);
          if (prevBest + c < b) {
            b = prevBest + c;
            bk = sa[x] * (MAX_PIECES + 1) + se[y];
          }
          if (withScores) a = logAddExp(a, alpha[pi][pj - lo[pi]] + c);
        }
      }
      best[i][j - lo[i]] = b;
      back[i][j - lo[i]] = bk;
      alpha[i][j - lo[i]] = a;
    }
  }
  const nextA = steps(ar, true);
  const nextE = steps(en, true);
  const beta = rows(Infinity);
  beta[n][m - lo[n]] = 0;
  for (let i = withScores ? n : -1; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue;
      let v = Infinity;
      const sa = nextA[i];
      const se = nextE[j];
      for (let x = 0; x < sa.length; x += 2) {
        const ni = i + sa[x];
        for (let y = x === 0 ? 2 : 0; y < se.length; y += 2) {
          const nj = j + se[y];
          if (SHAPE_COST[sa[x + 1]][se[y + 1]] === Infinity || !inBand(ni, nj)) continue;
          const next = beta[ni][nj - lo[ni]];
          if (next !== Infinity && best[ni][nj - lo[ni]] !== Infinity) v = logAddExp(v, next + costOf(ni, nj, sa[x], sa[x + 1], se[y], se[y + 1]));
        }
      }
      beta[i][j - lo[i]] = v;
    }
  }
  const total = alpha[n][m - lo[n]];
  const units: PieceUnit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i][j - lo[i]];
    const da = Math.floor(k / (MAX_PIECES + 1));
    const de = k % (MAX_PIECES + 1);
    const sa = backA[i][2 * da + 1];
    const se = backE[j][2 * de + 1];
    const c = costOf(i, j, da, sa, de, se);
    const pi = i - da;
    const pj = j - de;
    const posterior = withScores ? Math.exp(total - (alpha[pi][pj - lo[pi]] + c + beta[i][j - lo[i]])) : 1;
    units.push({ ar: [pi, i], en: [pj, j], score: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return units.reverse();
}
