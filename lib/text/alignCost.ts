/**
 * The unit shapes the aligner considers, in sentences (Arabic, English), and how often each occurs: as a cost,
 * -log p, indexed [Arabic][English]; Infinity where the shape is not allowed.
 */
const SHAPES: [number, number, number][] = [
  [1, 1, 0.87],
  [1, 0, 0.012],
  [0, 1, 0.012],
  [2, 1, 0.045],
  [1, 2, 0.045],
  [2, 2, 0.011],
  [3, 1, 0.003],
  [1, 3, 0.003],
  [3, 2, 0.001],
  [2, 3, 0.001],
];
export const MAX_SENTENCES = 3;
const shapeCosts = (least: number): number[][] =>
  Array.from({ length: MAX_SENTENCES + 1 }, (_, a) =>
    Array.from({ length: MAX_SENTENCES + 1 }, (_, e) => {
      const shape = SHAPES.find(([x, y, p]) => x === a && y === e && p >= least);
      return shape ? -Math.log(shape[2]) : Infinity;
    }),
  );
export const SHAPE_COST = shapeCosts(0);
/** Only the common shapes (1:1, 1:0, 0:1, 2:1, 1:2, 2:2): for a first pass that only estimates and guides. */
export const COMMON_SHAPE_COST = shapeCosts(0.005);

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
  /**
   * A concept of the general lexicon (lexicon.ts) found on both sides of a unit. No penalty for one found on one
   * side only: every piece is in exactly one unit, so such a penalty m would only add 2m to this weight.
   */
  lexiconMatch: 1.4,
  /** A unit that runs over a paragraph break of its text. */
  crossing: 2,
  /** A unit that ends where both texts start a paragraph. */
  sharedBreak: 1.5,
};

/**
 * What cutting a sentence at a soft boundary costs (segment.ts: softBoundaries), in nats; a unit that starts at a
 * soft boundary in both texts at once gets `both` back (the two texts agree that a sentence could end there).
 */
export const CUT = { cost: 1, both: 3 };

/**
 * One text, ready to align: per piece (a sentence, or part of one between soft boundaries) its length, whether it
 * starts a paragraph, what a unit starting there costs (0 at a sentence start, the cut at a soft boundary), and
 * its anchors as interned ids (numbers, Latin words — on the English side every word —, term ids; each list
 * sorted) and counts.
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
  /** Concepts of the general bilingual lexicon (lexicon.ts). */
  lexicon: Int32Array[];
  questions: number[];
  quotes: number[];
  brackets: number[];
};

/** A side with running totals (entry k: the sum over pieces [0, k)), so that a unit's totals cost two lookups. */
export type Ready = Side & { lexiconBits: Int32Array; sums: Record<'len' | 'para' | 'questions' | 'quotes' | 'brackets' | 'numbers' | 'latin' | 'names' | 'terms' | 'lexicon', Float64Array> };

export function ready(side: Side): Ready {
  const n = side.len.length;
  const running = (value: (k: number) => number) => {
    const out = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) out[k + 1] = out[k] + value(k);
    return out;
  };
  const lexiconBits = Int32Array.from(side.lexicon, (list) => list.reduce((bits, id) => bits | (1 << (id & 31)), 0));
  // Every field named, not spread: a spread copy's hidden class can differ from call to call, and the search's
  // compiled code, which reads these fields for every unit, was thrown away each time.
  const { len, paraStart, soft, cut, numbers, latin, names, terms, questions, quotes, brackets, lexicon } = side;
  return {
    len,
    paraStart,
    soft,
    cut,
    numbers,
    latin,
    names,
    terms,
    questions,
    quotes,
    brackets,
    lexicon,
    lexiconBits,
    sums: {
      len: running((k) => side.len[k]),
      para: running((k) => (side.paraStart[k] ? 1 : 0)),
      questions: running((k) => side.questions[k]),
      quotes: running((k) => side.quotes[k]),
      brackets: running((k) => side.brackets[k]),
      numbers: running((k) => side.numbers[k].length),
      latin: running((k) => side.latin[k].length),
      names: running((k) => side.names[k].length),
      terms: running((k) => side.terms[k].length),
      lexicon: running((k) => side.lexicon[k].length),
    },
  };
}

const scratch = new Int32Array(4096);

/** How often v occurs in a sorted list. */
function occurrences(list: Int32Array, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  while (lo + n < list.length && list[lo + n] === v) n++;
  return n;
}

/** How many items two sorted lists have in common, as multisets (one piece a side: a walk through both). */
function common(a: Int32Array, b: Int32Array): number {
  let x = 0;
  let y = 0;
  let n = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) {
      n++;
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  return n;
}

/**
 * How many items of a's pieces [a0, a1) b's pieces [b0, b1) have too, as multisets. Each piece's list is sorted
 * (see Side); a should be the side with fewer items (the other side's lists of Latin words and names hold every
 * word): its items are gathered and counted, then looked up in b's lists.
 */
function sharedCount(a: Int32Array[], a0: number, a1: number, b: Int32Array[], b0: number, b1: number): number {
  if (a1 === a0 + 1 && b1 === b0 + 1) return common(a[a0], b[b0]);
  let na = 0;
  for (let k = a0; k < a1; k++) {
    const list = a[k];
    for (let x = 0; x < list.length && na < scratch.length; x++) {
      // Insertion into the sorted run gathered so far.
      let y = na++;
      while (y > 0 && scratch[y - 1] > list[x]) scratch[y] = scratch[--y];
      scratch[y] = list[x];
    }
  }
  let shared = 0;
  for (let x = 0; x < na; ) {
    const v = scratch[x];
    let count = 0;
    while (x < na && scratch[x] === v) {
      count++;
      x++;
    }
    let found = 0;
    for (let k = b0; k < b1 && found < count; k++) found += occurrences(b[k], v);
    shared += Math.min(count, found);
  }
  return shared;
}

/** Per interned id, how many of it a unit's one side holds; zero between calls (sharedSmall clears what it set). */
let counts = new Int32Array(1 << 12);

/**
 * sharedCount for short lists on both sides (the lexicon's concepts). First each side's bits (a concept's id
 * modulo 32, ORed over its pieces): none in common, nothing shared. Then with one piece a side, the two sorted
 * lists merged; with more, a's items counted by id and b's taken from the counts. Linear, no search.
 */
function sharedSmall(a: Int32Array[], aBits: Int32Array, a0: number, a1: number, b: Int32Array[], bBits: Int32Array, b0: number, b1: number): number {
  let x = 0;
  let y = 0;
  for (let k = a0; k < a1; k++) x |= aBits[k];
  for (let k = b0; k < b1; k++) y |= bBits[k];
  if ((x & y) === 0) return 0;
  let shared = 0;
  if (a1 - a0 === 1 && b1 - b0 === 1) {
    const p = a[a0];
    const q = b[b0];
    for (let s = 0, t = 0; s < p.length && t < q.length; ) {
      if (p[s] < q[t]) s++;
      else if (p[s] > q[t]) t++;
      else {
        shared++;
        s++;
        t++;
      }
    }
    return shared;
  }
  for (let k = a0; k < a1; k++) {
    const list = a[k];
    for (let s = 0; s < list.length; s++) {
      const v = list[s];
      if (v >= counts.length) {
        const grown = new Int32Array(Math.max(v + 1, counts.length * 2));
        grown.set(counts);
        counts = grown;
      }
      counts[v]++;
    }
  }
  for (let k = b0; k < b1; k++) {
    const list = b[k];
    for (let s = 0; s < list.length; s++) {
      const v = list[s];
      if (v < counts.length && counts[v] > 0) {
        counts[v]--;
        shared++;
      }
    }
  }
  for (let k = a0; k < a1; k++) {
    const list = a[k];
    for (let s = 0; s < list.length; s++) counts[list[s]] = 0;
  }
  return shared;
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

/**
 * Bits of unitCost's `mayShare`: the anchors the two sides of a unit may have in common. A cleared bit says that no
 * item of that kind occurs on both sides (the search knows it from piece pairs), so the count is not looked up.
 */
export const MAY_SHARE = { numbers: 1, latin: 2, names: 4, terms: 8, all: 15 };

/** The cost of pairing Arabic pieces [i0, i1) with English pieces [j0, j1): prior, cuts, length and anchors. */
export function unitCost(ar: Ready, en: Ready, i0: number, i1: number, j0: number, j1: number, prior: number, model: Model, mayShare = MAY_SHARE.all): number {
  const A = ar.sums;
  const E = en.sums;
  const la = A.len[i1] - A.len[i0];
  const le = E.len[j1] - E.len[j0];
  let cost = prior;
  if (i1 > i0) cost += ar.cut[i0] + WEIGHTS.crossing * (A.para[i1] - A.para[i0 + 1]);
  if (j1 > j0) cost += en.cut[j0] + WEIGHTS.crossing * (E.para[j1] - E.para[j0 + 1]);
  if (i1 > i0 && j1 > j0 && ar.soft[i0] && en.soft[j0]) cost -= CUT.both;
  if (la > 0 && le > 0) cost += lengthCost(la, le, model.ratio, model.variance);
  // Each anchor: a bonus per item both sides share, a penalty per item one side has and the other lacks (for the
  // Latin words of the Arabic and the names of the English, only those of that side: the other side's lists hold
  // every word).
  const na = A.numbers[i1] - A.numbers[i0];
  const ne = E.numbers[j1] - E.numbers[j0];
  const n = na && ne && mayShare & MAY_SHARE.numbers ? sharedCount(ar.numbers, i0, i1, en.numbers, j0, j1) : 0;
  cost += -WEIGHTS.numberMatch * n + WEIGHTS.numberMiss * (na + ne - 2 * n);
  const nl = A.latin[i1] - A.latin[i0];
  const l = nl && j1 > j0 && mayShare & MAY_SHARE.latin ? sharedCount(ar.latin, i0, i1, en.latin, j0, j1) : 0;
  cost += -WEIGHTS.latinMatch * l + WEIGHTS.latinMiss * (nl - l);
  const nn = E.names[j1] - E.names[j0];
  const nm = nn && i1 > i0 && mayShare & MAY_SHARE.names ? sharedCount(en.names, j0, j1, ar.names, i0, i1) : 0;
  cost += -WEIGHTS.nameMatch * nm + WEIGHTS.nameMiss * (nn - nm);
  const ta = A.terms[i1] - A.terms[i0];
  const te = E.terms[j1] - E.terms[j0];
  const t = ta && te && mayShare & MAY_SHARE.terms ? sharedCount(ar.terms, i0, i1, en.terms, j0, j1) : 0;
  cost += -WEIGHTS.termMatch * t + WEIGHTS.termMiss * (ta + te - 2 * t);
  if (A.lexicon[i1] > A.lexicon[i0] && E.lexicon[j1] > E.lexicon[j0]) cost -= WEIGHTS.lexiconMatch * sharedSmall(ar.lexicon, ar.lexiconBits, i0, i1, en.lexicon, en.lexiconBits, j0, j1);
  const q = A.questions[i1] - A.questions[i0] - (E.questions[j1] - E.questions[j0]);
  const quotes = A.quotes[i1] - A.quotes[i0] - (E.quotes[j1] - E.quotes[j0]);
  const brackets = A.brackets[i1] - A.brackets[i0] - (E.brackets[j1] - E.brackets[j0]);
  cost += WEIGHTS.question * Math.abs(q) + WEIGHTS.quote * Math.abs(quotes) + WEIGHTS.bracket * Math.abs(brackets);
  const endsA = i1 > 0 && (i1 === ar.len.length || ar.paraStart[i1]);
  const endsE = j1 > 0 && (j1 === en.len.length || en.paraStart[j1]);
  if (endsA && endsE) cost -= WEIGHTS.sharedBreak;
  return cost;
}
