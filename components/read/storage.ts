/** What the learner pasted, kept in the browser. Anything unreadable in storage counts as nothing saved. */
export type Pasted = { ar: string; en: string };

const KEY = 'mizan.read.v1';

export function loadPasted(): Pasted {
  try {
    const raw = window.localStorage.getItem(KEY);
    const data: unknown = raw ? JSON.parse(raw) : null;
    if (data && typeof data === 'object') {
      const { ar, en } = data as Record<string, unknown>;
      return { ar: typeof ar === 'string' ? ar : '', en: typeof en === 'string' ? en : '' };
    }
  } catch {
    // Corrupted or blocked storage: start empty rather than fail.
  }
  return { ar: '', en: '' };
}

export function savePasted(pasted: Pasted): void {
  try {
    if (pasted.ar || pasted.en) window.localStorage.setItem(KEY, JSON.stringify(pasted));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the text stays on the page, it just will not survive a reload.
  }
}
