import type { Lang, OccurrenceText, PageText } from '@/lib/reader/pageText';

// The one place client code gets the page's text: given as data (an article's, fetched once with the card data;
// a pasted text's, from the aligner's result), never read back from the page.

let text: PageText | undefined;
let pending: Promise<PageText | undefined> | undefined;

/**
 * Give the page's text: the data itself, or a promise of it (an article's, fetched on first use or when idle). A
 * promise that brings no text (the card data of /read, whose text is the pasted one) leaves the text as it is, so
 * it cannot undo a pasted text given meanwhile.
 */
export function providePageText(next: PageText | Promise<PageText | undefined> | undefined) {
  if (next instanceof Promise) {
    pending = next.then((t) => (t === undefined ? text : (text = t)));
  } else {
    text = next;
    pending = undefined;
  }
}

export async function pageTextNow(): Promise<PageText | undefined> {
  return pending ? await pending : text;
}

/** The unit (sentence or title) an element stands in, as `data-sent` or "title"; undefined outside one. */
export function unitOf(el: Element): string | undefined {
  const unit = el.closest<HTMLElement>('.sent, .column-title');
  if (!unit) return undefined;
  return unit.matches('.column-title') ? 'title' : unit.dataset.sent;
}

/** A unit's text in both languages. */
export function unitText(t: PageText | undefined, unit: string | undefined): Partial<Record<Lang, string>> {
  if (!t || !unit) return {};
  return (unit === 'title' ? t.title : t.units[unit]) ?? {};
}

/** An occurrence as written (tashkeel kept), by its term element's key. */
export function occurrenceText(t: PageText | undefined, occ: string | undefined): OccurrenceText | undefined {
  return t && occ ? t.occ[occ] : undefined;
}

/** The page's text if it has arrived (the card renders synchronously; its data is loaded before it opens). */
export function pageTextLoaded(): PageText | undefined {
  return text;
}
