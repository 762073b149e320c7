'use client';

import { useState } from 'react';
import type { CardLabels } from '@/components/glossary/types';
import { pageTextLoaded, unitOf, unitText } from '@/components/reader/pageTextStore';
import { toggleWord, type WordContext } from '@/lib/learn/savedWords';
import './learn.css';
import { ListenButton } from './ListenButton';
import { useSavedWords } from './savedWordsStore';
import type { Lang } from '@/lib/i18n/locales';

type Props = { termId: string; occurrence: { text: string; lang: Lang }; anchor: Element; labels: CardLabels };

/** The sentence the term stands in, in both languages, and the page it is on: from the page's text, as data. */
function contextOf(anchor: Element): WordContext | undefined {
  const text = pageTextLoaded();
  const unit = unitOf(anchor);
  const texts = unitText(text, unit);
  if (!texts.ar && !texts.en) return undefined;
  const sentence = unit && unit !== 'title' ? unit : undefined;
  const para = sentence?.split('.')[0];
  const title = text?.title?.[document.documentElement.lang as Lang];
  return { ...texts, ...(sentence ? { sentence } : {}), title, href: window.location.pathname + (para ? `#p${para}` : '') };
}

/** Save and listen, in every card. The save button is a toggle; the change is announced. */
export function CardActions({ termId, occurrence, anchor, labels }: Props) {
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
          save(toggleWord(words, { termId, surface: occurrence.text, lang: occurrence.lang, context: contextOf(anchor), savedAt: new Date().toISOString() }));
          setSaid(saved ? labels.removed : labels.saved);
        }}
      >
        <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
        {labels.save}
      </button>
      <ListenButton lang={occurrence.lang} label={labels.listenWord} labels={labels.listen[occurrence.lang]} getText={() => occurrence.text} />
      <span role="status" className="visually-hidden">
        {said}
      </span>
    </div>
  );
}
