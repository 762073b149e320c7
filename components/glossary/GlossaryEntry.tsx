import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import type { Term } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { WordStudy } from './WordStudy';

type Props = {
  term: Term;
  locale: Locale;
  /** On the term's own page: an article with an h1; in the glossary list: a list item whose title links there. */
  standalone?: boolean;
};

/** One glossary entry with its anchor: both languages' forms, transliteration, explanation, word study. */
export async function GlossaryEntry({ term, locale, standalone = false }: Props) {
  const t = await getTranslations({ locale });
  const others = (lang: 'ar' | 'en') => term[lang].slice(1);
  const Item = standalone ? 'article' : 'li';
  const Heading = standalone ? 'h1' : 'h3';
  const title = (
    <>
      <span lang="ar" dir="rtl" className="ar">
        {term.ar[0].form}
      </span>
      <span aria-hidden="true"> · </span>
      <span lang="en" dir="ltr">
        {term.en[0].form}
      </span>
    </>
  );
  return (
    <Item id={standalone ? undefined : term.id} className="entry" data-entry={term.id} tabIndex={standalone ? undefined : -1}>
      <Heading className="entry-title">{standalone ? title : <a href={`/${locale}/glossary/${term.id}`}>{title}</a>}</Heading>
      <p className="entry-translit" lang="ar-Latn" dir="ltr">
        {term.translit}
      </p>
      <p className="entry-gloss">{t(`Glossary.${term.id}.gloss`)}</p>
      <p>{t(`Glossary.${term.id}.explanation`)}</p>
      <dl className="entry-forms">
        {(['ar', 'en'] as const).map((lang) =>
          others(lang).length ? (
            <div key={lang}>
              <dt>{t(`GlossaryPage.otherForms.${lang}`)}</dt>
              <dd lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className={lang === 'ar' ? 'ar' : undefined}>
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
              </dd>
            </div>
          ) : null,
        )}
        {term.study && (
          <>
            <WordStudy
              root={term.study.root}
              pattern={term.study.pattern}
              pos={t(`PartOfSpeech.${term.study.pos}`)}
              labels={{ root: t('TermCard.root'), partOfSpeech: t('TermCard.partOfSpeech') }}
            />
            <div>
              <dt>{t('TermCard.literal')}</dt>
              <dd>{t(`Glossary.${term.id}.literal`)}</dd>
            </div>
            <div>
              <dt>{t('TermCard.translatorNote')}</dt>
              <dd>{t(`Glossary.${term.id}.note`)}</dd>
            </div>
          </>
        )}
      </dl>
    </Item>
  );
}
