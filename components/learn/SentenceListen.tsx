'use client';

import type { ListenLabels } from '@/components/glossary/types';
import { pageTextNow, unitOf, unitText } from '@/components/reader/pageTextStore';
import { currentSentence } from '@/components/reader/sentences';
import { ListenButton } from './ListenButton';
import type { Lang } from '@/lib/i18n/locales';

export type SentenceListenLabels = { group: string; word: string } & Record<Lang, ListenLabels & { button: string; short: string }>;

/**
 * One listen control per language for the whole article, not a button per sentence (that would add dozens of
 * buttons and tab stops): it reads the sentence the learner is on, the pinned one or else the one last visited,
 * taking its text from the page's text (data), not from the page.
 * Compact for the toolbar: "Listen" then one button per language, each named in full ("Listen: Arabic sentence").
 */
export function SentenceListen({ labels }: { labels: SentenceListenLabels }) {
  const text = async (lang: Lang) => {
    const root = document.getElementById('reader-view');
    const s = root && currentSentence(root, lang);
    return s ? unitText(await pageTextNow(), unitOf(s))[lang] : null;
  };
  return (
    <div className="sentence-listen" role="group" aria-label={labels.group}>
      <span className="sentence-listen-label" aria-hidden="true">
        {labels.word}
      </span>
      {(['ar', 'en'] as const).map((lang) => (
        <span key={lang} data-listen-lang={lang}>
          <ListenButton lang={lang} label={labels[lang].button} short={labels[lang].short} labels={labels[lang]} getText={() => text(lang)} />
        </span>
      ))}
    </div>
  );
}
