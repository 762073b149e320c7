import type { Piece } from '@/lib/content/annotate';
import type { SentenceView } from './pageText';

// An article's text as HTML strings, for the server to put in its paragraphs with dangerouslySetInnerHTML: the
// React Server Components payload then carries each paragraph as one compact string instead of a JSON element per
// sentence and term (the text is static; the reader's client code works by event delegation on the DOM). The same
// markup as components/reader/Pieces.tsx renders with React (kept for pasted texts, rendered in the browser).

/** Text content: the three characters that could open markup or an entity. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute: unquoted when the value allows it (HTML's unquoted-value rule, kept stricter), else quoted. */
export function attr(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const v = String(value);
  if (/^[\w./:#-]+$/.test(v)) return ` ${name}=${v}`;
  return ` ${name}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** Text with its highlighted terms: each term a link to its glossary entry (`glossaryHref` + "/" + id). */
export function piecesHtml(pieces: Piece[], glossaryHref: string): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') out += escapeText(p);
    else out += `<a class=term${attr('href', `${glossaryHref}/${p.termId}`)}${attr('data-term', p.termId)}${attr('data-occ', p.occ)}${attr('data-status', p.status)}>${escapeText(p.text)}</a>`;
  }
  return out;
}

/** A paragraph's sentence units, each a `span.sent` with its id, separated by spaces; a unit's runs too. */
export function sentencesHtml(sentences: SentenceView[], glossaryHref: string): string {
  return sentences.map((s) => `<span class=sent${attr('data-sent', s.id)}>${s.pieces.map((run) => piecesHtml(run, glossaryHref)).join(' ')}</span>`).join(' ');
}

/** The link to a paragraph's anchor that ends it (`¶`), with its accessible name. */
export function paraAnchorHtml(id: string, label: string): string {
  return `<a class=para-anchor${attr('href', `#p${id}`)}${attr('aria-label', label)}>¶</a>`;
}
