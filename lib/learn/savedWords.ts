/**
 * Saved words in browser storage: a versioned format, and recovery from anything else found under the key.
 * Pure functions: the browser store (components/learn/savedWordsStore.ts, through lib/storage) reads and writes.
 */
import type { Codec } from '@/lib/storage/store';

export const WORDS_KEY = 'mizan.words';
export const WORDS_BACKUP_KEY = 'mizan.words.backup';
export const WORDS_VERSION = 2;

import type { Lang } from '@/lib/i18n/locales';
export type { Lang };

/** The sentence a word was saved from, in both languages when it came from aligned texts. */
export type WordContext = { ar?: string; en?: string; sentence?: string; title?: string; href?: string };

export type SavedWord = {
  termId: string;
  /** The occurrence as written in the text (clitics included), when known. */
  surface?: string;
  /** The column it was saved from. */
  lang: Lang;
  context?: WordContext;
  savedAt: string;
};

/** What could not be kept the last time storage was read: shown to the learner until dismissed. */
export type Recovery = { reason: 'unreadable' | 'newerVersion' | 'invalidEntries'; dropped: number; backupKey: string; at: string };

export type WordsFile = { v: typeof WORDS_VERSION; words: SavedWord[]; recovery?: Recovery };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);

/**
 * A path of this site ("/en/articles/x#p2"), or undefined: storage can hold anything, and the words page makes a
 * link of it, so another origin ("https://evil", "//evil", "/\\evil") or a scheme ("javascript:") is not kept.
 */
export function sitePath(x: unknown): string | undefined {
  if (typeof x !== 'string' || !x.startsWith('/') || x.startsWith('//') || x.startsWith('/\\')) return undefined;
  try {
    const base = 'http://mizan.invalid';
    const url = new URL(x, base);
    return url.origin === base ? url.pathname + url.search + url.hash : undefined;
  } catch {
    return undefined;
  }
}

function readContext(x: unknown): WordContext | undefined {
  if (!isObject(x)) return undefined;
  const c: WordContext = {};
  for (const k of ['ar', 'en', 'sentence', 'title'] as const) if (str(x[k])) c[k] = str(x[k]);
  const href = sitePath(x.href);
  if (href) c.href = href;
  return Object.keys(c).length ? c : undefined;
}

/** One entry of the current format, or null when it cannot be read as one. */
export function readWord(x: unknown): SavedWord | null {
  if (!isObject(x) || typeof x.termId !== 'string' || !ID.test(x.termId)) return null;
  if (x.lang !== 'ar' && x.lang !== 'en') return null;
  const word: SavedWord = { termId: x.termId, lang: x.lang, savedAt: str(x.savedAt) ?? '' };
  if (str(x.surface)) word.surface = str(x.surface);
  const context = readContext(x.context);
  if (context) word.context = context;
  return word;
}

export type Parsed = { words: SavedWord[]; recovery?: Recovery; problem?: Omit<Recovery, 'backupKey' | 'at'> };

/**
 * Read what storage holds. Version 2 is `{ v: 2, words: [...] }`. Version 1, the first shape (a bare list of term
 * ids), is migrated without loss. Anything else (broken JSON, a newer version, entries that are not words) is a
 * problem: what can be read is kept, and the caller backs up the raw value before writing the clean one.
 */
export function parseWords(raw: string | null): Parsed {
  if (raw === null || raw === '') return { words: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { words: [], problem: { reason: 'unreadable', dropped: 0 } };
  }
  if (Array.isArray(data)) {
    // Version 1: every entry that is an id is kept, whatever else the list holds.
    const ids = data.filter((id): id is string => typeof id === 'string' && ID.test(id));
    const words = dedupe(ids.map((termId) => ({ termId, lang: 'ar' as const, savedAt: '' })));
    const dropped = data.length - ids.length;
    return dropped ? { words, problem: { reason: 'invalidEntries', dropped } } : { words };
  }
  if (!isObject(data) || typeof data.v !== 'number') return { words: [], problem: { reason: 'unreadable', dropped: 0 } };
  if (data.v > WORDS_VERSION) return { words: [], problem: { reason: 'newerVersion', dropped: 0 } };
  if (data.v !== WORDS_VERSION || !Array.isArray(data.words)) return { words: [], problem: { reason: 'unreadable', dropped: 0 } };
  const read = data.words.map(readWord);
  const words = dedupe(read.filter((w): w is SavedWord => w !== null));
  const recovery = readRecovery(data.recovery);
  const dropped = data.words.length - read.filter(Boolean).length;
  return { words, recovery, problem: dropped ? { reason: 'invalidEntries', dropped } : undefined };
}

function readRecovery(x: unknown): Recovery | undefined {
  if (!isObject(x) || !['unreadable', 'newerVersion', 'invalidEntries'].includes(x.reason as string)) return undefined;
  return { reason: x.reason as Recovery['reason'], dropped: typeof x.dropped === 'number' ? x.dropped : 0, backupKey: str(x.backupKey) ?? WORDS_BACKUP_KEY, at: str(x.at) ?? '' };
}

function dedupe(words: SavedWord[]): SavedWord[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.termId) && seen.add(w.termId));
}

export function serializeWords(file: Omit<WordsFile, 'v'>): string {
  const out: WordsFile = { v: WORDS_VERSION, words: file.words };
  if (file.recovery) out.recovery = file.recovery;
  return JSON.stringify(out);
}

/** The learner's list with this word saved, or without it if it was saved: one entry per term, newest first. */
export function toggleWord(words: SavedWord[], word: SavedWord): SavedWord[] {
  return words.some((w) => w.termId === word.termId) ? removeWord(words, word.termId) : [word, ...words];
}

export function removeWord(words: SavedWord[], termId: string): SavedWord[] {
  return words.filter((w) => w.termId !== termId);
}

export type WordsState = { words: SavedWord[]; recovery?: Recovery };

/**
 * How saved words are kept (lib/storage): when storage held something that could not all be read, the store copies
 * the raw value aside, and the note of what happened is kept with the words until the learner dismisses it.
 */
export const wordsCodec: Codec<WordsState, NonNullable<Parsed['problem']>> = {
  empty: { words: [] },
  parse(raw) {
    const { words, recovery, problem } = parseWords(raw);
    return { value: { words, recovery }, problem };
  },
  serialize: serializeWords,
  recovered: (state, problem, backupKey) => ({ words: state.words, recovery: { ...problem, backupKey, at: backupKey ? new Date().toISOString() : '' } }),
};

/**
 * The inline script the words page runs before its first paint, as the first child of the saved-words region
 * (components/learn/SavedWords.tsx): it says whether the list will have something to show (`data-words="some"`:
 * words, or a recovery notice) or not (`"none"`), so the stylesheet keeps the room the list will take and the
 * footer does not move when it renders after hydration. In doubt (storage unreadable), "some".
 */
export function savedWordsBootScript(): string {
  return `(function(){var n=1;try{var r=localStorage.getItem(${JSON.stringify(WORDS_KEY)});var v=r?JSON.parse(r):null;n=v===null?0:Array.isArray(v)?v.length:v.v===${WORDS_VERSION}&&Array.isArray(v.words)&&!v.recovery?v.words.length:1}catch(e){}document.currentScript.parentElement.setAttribute('data-words',n?'some':'none')})();`;
}
