import type { Lang } from '@/lib/i18n/locales';
// The DOM side of counterpart sentences: highlighting is attributes the stylesheet reads, never a React render.

const SENT = '[data-column] .sent';

const shown = (el: Element) => el.getClientRects().length > 0;

export function sentenceAt(root: HTMLElement, target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element) || !root.contains(target)) return null;
  return target.closest<HTMLElement>(SENT);
}

export function isSentence(el: EventTarget | null): el is HTMLElement {
  return el instanceof HTMLElement && el.matches(SENT);
}

function pair(root: HTMLElement, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-column] .sent[data-sent="${CSS.escape(id)}"]`)];
}

/** Put a boolean attribute on the pair `id` only (none when id is null). */
export function mark(root: HTMLElement, attr: string, id: string | null): void {
  root.querySelectorAll(`[${attr}]`).forEach((e) => e.removeAttribute(attr));
  if (id) pair(root, id).forEach((e) => e.setAttribute(attr, attr === 'aria-current' ? 'true' : ''));
}

const columnOf = (el: Element) => el.closest<HTMLElement>('[data-column]')!;
const sentencesOf = (column: Element) => [...column.querySelectorAll<HTMLElement>('.sent')];

/**
 * Roving tabindex: one tab stop per column, the sentence last visited in it (the first at the start). The
 * others get -1, so they can take focus from the keyboard handler and a click without being tab stops.
 */
export function makeStop(el: HTMLElement): void {
  sentencesOf(columnOf(el)).forEach((s) => s.setAttribute('tabindex', s === el ? '0' : '-1'));
}

export function initStops(root: HTMLElement): void {
  root.querySelectorAll('[data-column]').forEach((column) => {
    const list = sentencesOf(column);
    if (list.length && !list.some((s) => s.getAttribute('tabindex') === '0')) makeStop(list[0]);
  });
}

export function focusSentence(el: HTMLElement): void {
  makeStop(el);
  el.focus();
  el.scrollIntoView({ block: 'nearest' });
}

/** The sentence a key moves to from el, or null. Up/down follow reading order in both directions. */
export function sentenceForKey(root: HTMLElement, el: HTMLElement, key: string): HTMLElement | null {
  const list = sentencesOf(columnOf(el));
  const i = list.indexOf(el);
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return list[i + 1] ?? null;
    case 'ArrowUp':
    case 'k':
      return list[i - 1] ?? null;
    case 'Home':
      return list[0];
    case 'End':
      return list[list.length - 1];
    case 'ArrowLeft':
    case 'ArrowRight':
      return besides(root, el, key === 'ArrowLeft' ? -1 : 1);
  }
  return null;
}

/** The counterpart, if it stands on that side on screen (left and right are visual, whatever the direction). */
function besides(root: HTMLElement, el: HTMLElement, side: -1 | 1): HTMLElement | null {
  const id = el.dataset.sent;
  const other = id ? pair(root, id).find((s) => s !== el && shown(s)) : undefined;
  if (!other) return null;
  const a = el.getBoundingClientRect();
  const b = other.getBoundingClientRect();
  return (side < 0 ? b.right <= a.left + 1 : b.left >= a.right - 1) ? other : null;
}

/** The sentence a learner is on in a column: the pinned one, else the column's tab stop. */
export function currentSentence(root: HTMLElement, lang: Lang): HTMLElement | null {
  const column = root.querySelector<HTMLElement>(`[data-column="${lang}"]`);
  if (!column || !shown(column)) return null;
  return column.querySelector<HTMLElement>('.sent[data-pinned]') ?? column.querySelector<HTMLElement>('.sent[tabindex="0"]') ?? column.querySelector('.sent');
}
