import { englishWordKey } from '@/lib/text/fulltext';
import { ENGLISH_STOP } from './stopwords';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
// Words that may join two capitalised words of one name: House of Commons, Bank of England, Abu al-Qasim.
const CONNECTORS = new Set(['of', 'the', 'de', 'for', 'and', 'al', 'bin', 'von', 'van', 'la']);
const MAX_N = 4;

const isCapital = (w: string) => /^\p{Lu}/u.test(w);
const key = (words: string[]) => words.map((w) => englishWordKey(w.replace(/[.’']+$/u, ''))).join(' ');

/**
 * The English candidates of one aligned unit, by key (folded, singular) with the text as written: every part of a
 * run of capitalised words (names: "Prime Minister Theresa May" gives "Theresa May", "Prime Minister"…), a
 * lone capital at the start of a sentence only if it is not a function word, and lower-case phrases of two or
 * three content words ("climate change").
 */
export function englishNgrams(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const sentences = text.split(/(?<=[.!?]["'”’)]?)\s+/u);
  for (const sentence of sentences) {
    const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
    const emit = (gram: string[]) => {
      if (gram.length === 0 || CONNECTORS.has(gram[0].toLowerCase()) || CONNECTORS.has(gram[gram.length - 1].toLowerCase())) return;
      if (gram.length === 1 && ENGLISH_STOP.has(gram[0].toLowerCase())) return;
      const k = key(gram);
      if (!out.has(k)) out.set(k, gram.join(' ').replace(/['’]s$/u, ''));
    };
    // Runs of capitalised words (with connectors inside), and their parts.
    let run: string[] = [];
    const flush = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1].toLowerCase())) run.pop();
      for (let i = 0; i < run.length; i++) for (let n = 1; n <= MAX_N && i + n <= run.length; n++) emit(run.slice(i, i + n));
      run = [];
    };
    words.forEach((w, i) => {
      if (isCapital(w) && !(i === 0 && ENGLISH_STOP.has(w.toLowerCase()))) run.push(w);
      else if (run.length && CONNECTORS.has(w.toLowerCase()) && isCapital(words[i + 1] ?? '')) run.push(w);
      else flush();
    });
    flush();
    // Lower-case noun phrases: two or three content words in a row.
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 3 && i + n <= words.length; n++) {
        const gram = words.slice(i, i + n);
        if (gram.some((w) => isCapital(w) || ENGLISH_STOP.has(w.toLowerCase()) || /\d/.test(w) || w.length < 3)) break;
        emit(gram);
      }
    }
  }
  return out;
}
