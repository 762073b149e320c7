import type { AlignSentences, AlignUnit } from '@/lib/api/align';
import type { Range } from '@/lib/text/segment';
import type { Lang } from '@/lib/i18n/locales';

/**
 * A person's corrections to an alignment of pasted texts, as operations on the units /api/align answers (spans of
 * whole sentences, null for a missing side). Splits are offered at the boundaries of the sentences the aligner
 * itself paired (its `sentences`, soft boundaries it cut at included), never at a segmentation of the page's own.
 * Pure, so /read can keep the corrected units with the pasted text.
 */
type Span = AlignUnit['ar'];

/** The pasted texts and the sentences the aligner found in them. */
export type Segmented = { texts: Record<Lang, string>; sentences: AlignSentences };

const union = (a: Span, b: Span): Span => (!a ? b : !b ? a : { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/** Join unit k with the next one: one unit covering both, on each side. A corrected unit is sure (score 1). */
export function joinWithNext(units: AlignUnit[], k: number): AlignUnit[] {
  if (k < 0 || k + 1 >= units.length) return units;
  const joined: AlignUnit = { ar: union(units[k].ar, units[k + 1].ar), en: union(units[k].en, units[k + 1].en), score: 1 };
  return [...units.slice(0, k), joined, ...units.slice(k + 2)];
}

/** The sentences of one side of a unit: the aligner's sentences inside its span. */
export function sentencesOf(sentences: Range[], span: Span): Range[] {
  return span ? sentences.filter((r) => r.start >= span.start && r.end <= span.end) : [];
}

/** Where unit k can be split: after each of its sentences but the last, per side. */
export function splitPoints({ sentences }: Segmented, unit: AlignUnit): Record<Lang, number[]> {
  const points = (lang: Lang) => sentencesOf(sentences[lang], unit[lang]).slice(0, -1).map((r) => r.end);
  return { ar: points('ar'), en: points('en') };
}

/**
 * Split unit k at a sentence boundary of one side (`at`: the end offset of a sentence inside it). The other side
 * is cut where its share of length comes nearest the split side's: at one of its own sentence boundaries, or
 * before or after all of it, so that it goes whole with the first or the second part (which is then one-sided on
 * that side). Returns the units unchanged for a point that is not a boundary of the unit.
 */
export function splitUnit(seg: Segmented, units: AlignUnit[], k: number, lang: Lang, at: number): AlignUnit[] {
  const unit = units[k];
  const span = unit?.[lang];
  if (!span || !splitPoints(seg, unit)[lang].includes(at)) return units;
  const other = lang === 'ar' ? 'en' : 'ar';
  const share = (at - span.start) / (span.end - span.start);
  const os = unit[other];
  let first: Span = null;
  let second: Span = null;
  if (os) {
    const target = os.start + share * (os.end - os.start);
    const cut = [os.start, ...splitPoints(seg, unit)[other], os.end].reduce((best, c) => (Math.abs(c - target) < Math.abs(best - target) ? c : best));
    if (cut === os.start) second = os;
    else if (cut === os.end) first = os;
    else {
      first = { start: os.start, end: cut };
      second = { start: sentencesOf(seg.sentences[other], os).find((r) => r.start >= cut)!.start, end: os.end };
    }
  }
  const nextStart = sentencesOf(seg.sentences[lang], span).find((r) => r.start >= at)!.start;
  const a: AlignUnit = { [lang]: { start: span.start, end: at }, [other]: first, score: 1 } as AlignUnit;
  const b: AlignUnit = { [lang]: { start: nextStart, end: span.end }, [other]: second, score: 1 } as AlignUnit;
  return [...units.slice(0, k), a, b, ...units.slice(k + 1)];
}

/**
 * Whether units can belong to these texts: on each side the spans, in order, lie inside the text without
 * overlapping, begin and end on a non-space character, and leave only white space between them, so together they
 * cover the whole text once. Units kept from another text (or damaged in storage) fail, and are never applied.
 */
export function unitsFit(texts: Record<Lang, string>, units: AlignUnit[]): boolean {
  if (!units.length || !units.every((u) => u.ar || u.en)) return false;
  return (['ar', 'en'] as const).every((lang) => {
    const text = texts[lang];
    let at = 0;
    for (const u of units) {
      const s = u[lang];
      if (!s) continue;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < at || s.end <= s.start || s.end > text.length) return false;
      if (text.slice(at, s.start).trim() !== '' || /\s/.test(text[s.start]) || /\s/.test(text[s.end - 1])) return false;
      at = s.end;
    }
    return text.slice(at).trim() === '' && units.some((u) => u[lang]) === (text.trim() !== '');
  });
}

/**
 * Whether units are made of the aligner's sentences: each span starts where one starts and ends where one ends.
 * Corrections kept from an earlier aligner (or an earlier segmentation) may split where no sentence ends now.
 */
export function unitsOnSentences(sentences: AlignSentences, units: AlignUnit[]): boolean {
  return (['ar', 'en'] as const).every((lang) => {
    const starts = new Set(sentences[lang].map((r) => r.start));
    const ends = new Set(sentences[lang].map((r) => r.end));
    return units.every(({ [lang]: s }) => !s || (starts.has(s.start) && ends.has(s.end)));
  });
}

/** A place a unit can be split: after sentence `n` (1-based, in the unit) of one side, which ends with `ending`. */
export type SplitOption = { lang: Lang; at: number; n: number; ending: string };

/** The last few words of a sentence, to name a split point by ("…the end of it."). */
export function ending(sentence: string, words = 4): string {
  const parts = sentence.trim().split(/\s+/);
  return parts.length > words ? `…${parts.slice(-words).join(' ')}` : parts.join(' ');
}

/** Every place unit can be split, Arabic side first, in reading order. */
export function splitOptions({ texts, sentences }: Segmented, unit: AlignUnit): SplitOption[] {
  return (['ar', 'en'] as const).flatMap((lang) =>
    sentencesOf(sentences[lang], unit[lang])
      .slice(0, -1)
      .map((r, i) => ({ lang, at: r.end, n: i + 1, ending: ending(texts[lang].slice(r.start, r.end)) })),
  );
}
