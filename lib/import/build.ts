import type { z } from 'zod';
import { articleSchema } from '@/lib/content/schema';
import type { Lang } from '@/lib/text/matcher';
import { lineRanges, paragraphRanges, type Range } from '@/lib/text/segment';
import { alignSentences, type SentenceAlignment, type SentenceUnit } from '@/lib/text/sentenceAlign';
import { ImportRefusal } from './clean';
import { placeNotes, type NoteSpec } from './notes';

export type Paragraphing = 'auto' | 'lines' | 'blank';

export type ImportOptions = {
  original: Lang;
  title?: Partial<Record<Lang, string>>;
  date: string;
  dateApproximate?: boolean;
  source: Record<Lang, string>;
  attribution?: Record<Lang, string>;
  site?: string;
  license?: string;
  licenseUrl?: string;
  paragraphs?: Paragraphing;
  /** Units below this confidence are reported. */
  threshold?: number;
  terms?: (lang: Lang, text: string) => string[];
  /** Editorial notes (`--notes`), placed on the sentence whose text holds each one's piece; `notesFile` names them in errors. */
  notes?: NoteSpec[];
  notesFile?: string;
};

export type ReportKind = 'low-confidence' | 'one-sided' | 'length-ratio';
export type ReportItem = { at: string; kinds: ReportKind[]; score: number; ar: string; en: string };
export type ImportReport = { units: number; paragraphs: number; ratio: number; paragraphsTrusted: boolean; items: ReportItem[] };
type ArticleInput = z.input<typeof articleSchema>;

const MARKDOWN_HEADING = /^#{1,6}\s+/;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** Blank lines separate paragraphs when there are any; otherwise each line is one ("auto"). */
export function paragraphsOf(text: string, mode: Paragraphing): (t: string) => Range[] {
  const blank = mode === 'blank' || (mode === 'auto' && /\n[^\S\n]*\n/.test(text.trim()));
  return blank ? paragraphRanges : lineRanges;
}

/** The title (given, or the first line, a Markdown heading's marks removed) and the body that follows it. */
function titleAndBody(text: string, given: string | undefined): { title: string; body: string } {
  const lines = text.split('\n').map((l) => l.replace(MARKDOWN_HEADING, ''));
  if (given) return { title: given.trim(), body: lines.join('\n') };
  const first = lines.findIndex((l) => l.trim());
  return { title: lines[first]?.trim() ?? '', body: lines.slice(first + 1).join('\n') };
}

/** One-sided units join their neighbour (the previous one in the same paragraph, else the next): the article
 * format pairs every Arabic sentence with English. They are reported so the editor checks them. */
function withoutOneSided(units: SentenceUnit[], alignment: SentenceAlignment, original: Lang): { units: SentenceUnit[]; merged: Set<number> } {
  const out: SentenceUnit[] = [];
  const merged = new Set<number>();
  let pending: SentenceUnit | null = null;
  // Units are contiguous and in order (an empty range sits at its boundary), so a join is the span of both.
  const join = (a: SentenceUnit, b: SentenceUnit): SentenceUnit => ({
    ar: [Math.min(a.ar[0], b.ar[0]), Math.max(a.ar[1], b.ar[1])],
    en: [Math.min(a.en[0], b.en[0]), Math.max(a.en[1], b.en[1])],
    score: Math.min(a.score, b.score),
  });
  const paraOf = (u: SentenceUnit) => (original === 'ar' ? (u.ar[0] < u.ar[1] ? alignment.ar[u.ar[0]].para : -1) : u.en[0] < u.en[1] ? alignment.en[u.en[0]].para : -1);
  for (const u of units) {
    const oneSided = u.ar[0] === u.ar[1] || u.en[0] === u.en[1];
    if (oneSided) {
      const prev = out[out.length - 1];
      if (prev && (paraOf(u) === -1 || paraOf(u) === paraOf(prev))) {
        out[out.length - 1] = join(prev, u);
        merged.add(out.length - 1);
      } else pending = pending ? join(pending, u) : u;
      continue;
    }
    if (pending) {
      out.push(join(pending, u));
      merged.add(out.length - 1);
      pending = null;
    } else out.push(u);
  }
  if (pending && out.length) {
    out[out.length - 1] = join(out[out.length - 1], pending);
    merged.add(out.length - 1);
  }
  return { units: out, merged };
}

/** Build an article (the content format) from an Arabic and an English text, and the report for the editor. */
export function buildArticle(arRaw: string, enRaw: string, options: ImportOptions): { article: ArticleInput; report: ImportReport } {
  const mode = options.paragraphs ?? 'auto';
  const ar = titleAndBody(arRaw, options.title?.ar);
  const en = titleAndBody(enRaw, options.title?.en);
  for (const [lang, part] of [['Arabic', ar], ['English', en]] as const) {
    if (!part.title) throw new ImportRefusal(`The ${lang} text has no title: give one with --title-${lang === 'Arabic' ? 'ar' : 'en'}.`);
    if (!/\p{L}/u.test(part.body)) throw new ImportRefusal(`The ${lang} text has a title but no body to import.`);
  }
  const alignment = alignSentences(ar.body, en.body, {
    terms: options.terms,
    paragraphs: (t, lang) => paragraphsOf(lang === 'ar' ? arRaw : enRaw, mode)(t),
  });
  const { units, merged } = withoutOneSided(alignment.units, alignment, options.original);
  const threshold = options.threshold ?? 0.5;
  const textOf = (lang: Lang, [a, b]: [number, number]) => oneLine((lang === 'ar' ? ar.body : en.body).slice(alignment[lang][a].start, alignment[lang][b - 1].end));
  const paragraphs: { sentences: { ar: string; en: string | string[] }[] }[] = [];
  const items: ReportItem[] = [];
  let lastPara = -1;
  for (const [k, u] of units.entries()) {
    const side = options.original === 'ar' ? u.ar : u.en;
    const para = alignment[options.original][side[0]].para;
    if (para !== lastPara || !paragraphs.length) paragraphs.push({ sentences: [] });
    lastPara = alignment[options.original][side[1] - 1].para;
    const arText = textOf('ar', u.ar);
    const enList = Array.from({ length: u.en[1] - u.en[0] }, (_, j) => textOf('en', [u.en[0] + j, u.en[0] + j + 1]));
    const single = u.ar[1] - u.ar[0] === 1 && enList.length > 1;
    const p = paragraphs[paragraphs.length - 1];
    p.sentences.push({ ar: arText, en: single ? enList : enList.join(' ') });
    const kinds: ReportKind[] = [];
    if (merged.has(k)) kinds.push('one-sided');
    if (u.score < threshold) kinds.push('low-confidence');
    const r = enList.join(' ').length / arText.length / alignment.ratio;
    if (r < 0.5 || r > 2) kinds.push('length-ratio');
    if (kinds.length) items.push({ at: `${paragraphs.length}.${p.sentences.length}`, kinds, score: Number(u.score.toFixed(3)), ar: arText, en: enList.join(' ') });
  }
  const article: ArticleInput = {
    originalLanguage: options.original,
    date: options.date,
    ...(options.dateApproximate ? { dateApproximate: true } : {}),
    title: { ar: oneLine(ar.title), en: oneLine(en.title) },
    ...(options.site ? { site: options.site } : {}),
    source: options.source,
    ...(options.attribution ? { attribution: options.attribution } : {}),
    ...(options.license ? { license: options.license } : {}),
    ...(options.licenseUrl ? { licenseUrl: options.licenseUrl } : {}),
    ...(options.notes?.length ? { notes: placeNotes({ paragraphs }, options.notes, options.notesFile ?? 'notes') } : {}),
    paragraphs,
  };
  const checked = articleSchema.safeParse(article);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ImportRefusal(`The article would not be valid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return {
    article,
    report: { units: units.length, paragraphs: paragraphs.length, ratio: Number(alignment.ratio.toFixed(3)), paragraphsTrusted: alignment.paragraphsTrusted, items },
  };
}
