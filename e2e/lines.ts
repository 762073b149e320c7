import type { Page } from '@playwright/test';

/** Punctuation that belongs to the word before it, and quotes or brackets that belong to the word after them. */
export const CLOSERS = '?؟!.,،;؛:»”)]';
export const OPENERS = '«“([';

/**
 * Every punctuation mark in the headlines and paragraphs that sits on another line than the word it belongs to
 * (a closer at the start of a line, an opener at the end of one), found from the client rects of one-character
 * ranges. A straight quote opens after a space or at the start, and closes otherwise.
 */
export function strayPunctuation(page: Page) {
  return page.evaluate(
    ({ closers, openers }) => {
      const found: string[] = [];
      const rectOf = (node: Text, i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getClientRects()[0];
      };
      const sameLine = (a: DOMRect, b: DOMRect) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 2;
      for (const block of document.querySelectorAll<HTMLElement>('main [data-column] .column-title, main [data-column] .para')) {
        const chars: { node: Text; i: number; c: string }[] = [];
        // No filter callback: pages without JavaScript cannot run one.
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (n.parentElement?.closest('.para-anchor')) continue;
          for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i, c: n.data[i] });
        }
        const word = (from: number, step: number) => {
          for (let j = from + step; j >= 0 && j < chars.length; j += step) if (!/\s/.test(chars[j].c)) return chars[j];
          return null;
        };
        chars.forEach(({ node, i, c }, k) => {
          const before = k > 0 ? chars[k - 1].c : ' ';
          const opens = openers.includes(c) || (c === '"' && /\s/.test(before));
          const closes = !opens && (closers.includes(c) || c === '"');
          if (!opens && !closes) return;
          const other = word(k, opens ? 1 : -1);
          // A closer that follows a space stands alone in the source itself; not a line-breaking question.
          if (!other || (closes && /\s/.test(before))) return;
          const a = rectOf(node, i);
          const b = rectOf(other.node, other.i);
          if (a && b && !sameLine(a, b)) found.push(`${block.closest('[data-column]')!.getAttribute('data-column')}: “${c}” apart from “${other.c}” in ${block.textContent!.slice(0, 40)}…`);
        });
      }
      return found;
    },
    { closers: CLOSERS, openers: OPENERS },
  );
}
