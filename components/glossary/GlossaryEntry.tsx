import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { entryHtml, type EntryLabels } from '@/lib/glossary/entryHtml';
import type { EntryView } from '@/lib/glossary/view';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  /** The entry's read model, in the interface language (getEntryView). */
  entry: EntryView;
  locale: Locale;
  /** On the term's own page: an article with an h1; in the glossary list: a list item whose title links there. */
  standalone?: boolean;
};

/** The interface strings of an entry, in the page's language: made once a request, not once an entry. */
const entryLabels = cache(async (locale: Locale): Promise<EntryLabels> => {
  const t = await getTranslations({ locale });
  return {
    otherForms: { ar: t('GlossaryPage.otherForms.ar'), en: t('GlossaryPage.otherForms.en') },
    deprecated: t('GlossaryPage.deprecated'),
    root: t('TermCard.root'),
    partOfSpeech: t('TermCard.partOfSpeech'),
    literal: t('TermCard.literal'),
    translatorNote: t('TermCard.translatorNote'),
  };
});

/**
 * One glossary entry with its anchor: both languages' forms, transliteration, explanation, word study. Its content is
 * static, so it is one HTML string (lib/glossary/entryHtml.ts): the page's payload carries it once, compactly, and
 * hydration leaves it alone.
 */
export async function GlossaryEntry({ entry, locale, standalone = false }: Props) {
  const Item = standalone ? 'article' : 'li';
  const html = entryHtml(entry, locale, await entryLabels(locale), standalone);
  return (
    <Item
      id={standalone ? undefined : entry.id}
      className="entry"
      data-entry={entry.id}
      tabIndex={standalone ? undefined : -1}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
