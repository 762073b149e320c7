import { useSyncExternalStore } from 'react';
import { localKey } from '@/components/ui/localStore';
import { WORDS_BACKUP_KEY, WORDS_KEY, parseWords, serializeWords, type Recovery, type SavedWord } from '@/lib/learn/savedWords';

export type WordsState = { words: SavedWord[]; recovery?: Recovery };

const store = localKey(WORDS_KEY);
const EMPTY: WordsState = { words: [] };
let cache: { raw: string | null; state: WordsState } | null = null;

/** A backup key not yet used, so an earlier backup is never overwritten. */
function freeBackupKey(): string {
  for (let i = 1; ; i++) {
    const key = i === 1 ? WORDS_BACKUP_KEY : `${WORDS_BACKUP_KEY}.${i}`;
    if (window.localStorage.getItem(key) === null) return key;
  }
}

/**
 * Read storage; when what is there cannot all be kept, first copy the raw value to a backup key (nothing is
 * lost), then write back what could be read with a note of what happened, shown to the learner until dismissed.
 * This runs inside getSnapshot, but only once per raw value: the clean value it writes reads back unchanged.
 */
function snapshot(): WordsState {
  const raw = store.get();
  if (cache && cache.raw === raw) return cache.state;
  const parsed = parseWords(raw);
  let state: WordsState = { words: parsed.words, recovery: parsed.recovery };
  let stored = raw;
  if (parsed.problem && raw !== null) {
    try {
      const backupKey = freeBackupKey();
      window.localStorage.setItem(backupKey, raw);
      state = { words: parsed.words, recovery: { ...parsed.problem, backupKey, at: new Date().toISOString() } };
      stored = serializeWords(state);
      window.localStorage.setItem(WORDS_KEY, stored);
    } catch {
      // Storage full or blocked: leave the raw value where it is and show what could be read.
      state = { words: parsed.words, recovery: { ...parsed.problem, backupKey: '', at: '' } };
    }
  }
  cache = { raw: stored, state };
  return state;
}

const write = (state: WordsState) => store.set(serializeWords(state));

export function useSavedWords() {
  const state = useSyncExternalStore(store.subscribe, snapshot, () => EMPTY);
  return {
    ...state,
    save: (words: SavedWord[]) => write({ ...snapshot(), words }),
    dismissRecovery: () => write({ words: snapshot().words }),
  };
}
