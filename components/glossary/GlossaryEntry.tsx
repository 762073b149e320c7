import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { otherForms, type EntryView } from '@/lib/glossary/view';
import type { Locale } from '@/lib/i18n/routing';
import { Fact } from '@/components/ui/Fact';
import { Mixed } from '@/components/ui/Mixed';
import { EntryTitle } from './EntryTitle';
import { WordStudy } from './WordStudy';

type Props = {
  /** The entry's read model, in the interface language (getEntryView). */
  entry: EntryView;
  locale: Locale;
  /** On the term's own page: an article with an h1; in the glossary list: a list item whose title links there. */
  standalone?: boolean;
};

/** One glossary entry with its anchor: both languages' forms, transliteration, explanation, word study. */
export async function GlossaryEntry({ entry, locale, standalone = false }: Props) {
  const t = await getTranslations({ locale });
  const others = (lang: Locale) => otherForms(entry, lang);
  const Item = standalone ? 'article' : 'li';
  const Heading = standalone ? 'h1' : 'h3';
  const title = <EntryTitle ar={entry.ar} en={entry.en} />;
  return (
    <Item id={standalone ? undefined : entry.id} className="entry" data-entry={entry.id} tabIndex={standalone ? undefined : -1}>
      <Heading className="entry-title">{standalone ? title : <a href={entry.href}>{title}</a>}</Heading>
      <p className="entry-translit" lang="ar-Latn" dir="ltr">
        {entry.translit}
      </p>
      <p className="entry-gloss">{entry.gloss}</p>
      <p>
        <Mixed text={entry.explanation} lang={locale} />
      </p>
      <dl className="entry-forms">
        {(['ar', 'en'] as const).map((lang) =>
          others(lang).length ? (
            <Fact key={lang} label={t(`GlossaryPage.otherForms.${lang}`)} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className={lang === 'ar' ? 'ar' : undefined}>
              {others(lang).map((f, i) => (
                <Fragment key={f.form}>
                  {i > 0 && (lang === 'ar' ? '، ' : ', ')}
                  <span className={`form form-${f.status}`}>{f.form}</span>
                  {f.status === 'deprecated' && (
                    <>
                      {' '}
                      <span lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} className="muted">
                        ({t('GlossaryPage.deprecated')})
                      </span>
                    </>
                  )}
                </Fragment>
              ))}
            </Fact>
          ) : null,
        )}
        {entry.study && (
          <>
            <WordStudy
              root={entry.study.root}
              pattern={entry.study.pattern}
              pos={entry.study.posLabel}
              labels={{ root: t('TermCard.root'), partOfSpeech: t('TermCard.partOfSpeech') }}
            />
            <Fact label={t('TermCard.literal')}>{entry.study.literal}</Fact>
            <Fact label={t('TermCard.translatorNote')}>
              <Mixed text={entry.study.note} lang={locale} />
            </Fact>
          </>
        )}
      </dl>
    </Item>
  );
}
