import type { Lang } from '@/lib/i18n/locales';

// Text in one language often quotes the other: an English explanation names «وفاق», an Arabic note cites "NTREX-128".
// Screen readers need the quoted run's language and the bidi algorithm needs it isolated (a Latin name at the end of
// an Arabic sentence otherwise drags the full stop to the wrong side). This splits a text into runs of its own
// language and runs of the other script, which the UI wraps in an element with `lang` and `dir` (components/ui/Mixed).

const ARABIC = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const LATIN = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';

/** Arabic words, with the spaces, Arabic punctuation and tatweel between them (not the quotes around them). */
const ARABIC_RUN = new RegExp(`[${ARABIC}]+(?:[\\s\\u00A0]+[${ARABIC}]+)*`, 'g');
/** Latin words, with digits, hyphens, apostrophes and inner full stops (U.S., NTREX-128), and the spaces between. */
const LATIN_RUN = new RegExp(`[${LATIN}][${LATIN}0-9'’.\\-]*(?:[\\s\\u00A0]+[${LATIN}0-9][${LATIN}0-9'’.\\-]*)*`, 'g');

export type ScriptRun = { text: string; lang?: Lang };

/**
 * The runs of `text` (written in `lang`) that are in the other language's script, marked with that language; the
 * rest unmarked. Concatenating the runs gives the text back. A full stop that ends a Latin run is left to the
 * sentence, unless the run is an abbreviation with full stops inside (U.S.).
 */
export function scriptRuns(text: string, lang: Lang): ScriptRun[] {
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const pattern = lang === 'ar' ? LATIN_RUN : ARABIC_RUN;
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    let run = m[0];
    if (other === 'en') {
      // "… NTREX-128." ends the sentence; "U.S." keeps its stop; a trailing hyphen or apostrophe is punctuation.
      while (/[.'’-]$/.test(run) && !(run.endsWith('.') && /\.[^.\s]/.test(run))) run = run.slice(0, -1);
    }
    if (!run) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: run, lang: other });
    at = m.index + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
