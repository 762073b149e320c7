import type { AlignUnit } from '@/lib/api/align';
import { toPieces, type Piece } from '@/lib/content/annotate';
import { checkUnit, markRuns, occurrenceStatuses, type FormStatus, type QaPair } from '@/lib/content/qa';
import type { TermSpan } from '@/lib/text/matcher';
import type { Lang, ParagraphView } from '@/lib/reader/pageText';
import { paragraphRanges, sentenceRanges, type Range } from '@/lib/text/segment';
import { sentencesOf, type Segmented } from './corrections';

// The rows /read shows for a pasted pair: one row per aligned unit (the Arabic and English sentences the aligner,
// or a person, paired), with the term check of each pair, the Arabic read as the original. Pure, so the rows are
// table-tested and the page only renders them.

/** A unit's score under this is marked for checking: the aligner's own posterior, below even odds. */
export const LOW_CONFIDENCE = 0.5;

/** Each term's forms and their statuses, for checking a pasted translation as review mode does an article. */
export type FormStatuses = Record<string, Record<Lang, Record<string, FormStatus>>>;

export type Texts = Record<Lang, string>;
export type Spans = Record<Lang, TermSpan[]>;

/** What a row says about its pairing: `missing` names the side with no counterpart; `low` asks for a check. */
export type RowInfo = { missing?: Lang; low: boolean; score: number | null };

export type Rows = { paragraphs: ParagraphView[]; info: RowInfo[]; pairs: QaPair[] };

/** The pieces of one sentence: the term spans inside it, shifted to the sentence's own offsets. */
function sentencePieces(text: string, range: Range, spans: TermSpan[]): Piece[] {
  const inside = spans
    .filter((s) => s.start >= range.start && s.end <= range.end)
    .map((s) => ({ ...s, start: s.start - range.start, end: s.end - range.start }));
  return toPieces(text.slice(range.start, range.end), inside);
}

/** One unit's side as runs, one per sentence (the page joins them with a space). */
function runsOf(texts: Texts, spans: Spans, lang: Lang, sentences: Range[]): Piece[][] {
  return sentences.map((r) => sentencePieces(texts[lang], r, spans[lang]));
}

const joined = (runs: Piece[][]) => runs.flatMap((r, i) => (i > 0 ? [' ', ...r] : r));

/** The rows of an aligned pair: one per unit (its side the aligner's sentences inside it), checked where both sides are there. */
export function unitRows({ texts, sentences }: Segmented, spans: Spans, units: AlignUnit[], forms: FormStatuses): Rows {
  const statusOf = (termId: string, lang: Lang, form: string) => forms[termId]?.[lang]?.[form] ?? 'admitted';
  const pairs: QaPair[] = [];
  const info: RowInfo[] = [];
  const paragraphs = units.map((u, k): ParagraphView => {
    const id = String(k + 1);
    const ar = runsOf(texts, spans, 'ar', sentencesOf(sentences.ar, u.ar));
    const en = runsOf(texts, spans, 'en', sentencesOf(sentences.en, u.en));
    const checked = ar.length && en.length ? checkUnit({ id, ar: joined(ar), en: joined(en) }, 'ar', statusOf) : [];
    pairs.push(...checked);
    const statuses = occurrenceStatuses(checked);
    info.push({ missing: !u.ar ? 'ar' : !u.en ? 'en' : undefined, low: u.score < LOW_CONFIDENCE, score: u.score });
    const side = (lang: Lang, runs: Piece[][]) => (runs.length ? [{ id, pieces: markRuns(runs, id, lang, statuses) }] : []);
    return { id, ar: side('ar', ar), en: side('en', en) };
  });
  return { paragraphs, info, pairs };
}

/** One text alone (nothing to pair it with): a row per paragraph, its sentences in it, nothing checked. */
export function soloRows(texts: Texts, spans: Spans, lang: Lang): Rows {
  const paragraphs = paragraphRanges(texts[lang]).map((p, k): ParagraphView => {
    const id = String(k + 1);
    const runs = runsOf(texts, spans, lang, sentenceRanges(texts[lang], lang, p.start, p.end));
    const other = lang === 'ar' ? 'en' : 'ar';
    return { id, [lang]: [{ id, pieces: markRuns(runs, id, lang, new Map()) }], [other]: [] } as unknown as ParagraphView;
  });
  return { paragraphs, info: paragraphs.map(() => ({ low: false, score: null })), pairs: [] };
}
