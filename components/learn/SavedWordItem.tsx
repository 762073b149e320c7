'use client';

import { useTranslations } from 'next-intl';
import type { WordEntry } from '@/lib/learn/anki';
import type { SavedWord } from '@/lib/learn/savedWords';

type Props = { word: SavedWord; entry?: WordEntry; onRemove: () => void };

/** One saved word: the entry in both languages, the sentence it was saved from in both, and a remove button. */
export function SavedWordItem({ word, entry, onRemove }: Props) {
  const t = useTranslations('Words');
  const ar = entry?.ar ?? (word.lang === 'ar' ? word.surface : undefined);
  const en = entry?.en ?? (word.lang === 'en' ? word.surface : undefined);
  const label = (ar && en ? `${ar} · ${en}` : (ar ?? en)) ?? word.termId;
  return (
    <li className="saved-word" data-word={word.termId}>
      <h2 className="saved-word-title">
        {ar && (
          <span lang="ar" dir="rtl" className="ar">
            {ar}
          </span>
        )}
        {ar && en && <span aria-hidden="true"> · </span>}
        {en && (
          <span lang="en" dir="ltr">
            {en}
          </span>
        )}
      </h2>
      {entry ? (
        <p className="saved-word-gloss">
          <span lang="ar-Latn" dir="ltr" className="entry-translit">
            {entry.translit}
          </span>
          {' — '}
          {entry.gloss}
        </p>
      ) : (
        <p>{t('unknownTerm')}</p>
      )}
      {word.context && (word.context.ar || word.context.en) && (
        <div className="saved-word-context" data-testid="word-context">
          {(['ar', 'en'] as const).map((lang) =>
            word.context?.[lang] ? (
              <p key={lang} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} data-context={lang}>
                {word.context[lang]}
              </p>
            ) : null,
          )}
          {word.context.href && (
            <p className="saved-word-source">
              <a href={word.context.href}>{t('savedFrom', { title: word.context.title ?? word.context.href })}</a>
            </p>
          )}
        </div>
      )}
      <button type="button" className="remove-button" aria-label={t('remove', { term: label })} onClick={onRemove}>
        {t('removeLabel')}
      </button>
    </li>
  );
}
