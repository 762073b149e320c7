import type { Lang } from '@/lib/i18n/locales';
import { attr, escapeText } from '@/lib/reader/html';
import { scriptRuns } from '@/lib/text/scriptRuns';
import { otherForms, type EntryView } from './view';

// A glossary entry as an HTML string, for the server to put in the entry's element with dangerouslySetInnerHTML
// (components/glossary/GlossaryEntry.tsx), as the reader does with its paragraphs (lib/reader/html.ts). The entry is
// static text, so the React Server Components payload carries it as one string instead of a JSON element per span
// (on the glossary page that payload was twice the markup), and hydration does not walk its elements. The markup is
// the one the JSX components render (EntryTitle, WordStudy, Fact, Mixed), which the client still uses in cards and
// search results.

/** The interface strings an entry shows, in the page's language. */
export type EntryLabels = {
  otherForms: Record<Lang, string>;
  deprecated: string;
  root: string;
  partOfSpeech: string;
  literal: string;
  translatorNote: string;
};

const dirOf = (lang: string) => (lang === 'ar' ? 'rtl' : 'ltr');
const langAttrs = (lang: string) => `${attr('lang', lang)}${attr('dir', dirOf(lang))}`;
const arSpan = (text: string) => `<span${langAttrs('ar')} class=ar>${escapeText(text)}</span>`;

/** Components/ui/Mixed as HTML: runs in the other script get their own lang and dir. */
export function mixedHtml(text: string, lang: Lang): string {
  return scriptRuns(text, lang)
    .map((run) => (run.lang ? `<span${langAttrs(run.lang)}>${escapeText(run.text)}</span>` : escapeText(run.text)))
    .join('');
}

/** Components/glossary/EntryTitle as HTML: both names, each with its lang and dir. */
export function entryTitleHtml(ar: string, en: string): string {
  return `${arSpan(ar)}<span aria-hidden=true> · </span><span${langAttrs('en')}>${escapeText(en)}</span>`;
}

/** Components/ui/Fact as HTML: one row of a <dl>; `valueHtml` is markup already. */
function factHtml(label: string, valueHtml: string, valueAttrs = ''): string {
  return `<div><dt>${escapeText(label)}</dt><dd${valueAttrs}>${valueHtml}</dd></div>`;
}

/** The other forms of one language, deprecated ones marked in the interface language. */
function formsHtml(entry: EntryView, lang: Lang, locale: Lang, labels: EntryLabels): string {
  const forms = otherForms(entry, lang);
  if (!forms.length) return '';
  const list = forms
    .map((f) => {
      const form = `<span${attr('class', `form form-${f.status}`)}>${escapeText(f.form)}</span>`;
      return f.status === 'deprecated' ? `${form} <span${langAttrs(locale)} class=muted>(${escapeText(labels.deprecated)})</span>` : form;
    })
    .join(lang === 'ar' ? '، ' : ', ');
  return factHtml(labels.otherForms[lang], list, `${langAttrs(lang)}${lang === 'ar' ? ' class=ar' : ''}`);
}

/**
 * What an entry's element holds: its title (an h1 on the term's own page; an h3 linking there in the glossary list),
 * transliteration, gloss, explanation, and a <dl> of other forms and, for word entries, root, part of speech and
 * pattern, literal sense and translator's note.
 */
export function entryHtml(entry: EntryView, locale: Lang, labels: EntryLabels, standalone: boolean): string {
  const title = entryTitleHtml(entry.ar, entry.en);
  const heading = standalone ? `<h1 class=entry-title>${title}</h1>` : `<h3 class=entry-title><a${attr('href', entry.href)}>${title}</a></h3>`;
  const { study } = entry;
  const studyHtml = study
    ? factHtml(labels.root, escapeText(study.root), `${langAttrs('ar')} class=ar`) +
      factHtml(labels.partOfSpeech, escapeText(study.posLabel) + (study.pattern ? ` · ${arSpan(study.pattern)}` : '')) +
      factHtml(labels.literal, escapeText(study.literal)) +
      factHtml(labels.translatorNote, mixedHtml(study.note, locale))
    : '';
  return (
    heading +
    `<p class=entry-translit${langAttrs('ar-Latn')}>${escapeText(entry.translit)}</p>` +
    `<p class=entry-gloss>${escapeText(entry.gloss)}</p>` +
    `<p>${mixedHtml(entry.explanation, locale)}</p>` +
    `<dl class=entry-forms>${formsHtml(entry, 'ar', locale, labels)}${formsHtml(entry, 'en', locale, labels)}${studyHtml}</dl>`
  );
}
