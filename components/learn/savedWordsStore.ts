import { storedItem, useStored } from '@/lib/storage/store';
import { WORDS_KEY, wordsCodec, type SavedWord, type WordsState } from '@/lib/learn/savedWords';

export type { WordsState };

const item = storedItem(WORDS_KEY, wordsCodec);
const SERVER = { value: wordsCodec.empty };

/** The learner's saved words, from browser storage (recovered and backed up by lib/storage when unreadable). */
export function useSavedWords() {
  const [{ value }, set] = useStored(item, SERVER);
  return {
    ...value,
    save: (words: SavedWord[]) => set({ ...item.snapshot().value, words }),
    dismissRecovery: () => set({ words: item.snapshot().value.words }),
  };
}
