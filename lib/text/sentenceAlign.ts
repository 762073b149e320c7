import { anchorsOf } from './anchors';
import { MOVES, unitCost, type Model, type Side } from './alignCost';
import type { Lang } from './matcher';
import { paragraphRanges, sentenceRanges, type Range } from './segment';

/** A sentence of a text: its offsets and its paragraph (0-based). */
export type Sentence = Range & { para: number };

/** Arabic sentences [ar[0], ar[1]) with English sentences [en[0], en[1]); an empty range is a one-sided unit. */
export type SentenceUnit = { ar: [number, number]; en: [number, number]; score: number };

export type SentenceAlignment = {
  ar: Sentence[];
  en: Sentence[];
  units: SentenceUnit[];
  /** English characters per Arabic character, estimated from the two texts. */
  ratio: number;
  /** The texts are paragraphed alike, so paragraph breaks were taken as fixed points. */
  paragraphsTrusted: boolean;
};

export type AlignOptions = {
  /** Glossary term ids found in a sentence (the term finder), one entry per occurrence. */
  terms?: (lang: Lang, text: string) => string[];
  /** How paragraphs are marked: blank lines (the default) or one paragraph a line. */
  paragraphs?: (text: string) => Range[];
};

export function segmentText(text: string, lang: Lang, paragraphs: (text: string) => Range[] = paragraphRanges): Sentence[] {
  return paragraphs(text).flatMap((p, para) => sentenceRanges(text, lang, p.start, p.end).map((r) => ({ ...r, para })));
}

function sideOf(text: string, sentences: Sentence[], lang: Lang, options: AlignOptions, ids: Map<string, number>): Side {
  const intern = (xs: string[]) => Int32Array.from(xs, (x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1));
  const anchors = sentences.map((s) => {
    const t = text.slice(s.start, s.end);
    return anchorsOf(t, lang, options.terms?.(lang, t) ?? []);
  });
  return {
    len: sentences.map((s) => s.end - s.start),
    paraStart: sentences.map((s, k) => k === 0 || sentences[k - 1].para !== s.para),
    numbers: anchors.map((a) => intern(a.numbers)),
    latin: anchors.map((a) => intern(a.latin)),
    names: anchors.map((a) => intern(a.names)),
    terms: anchors.map((a) => intern(a.terms)),
    questions: anchors.map((a) => a.questions),
    quotes: anchors.map((a) => a.quotes),
    brackets: anchors.map((a) => a.brackets),
  };
}

function slice(side: Side, from: number, to: number): Side {
  const out = {} as Record<keyof Side, unknown>;
  for (const [k, v] of Object.entries(side)) out[k as keyof Side] = (v as unknown[]).slice(from, to);
  return out as Side;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function logAddExp(a: number, b: number): number {
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const m = Math.min(a, b);
  return m - Math.log(Math.exp(m - a) + Math.exp(m - b));
}

/** Band of English positions per Arabic position: around the diagonal of cumulative length, never disconnected. */
function band(ar: Side, en: Side, narrow: boolean): { lo: Int32Array; hi: Int32Array } {
  const n = ar.len.length;
  const m = en.len.length;
  const width = narrow ? 6 + Math.ceil(0.01 * Math.max(n, m)) : 8 + Math.ceil(0.025 * Math.max(n, m));
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
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
 * Dynamic programming over the band: the cheapest path (Viterbi) and, forward and backward, the sum over all
 * paths, so that each chosen unit gets its posterior probability as its confidence.
 */
function alignSpan(ar: Side, en: Side, model: Model, withScores: boolean): SentenceUnit[] {
  const n = ar.len.length;
  const m = en.len.length;
  if (n === 0 || m === 0) {
    const units: SentenceUnit[] = [];
    for (let i = 0; i < n; i++) units.push({ ar: [i, i + 1], en: [0, 0], score: 1 });
    for (let j = 0; j < m; j++) units.push({ ar: [0, 0], en: [j, j + 1], score: 1 });
    return units;
  }
  const { lo, hi } = band(ar, en, !withScores);
  const rows = (fill: number) => Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i] - lo[i] + 1).fill(fill));
  const best = rows(Infinity);
  const alpha = rows(Infinity);
  const back = Array.from({ length: n + 1 }, (_, i) => new Int8Array(hi[i] - lo[i] + 1).fill(-1));
  const inBand = (i: number, j: number) => i >= 0 && j >= lo[i] && j <= hi[i];
  const K = MOVES.length;
  const costs = Array.from({ length: n + 1 }, (_, i) => new Float64Array((hi[i] - lo[i] + 1) * K).fill(NaN));
  const costOf = (i: number, j: number, k: number) => {
    const at = (j - lo[i]) * K + k;
    let c = costs[i][at];
    if (Number.isNaN(c)) {
      const [da, de, prior] = MOVES[k];
      c = costs[i][at] = unitCost(ar, en, i - da, i, j - de, j, prior, model);
    }
    return c;
  };
  best[0][0] = 0;
  alpha[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let b = Infinity;
      let bk = -1;
      let a = Infinity;
      for (let k = 0; k < MOVES.length; k++) {
        const [da, de] = MOVES[k];
        const pi = i - da;
        const pj = j - de;
        if (!inBand(pi, pj)) continue;
        const prevBest = best[pi][pj - lo[pi]];
        if (prevBest === Infinity) continue;
        const c = costOf(i, j, k);
        if (prevBest + c < b) {
          b = prevBest + c;
          bk = k;
        }
        if (withScores) a = logAddExp(a, alpha[pi][pj - lo[pi]] + c);
      }
      best[i][j - lo[i]] = b;
      back[i][j - lo[i]] = bk;
      alpha[i][j - lo[i]] = a;
    }
  }
  const beta = rows(Infinity);
  beta[n][m - lo[n]] = 0;
  for (let i = withScores ? n : -1; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === n && j === m) continue;
      let v = Infinity;
      for (let k = 0; k < MOVES.length; k++) {
        const [da, de] = MOVES[k];
        const ni = i + da;
        const nj = j + de;
        if (ni > n || !inBand(ni, nj)) continue;
        const next = beta[ni][nj - lo[ni]];
        if (next === Infinity || best[ni][nj - lo[ni]] === Infinity) continue;
        v = logAddExp(v, next + costOf(ni, nj, k));
      }
      beta[i][j - lo[i]] = v;
    }
  }
  const total = alpha[n][m - lo[n]];
  const units: SentenceUnit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i][j - lo[i]];
    const [da, de] = MOVES[k];
    const c = costOf(i, j, k);
    const pi = i - da;
    const pj = j - de;
    const posterior = withScores ? Math.exp(total - (alpha[pi][pj - lo[pi]] + c + beta[i][j - lo[i]])) : 1;
    units.push({ ar: [pi, i], en: [pj, j], score: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return units.reverse();
}

const shift = (units: SentenceUnit[], da: number, de: number): SentenceUnit[] =>
  units.map((u) => ({ ar: [u.ar[0] + da, u.ar[1] + da], en: [u.en[0] + de, u.en[1] + de], score: u.score }));

/** Same number of paragraphs, each pair of a plausible length for the ratio: paragraph breaks are fixed points. */
function paragraphedAlike(ar: Sentence[], en: Sentence[], a: Side, e: Side, ratio: number): boolean {
  const paras = (s: Sentence[], side: Side) => {
    const out: number[] = [];
    s.forEach((x, k) => (out[x.para] = (out[x.para] ?? 0) + side.len[k]));
    return out;
  };
  const pa = paras(ar, a);
  const pe = paras(en, e);
  if (pa.length !== pe.length || pa.length < 2) return false;
  return pa.every((la, k) => {
    const r = pe[k] / (la * ratio);
    return r > 0.6 && r < 1.6;
  });
}

function runs(sentences: Sentence[]): [number, number][] {
  const out: [number, number][] = [];
  sentences.forEach((s, k) => {
    if (k === 0 || sentences[k - 1].para !== s.para) out.push([k, k + 1]);
    else out[out.length - 1][1] = k + 1;
  });
  return out;
}

function alignWith(a: Side, e: Side, arS: Sentence[], enS: Sentence[], model: Model, trusted: boolean, withScores: boolean): SentenceUnit[] {
  if (!trusted) return alignSpan(a, e, model, withScores);
  const ra = runs(arS);
  const re = runs(enS);
  return ra.flatMap(([a0, a1], k) => shift(alignSpan(slice(a, a0, a1), slice(e, re[k][0], re[k][1]), model, withScores), a0, re[k][0]));
}

/**
 * The length model from the 1:1 units of a first alignment: the ratio (the whole texts' ratio is skewed when one
 * text has sentences the other lacks) and the variance, kept within sane bounds.
 */
function modelOf(units: SentenceUnit[], a: Side, e: Side, whole: number): Model {
  const ones = units.filter((u) => u.ar[1] - u.ar[0] === 1 && u.en[1] - u.en[0] === 1);
  const la = sum(ones.map((u) => a.len[u.ar[0]]));
  const le = sum(ones.map((u) => e.len[u.en[0]]));
  const ratio = ones.length >= 2 && la > 0 ? le / la : whole;
  return { ratio, variance: varianceOf(ones, a, e, ratio) };
}

function varianceOf(units: SentenceUnit[], a: Side, e: Side, ratio: number): number {
  let total = 0;
  let count = 0;
  for (const u of units) {
    if (u.ar[1] - u.ar[0] !== 1 || u.en[1] - u.en[0] !== 1) continue;
    const x = a.len[u.ar[0]] * ratio;
    const y = e.len[u.en[0]];
    total += (y - x) ** 2 / ((x + y) / 2);
    count++;
  }
  return count >= 5 ? Math.min(12, Math.max(1.5, total / count)) : 4;
}

/** Align an Arabic and an English text into units of whole sentences, in order, each with a confidence. */
export function alignSentences(arText: string, enText: string, options: AlignOptions = {}): SentenceAlignment {
  const arS = segmentText(arText, 'ar', options.paragraphs);
  const enS = segmentText(enText, 'en', options.paragraphs);
  const ids = new Map<string, number>();
  const a = sideOf(arText, arS, 'ar', options, ids);
  const e = sideOf(enText, enS, 'en', options, ids);
  const ratio = sum(a.len) > 0 && sum(e.len) > 0 ? sum(e.len) / sum(a.len) : 1;
  const trusted = paragraphedAlike(arS, enS, a, e, ratio);
  const first = alignWith(a, e, arS, enS, { ratio, variance: 4 }, trusted, false);
  const model = modelOf(first, a, e, ratio);
  const units = alignWith(a, e, arS, enS, model, trusted, true);
  return { ar: arS, en: enS, units, ratio: model.ratio, paragraphsTrusted: trusted };
}
