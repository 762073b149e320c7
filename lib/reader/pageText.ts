import type { Piece } from '@/lib/content/annotate';

// The text of a page as data: what save-word and listen need (a unit's sentence in both languages, an occurrence
// as written), built once from the same pieces the columns are rendered from. The client never reads it back from
// the page, so hiding tashkeel (which rewrites the page's text nodes) changes nothing here.

import type { Lang } from '@/lib/i18n/locales';
export type { Lang };

/** One sentence unit of a column: an id when it is paired with the other column, and one or more sentences. */
export type SentenceView = { id?: string; pieces: Piece[][] };
export type ParagraphView = { id: string } & Record<Lang, SentenceView[]>;

/** An occurrence as written in the text, and the glossary form it matched with the clitics split off. */
export type OccurrenceText = { text: string; form: string; clitics: string[] };

export type PageText = {
  /** The title in both languages, when the page has one. */
  title?: Partial<Record<Lang, string>>;
  /** Each paired unit ("<paragraph>.<sentence>", the `data-sent` of both columns) in both languages. */
  units: Record<string, Partial<Record<Lang, string>>>;
  /** Each marked occurrence by its key (the `data-occ` of its term element). */
  occ: Record<string, OccurrenceText>;
};

/** The text of some runs as the columns show it: runs joined by a space, white space collapsed. */
export function runsText(runs: Piece[][]): string {
  return runs
    .map((run) => run.map((p) => (typeof p === 'string' ? p : p.text)).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function addOccurrences(out: PageText['occ'], runs: Piece[][]) {
  for (const run of runs) for (const p of run) if (typeof p !== 'string' && p.occ) out[p.occ] = { text: p.text, form: p.form, clitics: p.clitics };
}

/** The page's text as data, from the paragraphs (and title) the columns render. */
export function pageText(paragraphs: ParagraphView[], title?: Partial<Record<Lang, Piece[]>>): PageText {
  const out: PageText = { units: {}, occ: {} };
  if (title) {
    out.title = {};
    for (const lang of ['ar', 'en'] as const) {
      const runs = title[lang];
      if (!runs) continue;
      out.title[lang] = runsText([runs]);
      addOccurrences(out.occ, [runs]);
    }
  }
  for (const p of paragraphs) {
    for (const lang of ['ar', 'en'] as const) {
      for (const s of p[lang]) {
        addOccurrences(out.occ, s.pieces);
        if (!s.id) continue;
        const text = runsText(s.pieces);
        if (text) (out.units[s.id] ??= {})[lang] = text;
      }
    }
  }
  return out;
}
