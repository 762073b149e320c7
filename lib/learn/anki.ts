import type { EntryHeadline } from '@/lib/glossary/view';
import type { AnkiNote } from './csv';
import type { SavedWord } from './savedWords';

/** What the export needs of a glossary entry, in the interface language. */
export type WordEntry = EntryHeadline;

/**
 * One Anki note per saved word. The front is the entry in the language it was saved from (a learner of Arabic
 * saves from the Arabic column, a learner of English from the English one); the back has the other language,
 * the transliteration and the gloss; the context is the sentence in both languages, the saved side first.
 * Words whose entry has left the glossary keep what was saved with them.
 */
export function wordsToNotes(words: SavedWord[], entries: Record<string, WordEntry>): AnkiNote[] {
  return words.map((w) => {
    const e = entries[w.termId];
    const other = w.lang === 'ar' ? 'en' : 'ar';
    const front = e ? e[w.lang] : (w.surface ?? w.termId);
    const back = e ? [`${e[other]} (${e.translit})`, e.gloss].join('\n') : '';
    const context = [w.context?.[w.lang], w.context?.[other]].filter(Boolean).join('\n');
    const slug = w.context?.href?.match(/\/articles\/([^/?#]+)/)?.[1];
    return { front, back, context, tags: ['mizan', ...(e ? [e.category] : []), ...(slug ? [slug] : [])] };
  });
}
