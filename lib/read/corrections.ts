import type { AlignUnit } from '@/lib/api/align';
import { sentenceRanges, type Range } from '@/lib/text/segment';
import type { Lang } from '@/lib/i18n/locales';

/**
 * A person's corrections to an alignment of pasted texts, as operations on the units /api/align answers (spans of
 * whole sentences, null for a missing side). Pure, so /read can keep the corrected units with the pasted text.
 */
type Span = AlignUnit['ar'];

const union = (a: Span, b: Span): Span => (!a ? b : !b ? a : { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/** Join unit k with the next one: one unit covering both, on each side. A corrected unit is sure (score 1). */
export function joinWithNext(units: AlignUnit[], k: number): AlignUnit[] {
  if (k < 0 || k + 1 >= units.length) return units;
  const joined: AlignUnit = { ar: union(units[k].ar, units[k + 1].ar), en: union(units[k].en, units[k + 1].en), score: 1 };
  return [...units.slice(0, k), joined, ...units.slice(k + 2)];
}

/** The sentences of one side of a unit, in offsets of the whole text. */
export function sentencesOf(text: string, lang: Lang, span: Span): Range[] {
  return span ? sentenceRanges(text, lang, span.start, span.end) : [];
}

/** Where unit k can be split: after each of its sentences but the last, per side. */
export function splitPoints(texts: Record<Lang, string>, unit: AlignUnit): Record<Lang, number[]> {
  const points = (lang: Lang) => sentencesOf(texts[lang], lang, unit[lang]).slice(0, -1).map((r) => r.end);
  return { ar: points('ar'), en: points('en') };
}

/**
 * Split unit k at a sentence boundary of one side (`at`: the end offset of a sentence inside it). The other side
 * is divided at its sentence boundary nearest in proportion of length, or stays whole with the first part (the
 * second part is then one-sided) when it has one sentence. Returns the units unchanged for a point that is not a
 * boundary of the unit.
 */
export function splitUnit(texts: Record<Lang, string>, units: AlignUnit[], k: number, lang: Lang, at: number): AlignUnit[] {
  const unit = units[k];
  const span = unit?.[lang];
  if (!span || !splitPoints(texts, unit)[lang].includes(at)) return units;
  const other = lang === 'ar' ? 'en' : 'ar';
  const share = (at - span.start) / (span.end - span.start);
  const os = unit[other];
  let first: Span = os;
  let second: Span = null;
  const cuts = os ? splitPoints(texts, unit)[other] : [];
  if (os && cuts.length) {
    const target = os.start + share * (os.end - os.start);
    const cut = cuts.reduce((best, c) => (Math.abs(c - target) < Math.abs(best - target) ? c : best));
    const next = sentencesOf(texts[other], other, os).find((r) => r.start >= cut)!;
    first = { start: os.start, end: cut };
    second = { start: next.start, end: os.end };
  }
  const nextStart = sentencesOf(texts[lang], lang, span).find((r) => r.start >= at)!.start;
  const a: AlignUnit = { [lang]: { start: span.start, end: at }, [other]: first, score: 1 } as AlignUnit;
  const b: AlignUnit = { [lang]: { start: nextStart, end: span.end }, [other]: second, score: 1 } as AlignUnit;
  return [...units.slice(0, k), a, b, ...units.slice(k + 1)];
}
