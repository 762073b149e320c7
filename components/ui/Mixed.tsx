import type { Lang } from '@/lib/i18n/locales';
import { scriptRuns } from '@/lib/text/scriptRuns';

/**
 * A text in `lang` whose quotations in the other script (an Arabic word in an English explanation, a Latin name in
 * an Arabic note) get their own `lang` and `dir`: read in the right voice, and isolated for the bidi algorithm.
 */
export function Mixed({ text, lang }: { text: string; lang: Lang }) {
  return scriptRuns(text, lang).map((run, i) =>
    run.lang ? (
      <span key={i} lang={run.lang} dir={run.lang === 'ar' ? 'rtl' : 'ltr'}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
