/** One reading of a written Arabic word: the proclitics split off and the key of what remains. */
export type Reading = { key: string; clitics: string[] };

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const MIN_STEM = 2;

/**
 * Every way to read a normalised Arabic word as (و|ف)? (ب|ك|ل)? stem, plus (و|ف)? لل… read as ل + ال…
 * (the alef of the article is not written after ل). The whole word comes first, so a term spelt with a
 * leading و or ل of its own wins over a clitic reading. لليبيا yields ل + ليبيا as well as ل + اليبيا, and
 * only the first exists as a term.
 */
export function readings(word: string): Reading[] {
  const out: Reading[] = [{ key: word, clitics: [] }];
  const add = (key: string, clitics: string[]) => {
    if (key.length >= MIN_STEM && !out.some((r) => r.key === key)) out.push({ key, clitics });
  };
  for (const conj of ['', ...CONJUNCTIONS]) {
    if (!word.startsWith(conj)) continue;
    const rest = word.slice(conj.length);
    const lead = conj ? [conj] : [];
    if (conj) add(rest, lead);
    for (const prep of PREPOSITIONS) {
      if (rest.startsWith(prep)) add(rest.slice(1), [...lead, prep]);
    }
    if (rest.startsWith('لل')) add('ال' + rest.slice(2), [...lead, 'ل']);
  }
  return out;
}

const MARK = /[\p{M}\u0640]/u;

/**
 * How an occurrence is written: its proclitics, each with its own vowel marks, then the rest as written, e.g.
 * وللمجلس الرئاسي → و + ل + المجلس الرئاسي. After ل the article's alef is not written (للمجلس); it is put back
 * when the glossary form has the article, so the learner sees the word they would look up. The text on the page
 * is never split: this is for the card only.
 */
export function breakdown(surface: string, clitics: string[], form: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const clitic of clitics) {
    if (surface[at] !== clitic) return [surface];
    let end = at + 1;
    while (end < surface.length && MARK.test(surface[end])) end++;
    parts.push(surface.slice(at, end));
    at = end;
  }
  let rest = surface.slice(at);
  if (clitics.at(-1) === 'ل' && rest.startsWith('ل') && form.replace(/[أإآ]/g, 'ا').startsWith('ال')) rest = 'ا' + rest;
  return [...parts, rest];
}
