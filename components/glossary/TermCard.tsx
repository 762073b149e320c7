'use client';

import { CardActions } from '@/components/learn/CardActions';
import type { OccurrenceText } from '@/lib/reader/pageText';
import { breakdown } from '@/lib/text/clitics';
import type { CardLabels, CardTerm } from './types';
import { WordStudy } from './WordStudy';
import type { Lang } from '@/lib/i18n/locales';
import { Fact } from '@/components/ui/Fact';
import { Mixed } from '@/components/ui/Mixed';

type Props = {
  term: CardTerm;
  titleId: string;
  labels: CardLabels;
  occurrence: OccurrenceText & { lang: Lang };
  /** The term element the card was opened from: where the saved word's sentence is looked up. */
  anchor: Element;
};

/** The card's body: the term in both languages, transliteration, category, the explanation, and a link. */
export function TermCard({ term, titleId, labels, occurrence, anchor }: Props) {
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
        <Fact label={labels.transliteration} lang="ar-Latn" dir="ltr">
          {term.translit}
        </Fact>
        {parts && (
          <Fact label={labels.writtenHere} lang="ar" dir="rtl" className="ar">
            {parts}
          </Fact>
        )}
        {term.study && (
          <>
            <WordStudy {...term.study} labels={{ root: labels.root, partOfSpeech: labels.partOfSpeech }} />
            <Fact label={labels.literal}>{term.study.literal}</Fact>
          </>
        )}
      </dl>
      <p className="term-card-gloss">{term.gloss}</p>
      <p className="term-card-explanation">
        <Mixed text={term.explanation} lang={labels.lang} />
      </p>
      {term.study && (
        <p className="term-card-note">
          <strong>{labels.translatorNote}</strong> <Mixed text={term.study.note} lang={labels.lang} />
        </p>
      )}
      <CardActions termId={term.id} occurrence={occurrence} anchor={anchor} labels={labels} />
      <a className="term-card-link" href={term.href}>
        {labels.openEntry}
      </a>
    </div>
  );
}
