import { stripTashkeel } from '@/lib/text/normalize';

// Hiding tashkeel rewrites the Arabic column's text nodes in place and keeps each original, so showing it again
// restores the exact text, term elements and all, without React re-rendering the article. Nodes added later
// (pasted texts rendered in the browser) are caught by an observer while tashkeel is hidden. Nothing reads the
// text back: save and listen take it from the page's text as data (pageTextStore).

const originals = new WeakMap<Text, string>();
const changed = new Set<Text>();
let observer: MutationObserver | null = null;

function stripNode(node: Text) {
  const bare = stripTashkeel(node.data);
  if (bare === node.data) return;
  originals.set(node, node.data);
  changed.add(node);
  node.data = bare;
}

function stripIn(node: Node) {
  if (node instanceof Text) return stripNode(node);
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) stripNode(n as Text);
}

const AR = '[data-column="ar"]';

/** Strip what is Arabic-column text in a node that appeared or changed under the reader. */
function stripAdded(node: Node) {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return;
  if (el.closest(AR)) stripIn(node);
  else if (node instanceof Element) node.querySelectorAll(AR).forEach(stripIn);
}

/**
 * Show or hide the diacritics of the Arabic column(s) under root. While hidden, the whole root is watched, so
 * columns rendered later (pasted texts) and text React changes are stripped too.
 */
export function setTashkeel(root: HTMLElement, show: boolean): void {
  observer?.disconnect();
  observer = null;
  if (!show) {
    root.querySelectorAll(AR).forEach(stripIn);
    observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') stripAdded(r.target);
        else r.addedNodes.forEach(stripAdded);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return;
  }
  for (const node of changed) {
    const original = originals.get(node);
    // Only text still as this module left it goes back; anything rewritten since is left alone.
    if (original !== undefined && node.data === stripTashkeel(original)) node.data = original;
  }
  changed.clear();
}
