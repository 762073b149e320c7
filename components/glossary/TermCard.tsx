'use client';

import { useTranslations } from 'next-intl';
import type { CardTerm } from './types';
import { CardActions } from '@/components/learn/CardActions';
import { breakdown } from '@/lib/text/clitics';
import { WordStudy } from './WordStudy';

type Props = {
  term: CardTerm;
  titleId: string;
  occurrence: { text: string; clitics: string[]; form: string; lang: 'ar' | 'en' };
};

/** The card's body: the term in both languages, transliteration, category, the explanation, and a link. */
export function TermCard({ term, titleId, occurrence }: Props) {
  const t = useTranslations('TermCard');
  const parts = occurrence.lang === 'ar' && occurrence.clitics.length > 0 ? breakdown(occurrence.text, occurrence.clitics, occurrence.form).join(' + ') : null;
  return (
    <div className="term-card" data-card={term.id}>
      <p className="term-card-category">{term.category}</p>
      <h2 id={titleId} className="term-card-title">
        <span lang="ar" dir="rtl" className="ar">
          {term.ar}
        </span>
        <span className="term-card-sep" aria-hidden="true">
          {' · '}
        </span>
        <span lang="en" dir="ltr">
          {term.en}
        </span>
      </h2>
      <dl className="term-card-facts">
        <div>
          <dt>{t('transliteration')}</dt>
          <dd lang="ar-Latn" dir="ltr">
            {term.translit}
          </dd>
        </div>
        {parts && (
          <div>
            <dt>{t('writtenHere')}</dt>
            <dd lang="ar" dir="rtl" className="ar">
              {parts}
            </dd>
          </div>
        )}
        {term.study && (
          <>
            <WordStudy {...term.study} labels={{ root: t('root'), partOfSpeech: t('partOfSpeech') }} />
            <div>
              <dt>{t('literal')}</dt>
              <dd>{term.study.literal}</dd>
            </div>
          </>
        )}
      </dl>
      <p className="term-card-gloss">{term.gloss}</p>
      <p className="term-card-explanation">{term.explanation}</p>
      {term.study && (
        <p className="term-card-note">
          <strong>{t('translatorNote')}</strong> {term.study.note}
        </p>
      )}
      <CardActions termId={term.id} occurrence={occurrence} />
      <a className="term-card-link" href={term.href}>
        {t('openEntry')}
      </a>
    </div>
  );
}
