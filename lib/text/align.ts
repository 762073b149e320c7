import type { Lang } from './matcher';
import { paragraphRanges, sentenceRanges, type Range } from './segment';

/** One paragraph of a pasted pair: its sentences on each side, paired one to one only when the counts agree. */
export type AlignedParagraph = { ar: Range[]; en: Range[]; paired: boolean };

export type Alignment = {
  paragraphs: AlignedParagraph[];
  /** The two texts have different numbers of paragraphs: paragraphs are paired by position as far as they go. */
  paragraphMismatch: boolean;
  /** 1-based numbers of the paragraphs whose sentence counts differ. */
  sentenceMismatches: number[];
};

function sentencesOf(text: string | undefined, lang: Lang): Range[][] {
  if (!text) return [];
  return paragraphRanges(text).map((p) => sentenceRanges(text, lang, p.start, p.end));
}

/**
 * Pair an Arabic and an English text paragraph by paragraph and sentence by sentence, by position. Where the
 * counts do not agree the pairing is only as good as position, and the result says so; both texts are always
 * kept whole. Either text may be missing.
 */
export function alignTexts(ar: string | undefined, en: string | undefined): Alignment {
  const a = sentencesOf(ar, 'ar');
  const e = sentencesOf(en, 'en');
  const both = a.length > 0 && e.length > 0;
  const paragraphs: AlignedParagraph[] = [];
  const sentenceMismatches: number[] = [];
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    const pa = a[i] ?? [];
    const pe = e[i] ?? [];
    const paired = both && pa.length === pe.length;
    if (both && !paired) sentenceMismatches.push(i + 1);
    paragraphs.push({ ar: pa, en: pe, paired });
  }
  return { paragraphs, paragraphMismatch: both && a.length !== e.length, sentenceMismatches };
}
