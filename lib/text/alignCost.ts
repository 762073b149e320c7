/**
 * The unit shapes the aligner considers, in sentences (Arabic, English), and how often each occurs: as a cost,
 * -log p, indexed [Arabic][English]; Infinity where the shape is not allowed.
 */
const SHAPES: [number, number, number][] = [
  [1, 1, 0.87],
  [1, 0, 0.006],
  [0, 1, 0.006],
  [2, 1, 0.045],
  [1, 2, 0.045],
  [2, 2, 0.011],
  [3, 1, 0.003],
  [1, 3, 0.003],
  [3, 2, 0.001],
  [2, 3, 0.001],
];
export const MAX_SENTENCES = 3;
export const SHAPE_COST: number[][] = Array.from({ length: MAX_SENTENCES + 1 }, (_, a) =>
  Array.from({ length: MAX_SENTENCES + 1 }, (_, e) => {
    const shape = SHAPES.find(([x, y]) => x === a && y === e);
    return shape ? -Math.log(shape[2]) : Infinity;
  }),
);

/** Weights of the anchors, in nats (the unit of the length cost). */
export const WEIGHTS = {
  numberMatch: 1.5,
  numberMiss: 1.5,
  latinMatch: 1.5,
  latinMiss: 0.8,
  nameMatch: 1.2,
  nameMiss: 0.3,
  question: 1.5,
  quote: 0.5,
  bracket: 1,
  termMatch: 1,
  termMiss: 0.7,
  /** A unit that runs over a paragraph break of its text. */
  crossing: 2,
  /** A unit that ends where both texts start a paragraph. */
  sharedBreak: 1.5,
};

/** What cutting a sentence at a soft boundary costs (segment.ts: softBoundaries), by what marks the boundary. */
export const CUTS = { quote: 1, colon: 1 };

/**
 * One text, ready to align: per piece (a sentence, or part of one between soft boundaries) its length, whether it
 * starts a paragraph, what a unit starting there costs (0 at a sentence start, the cut at a soft boundary), and
 * its anchors as interned ids (numbers, Latin words — on the English side every word —, term ids) and counts.
 */
export type Side = {
  len: number[];
  paraStart: boolean[];
  /** The piece continues the sentence of the piece before it (it starts at a soft boundary). */
  soft: boolean[];
  cut: number[];
  numbers: Int32Array[];
  latin: Int32Array[];
  names: Int32Array[];
  terms: Int32Array[];
  questions: number[];
  quotes: number[];
  brackets: number[];
};

const scratchA = new Int32Array(4096);
const scratchB = new Int32Array(4096);
const used = new Uint8Array(4096);

function gather(lists: Int32Array[], from: number, to: number, into: Int32Array): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const list = lists[k];
    for (let x = 0; x < list.length && n < into.length; x++) into[n++] = list[x];
  }
  return n;
}

/** How many items of a's sentences [a0, a1) b's sentences [b0, b1) have too, as multisets; and both totals. */
function sharedCount(a: Int32Array[], a0: number, a1: number, b: Int32Array[], b0: number, b1: number): [number, number, number] {
  const na = gather(a, a0, a1, scratchA);
  if (na === 0) return [0, 0, gather(b, b0, b1, scratchB)];
  const nb = gather(b, b0, b1, scratchB);
  used.fill(0, 0, nb);
  let shared = 0;
  for (let x = 0; x < na; x++) {
    const v = scratchA[x];
    for (let y = 0; y < nb; y++) {
      if (!used[y] && scratchB[y] === v) {
        used[y] = 1;
        shared++;
        break;
      }
    }
  }
  return [shared, na, nb];
}

// Abramowitz and Stegun 26.2.17: the normal distribution's upper tail, enough for a cost.
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  return d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
}

/** Gale and Church: how unlikely an English length is for an Arabic length, given the ratio and variance. */
export function lengthCost(la: number, le: number, ratio: number, variance: number): number {
  const x = la * ratio;
  const delta = (le - x) / Math.sqrt((variance * (x + le)) / 2);
  return -Math.log(Math.max(2 * upperTail(Math.abs(delta)), 1e-12));
}

export type Model = { ratio: number; variance: number };

/** The cost of pairing Arabic pieces [i0, i1) with English pieces [j0, j1): prior, cuts, length and anchors. */
export function unitCost(ar: Side, en: Side, i0: number, i1: number, j0: number, j1: number, prior: number, model: Model): number {
  let la = 0;
  let le = 0;
  let q = 0;
  let quotes = 0;
  let brackets = 0;
  let cost = prior + (i1 > i0 ? ar.cut[i0] : 0) + (j1 > j0 ? en.cut[j0] : 0);
  for (let i = i0; i < i1; i++) {
    la += ar.len[i];
    q += ar.questions[i];
    quotes += ar.quotes[i];
    brackets += ar.brackets[i];
    if (i > i0 && ar.paraStart[i]) cost += WEIGHTS.crossing;
  }
  for (let j = j0; j < j1; j++) {
    le += en.len[j];
    q -= en.questions[j];
    quotes -= en.quotes[j];
    brackets -= en.brackets[j];
    if (j > j0 && en.paraStart[j]) cost += WEIGHTS.crossing;
  }
  if (la > 0 && le > 0) cost += lengthCost(la, le, model.ratio, model.variance);
  const [n, na, ne] = sharedCount(ar.numbers, i0, i1, en.numbers, j0, j1);
  cost += -WEIGHTS.numberMatch * n + WEIGHTS.numberMiss * (na + ne - 2 * n);
  const [l, nl] = sharedCount(ar.latin, i0, i1, en.latin, j0, j1);
  cost += -WEIGHTS.latinMatch * l + WEIGHTS.latinMiss * (nl - l);
  const [nm, nn] = sharedCount(en.names, j0, j1, ar.names, i0, i1);
  cost += -WEIGHTS.nameMatch * nm + WEIGHTS.nameMiss * (nn - nm);
  const [t, ta, te] = sharedCount(ar.terms, i0, i1, en.terms, j0, j1);
  cost += -WEIGHTS.termMatch * t + WEIGHTS.termMiss * (ta + te - 2 * t);
  cost += WEIGHTS.question * Math.abs(q) + WEIGHTS.quote * Math.abs(quotes) + WEIGHTS.bracket * Math.abs(brackets);
  const endsA = i1 === ar.len.length || ar.paraStart[i1];
  const endsE = j1 === en.len.length || en.paraStart[j1];
  if (endsA && endsE) cost -= WEIGHTS.sharedBreak;
  return cost;
}
