'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { unitTexts } from '@/components/reader/sentences';
import { originalText } from '@/components/reader/tashkeel';
import { toggleWord, type WordContext } from '@/lib/learn/savedWords';
import './learn.css';
import { ListenButton } from './ListenButton';
import { useSavedWords } from './savedWordsStore';

type Props = { termId: string; occurrence: { text: string; lang: 'ar' | 'en' } };

/** The sentence the open card's term stands in, in both languages, and the page it is on. */
function contextOfOpenTerm(): WordContext | undefined {
  // Only one card is open at a time, and its trigger is the one expanded.
  const trigger = document.querySelector('[data-term][aria-expanded="true"]');
  if (!trigger) return undefined;
  const texts = unitTexts(trigger);
  const para = texts.sentence?.split('.')[0];
  const heading = document.querySelector(`[data-column="${document.documentElement.lang}"] .column-title`);
  const title = heading ? originalText(heading).trim() : undefined;
  return { ...texts, title, href: window.location.pathname + (para ? `#p${para}` : '') };
}

/** Save and listen, in every card. The save button is a toggle; the change is announced. */
export function CardActions({ termId, occurrence }: Props) {
  const t = useTranslations('Learn');
  const { words, save } = useSavedWords();
  const saved = words.some((w) => w.termId === termId);
  const [said, setSaid] = useState('');
  return (
    <div className="card-actions">
      <button
        type="button"
        className="save-button"
        aria-pressed={saved}
        data-save={termId}
        onClick={() => {
          save(toggleWord(words, { termId, surface: occurrence.text, lang: occurrence.lang, context: contextOfOpenTerm(), savedAt: new Date().toISOString() }));
          setSaid(saved ? t('removed') : t('saved'));
        }}
      >
        <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
        {t('save')}
      </button>
      <ListenButton lang={occurrence.lang} label={t('listenWord')} getText={() => occurrence.text} />
      <span role="status" className="visually-hidden">
        {said}
      </span>
    </div>
  );
}
