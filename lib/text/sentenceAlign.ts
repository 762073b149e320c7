import { anchorsOf } from './anchors';
import { lexiconConcepts } from './lexicon';
import { CUT, type Model, type Side } from './alignCost';
import { alignSpan, type PieceUnit } from './alignSearch';
import type { Lang } from './matcher';
import { clauseBoundaries, paragraphRanges, sentenceRanges, softBoundaries, type Range } from './segment';

/** A sentence of a text: its offsets and its paragraph (0-based). */
export type Sentence = Range & { para: number };

/** Arabic sentences [ar[0], ar[1]) with English sentences [en[0], en[1]); an empty range is a one-sided unit. */
export type SentenceUnit = PieceUnit;

/** A sentence or part of one: `soft` when it starts at a soft or clause boundary inside a sentence (segment.ts). */
type Piece = Sentence & { soft: boolean };

export type SentenceAlignment = {
  /** The sentences of each text, where the aligner cut a sentence at a soft boundary, its two parts. */
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
  paragraphs?: (text: string, lang: Lang) => Range[];
};

export function segmentText(text: string, lang: Lang, paragraphs: (text: string, lang: Lang) => Range[] = paragraphRanges): Sentence[] {
  return paragraphs(text, lang).flatMap((p, para) => sentenceRanges(text, lang, p.start, p.end).map((r) => ({ ...r, para })));
}

/** The sentences, each split at its soft and clause boundaries. */
function piecesOf(text: string, lang: Lang, sentences: Sentence[]): Piece[] {
  const out: Piece[] = [];
  for (const s of sentences) {
    let from = s.start;
    const cuts = new Set([...softBoundaries(text, lang, s.start, s.end), ...clauseBoundaries(text, lang, s.start, s.end)]);
    for (const at of [...cuts].sort((x, y) => x - y)) {
      out.push({ start: from, end: at, para: s.para, soft: from !== s.start });
      from = at;
    }
    out.push({ start: from, end: s.end, para: s.para, soft: from !== s.start });
  }
  // A piece ends where the next one starts, less the white space between them.
  for (const p of out) while (p.end > p.start && /\s/.test(text[p.end - 1])) p.end--;
  return out;
}

const NONE = new Int32Array(0);

function sideOf(text: string, sentences: Piece[], lang: Lang, options: AlignOptions, ids: Map<string, number>): Side {
  // Most pieces have no numbers, Latin words or terms: one shared empty list for them all.
  const intern = (xs: string[]) => (xs.length ? Int32Array.from(xs, (x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1)).sort() : NONE);
  const anchors = sentences.map((s) => {
    const t = text.slice(s.start, s.end);
    return anchorsOf(t, lang, options.terms?.(lang, t) ?? []);
  });
  return {
    len: sentences.map((s) => s.end - s.start),
    paraStart: sentences.map((s, k) => k === 0 || sentences[k - 1].para !== s.para),
    soft: sentences.map((s) => s.soft),
    cut: sentences.map((s) => (s.soft ? CUT.cost : 0)),
    numbers: anchors.map((a) => intern(a.numbers)),
    latin: anchors.map((a) => intern(a.latin)),
    names: anchors.map((a) => intern(a.names)),
    terms: anchors.map((a) => intern(a.terms)),
    // The lexicon's own concept ids (small and dense), not interned with the other anchors.
    lexicon: sentences.map((s) => Int32Array.from(lexiconConcepts(text.slice(s.start, s.end), lang)).sort()),
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

const shift = (units: SentenceUnit[], da: number, de: number): SentenceUnit[] =>
  units.map((u) => ({ ar: [u.ar[0] + da, u.ar[1] + da], en: [u.en[0] + de, u.en[1] + de], score: u.score }));

/**
 * Same number of paragraphs, every pair of a plausible length for the ratio: paragraph breaks are then fixed points.
 * Otherwise they only weigh in the cost (a unit that ends where both texts break is cheaper, one that runs over a
 * break dearer): translators merge and split paragraphs.
 */
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

function alignWith(a: Side, e: Side, arS: Sentence[], enS: Sentence[], model: Model, trusted: boolean, guide?: SentenceUnit[]): SentenceUnit[] {
  const withScores = !!guide;
  if (!trusted) return alignSpan(a, e, model, withScores, guide);
  const ra = runs(arS);
  const re = runs(enS);
  return ra.flatMap(([a0, a1], k) => shift(alignSpan(slice(a, a0, a1), slice(e, re[k][0], re[k][1]), model, withScores), a0, re[k][0]));
}

/** One sentence or part of one on a side: pieces [from, to) hold no sentence start after the first. */
const single = (side: Side, [from, to]: [number, number]) => to > from && side.soft.slice(from + 1, to).every(Boolean);

/** The first pass's length variance, and the floor of the one learnt from it. */
const FIRST_PASS_VARIANCE = 4;

/**
 * The length model from the 1:1 units of a first alignment: the ratio (the whole texts' ratio is skewed when one
 * text has sentences the other lacks) and the variance, kept within sane bounds. The variance is never below the
 * first pass's 4: that pass chose the units whose lengths fit best, so their spread understates the texts'.
 */
function modelOf(units: SentenceUnit[], a: Side, e: Side, whole: number): Model {
  const pairs: [number, number][] = units.filter((u) => single(a, u.ar) && single(e, u.en)).map((u) => [sum(a.len.slice(...u.ar)), sum(e.len.slice(...u.en))]);
  const la = sum(pairs.map((p) => p[0]));
  const le = sum(pairs.map((p) => p[1]));
  const ratio = pairs.length >= 2 && la > 0 ? le / la : whole;
  let total = 0;
  for (const [x, y] of pairs) total += (y - x * ratio) ** 2 / ((x * ratio + y) / 2);
  return { ratio, variance: pairs.length >= 5 ? Math.min(12, Math.max(FIRST_PASS_VARIANCE, total / pairs.length)) : FIRST_PASS_VARIANCE };
}

/**
 * The pieces joined back into sentences, but for those the alignment cut apart at a soft boundary (a unit starts
 * there); the units renumbered from pieces to those sentences.
 */
function joinUncut(pieces: Piece[], units: PieceUnit[], lang: Lang): { sentences: Sentence[]; at: (p: number) => number } {
  const cuts = new Set(units.filter((u) => u[lang][1] > u[lang][0]).map((u) => u[lang][0]));
  const sentences: Sentence[] = [];
  const index: number[] = [];
  pieces.forEach((p, k) => {
    if (!p.soft || cuts.has(k)) sentences.push({ start: p.start, end: p.end, para: p.para });
    else sentences[sentences.length - 1].end = p.end;
    index.push(sentences.length - 1);
  });
  return { sentences, at: (p) => (p < pieces.length ? index[p] : sentences.length) };
}

/** Align an Arabic and an English text into units of whole sentences, in order, each with a confidence. */
export function alignSentences(arText: string, enText: string, options: AlignOptions = {}): SentenceAlignment {
  const arS = piecesOf(arText, 'ar', segmentText(arText, 'ar', options.paragraphs));
  const enS = piecesOf(enText, 'en', segmentText(enText, 'en', options.paragraphs));
  const ids = new Map<string, number>();
  const a = sideOf(arText, arS, 'ar', options, ids);
  const e = sideOf(enText, enS, 'en', options, ids);
  const ratio = sum(a.len) > 0 && sum(e.len) > 0 ? sum(e.len) / sum(a.len) : 1;
  const trusted = paragraphedAlike(arS, enS, a, e, ratio);
  // A first, unscored pass in a wide band estimates the length model and guides the second, scored one.
  const first = alignWith(a, e, arS, enS, { ratio, variance: FIRST_PASS_VARIANCE }, trusted);
  const model = modelOf(first, a, e, ratio);
  const pieceUnits = alignWith(a, e, arS, enS, model, trusted, first);
  const ar = joinUncut(arS, pieceUnits, 'ar');
  const en = joinUncut(enS, pieceUnits, 'en');
  const units = pieceUnits.map((u) => ({
    ar: [ar.at(u.ar[0]), ar.at(u.ar[1])] as [number, number],
    en: [en.at(u.en[0]), en.at(u.en[1])] as [number, number],
    score: u.score,
  }));
  return { ar: ar.sentences, en: en.sentences, units, ratio: model.ratio, paragraphsTrusted: trusted };
}
