import type { Piece } from '@/lib/content/annotate';
import { occurrenceKey, type QaStatus } from '@/lib/content/qaStatus';
import type { Lang, ParagraphView } from './pageText';

// An article's text as the reader's columns need it, in a compact form for the React Server Components payload: the
// server renders the columns' HTML from it (components/reader/ArticleText.tsx) and hydration renders the same HTML
// from the same data, so the payload carries the text and one short marker per term ({termId|text}) instead of the
// markup (every term's link, occurrence key and status, with its angle brackets escaped as \u003c in the page).
// What it leaves out is derived on decoding exactly as the server derives it: the occurrence key from the unit, the
// language and the term's place in the unit (markRuns); the status is written only when it is not "ok".

/** A sentence unit: its id ("" when unpaired), then its runs. */
export type CompactUnit = string[];
export type CompactParagraph = { id: string } & Record<Lang, CompactUnit[]>;
export type CompactArticle = { title: Record<Lang, string>; paragraphs: CompactParagraph[] };

const STATUS_CODE: Record<QaStatus, string> = { ok: '', variant: 'v', missing: 'm' };
const NO_STATUS = '-';
const CODE_STATUS = new Map<string, QaStatus | undefined>([...Object.entries(STATUS_CODE).map(([s, c]) => [c, s as QaStatus] as const), [NO_STATUS, undefined]]);

const escape = (s: string) => s.replace(/[%{|}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescape = (s: string) => s.replace(/%(25|7B|7C|7D)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** One run of pieces: text as it is (with %, {, | and } escaped), each term as {termId|text} or {termId|text|status}. */
export function encodeRun(run: Piece[]): string {
  return run
    .map((p) => {
      if (typeof p === 'string') return escape(p);
      const status = p.status === undefined ? NO_STATUS : STATUS_CODE[p.status];
      return `{${escape(p.termId)}|${escape(p.text)}${status ? `|${status}` : ''}}`;
    })
    .join('');
}

/** The runs of one unit, each term keyed as markRuns keys it (`<unit>:<lang>:<n>`, n counted over the unit). */
export function decodeRuns(runs: string[], unitId: string, lang: Lang): Piece[][] {
  let index = 0;
  return runs.map((run) => {
    const pieces: Piece[] = [];
    let read = 0;
    for (const m of run.matchAll(/\{([^|}]*)\|([^|}]*)(?:\|([^|}]*))?\}|[^{]+/g)) {
      if (m.index !== read) break;
      read += m[0].length;
      if (m[1] === undefined) {
        pieces.push(unescape(m[0]));
        continue;
      }
      const code = m[3] ?? '';
      if (!CODE_STATUS.has(code)) throw new Error(`Unknown status code "${code}" in a compact run`);
      pieces.push({ termId: unescape(m[1]), text: unescape(m[2]), clitics: [], form: '', occ: occurrenceKey(unitId, lang, index++), status: CODE_STATUS.get(code) });
    }
    if (read !== run.length) throw new Error(`A compact run is malformed at ${read}: ${JSON.stringify(run.slice(read, read + 20))}`);
    return pieces;
  });
}

export function encodeArticle(view: { paragraphs: ParagraphView[]; title: Record<Lang, Piece[]> }): CompactArticle {
  const unit = (id: string | undefined, runs: Piece[][]) => [id ?? '', ...runs.map(encodeRun)];
  return {
    title: { ar: encodeRun(view.title.ar), en: encodeRun(view.title.en) },
    paragraphs: view.paragraphs.map((p) => ({ id: p.id, ar: p.ar.map((s) => unit(s.id, s.pieces)), en: p.en.map((s) => unit(s.id, s.pieces)) })),
  };
}

export function decodeArticle(compact: CompactArticle): { paragraphs: ParagraphView[]; title: Record<Lang, Piece[]> } {
  const units = (lang: Lang, list: CompactUnit[]) => list.map(([id, ...runs]) => ({ id: id || undefined, pieces: decodeRuns(runs, id, lang) }));
  return {
    title: { ar: decodeRuns([compact.title.ar], 'title', 'ar')[0], en: decodeRuns([compact.title.en], 'title', 'en')[0] },
    paragraphs: compact.paragraphs.map((p) => ({ id: p.id, ar: units('ar', p.ar), en: units('en', p.en) })),
  };
}
