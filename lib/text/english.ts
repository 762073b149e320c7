import { foldLatin } from './normalize';

// A word with a capital after its first letter is an acronym or a name of that shape (NATO, GNA, HoR): it is
// matched in its exact case only, so "us" is not "US" and "nato" in running text is not NATO.
const CASE_SENSITIVE = /^.\S*\p{Lu}/u;

/** A word without its possessive ending, and a dotted abbreviation without its full stops (U.S. reads as US). */
function stripPossessive(word: string): string {
  const base = word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
  return /^\p{L}(?:\.\p{L})+\.?$/u.test(base) ? base.replaceAll('.', '') : base;
}

/** A light stemmer for plurals, enough to make "brigades" find "brigade" and "militias" find "militia". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The key an English word of a term is stored under. */
export function englishFormKey(word: string): string {
  const base = stripPossessive(word);
  return CASE_SENSITIVE.test(base) ? '=' + base : stem(foldLatin(base));
}

/** The keys an English word of a text is looked up by: its exact-case key when it has capitals, and its folded key. */
export function englishReadings(word: string): string[] {
  const base = stripPossessive(word);
  const folded = stem(foldLatin(base));
  return CASE_SENSITIVE.test(base) ? ['=' + base, folded] : [folded];
}
