'use client';

import { useTranslations } from 'next-intl';
import { currentSentence } from '@/components/reader/sentences';
import { originalText } from '@/components/reader/tashkeel';
import { ListenButton } from './ListenButton';

/**
 * One listen control per language for the whole article, not a button per sentence (that would add dozens of
 * buttons and tab stops): it reads the sentence the learner is on, the pinned one or else the one last visited.
 * Compact for the toolbar: "Listen" then one button per language, each named in full ("Listen: Arabic sentence").
 */
export function SentenceListen() {
  const t = useTranslations('Learn');
  const text = (lang: 'ar' | 'en') => {
    const root = document.getElementById('reader-view');
    const s = root && currentSentence(root, lang);
    return s ? originalText(s) : null;
  };
  return (
    <div className="sentence-listen" role="group" aria-label={t('listenSentence')}>
      <span className="sentence-listen-label" aria-hidden="true">
        {t('listenWord')}
      </span>
      {(['ar', 'en'] as const).map((lang) => (
        <span key={lang} data-listen-lang={lang}>
          <ListenButton lang={lang} label={t('listenSentenceIn', { lang })} short={t('languageName', { lang })} getText={() => text(lang)} />
        </span>
      ))}
    </div>
  );
}
