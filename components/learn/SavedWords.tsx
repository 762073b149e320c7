'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useHydrated } from '@/components/ui/useHydrated';
import { wordsToNotes, type WordEntry } from '@/lib/learn/anki';
import { ankiCsv } from '@/lib/learn/csv';
import { removeWord } from '@/lib/learn/savedWords';
import './learn.css';
import { RecoveryNotice } from './RecoveryNotice';
import { SavedWordItem } from './SavedWordItem';
import { useSavedWords } from './savedWordsStore';

/** `boot`: the server's inline script that runs first in the region (lib/learn/savedWords.ts, savedWordsBootScript). */
type Props = { entries: Record<string, WordEntry>; boot: ReactNode };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The learner's saved words, from browser storage: list, remove, clear all (confirmed), export for Anki. They are
 * known only in the browser, after hydration; until then the region shows what the boot script found (before the
 * first paint, `data-words`): nothing saved, the empty state's own two lines; words saved, the room the list will
 * take (the stylesheet); no script, the sentence asking for it. So nothing on the screen moves when the list comes.
 */
export function SavedWords({ entries, boot }: Props) {
  const t = useTranslations('Words');
  const locale = useLocale();
  const { words, recovery, save, dismissRecovery } = useSavedWords();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const hydrated = useHydrated();
  // The boot script's attribute stays as it is through hydration; afterwards the list's own state sets it.
  const region = (children: ReactNode) => (
    <div className="words-region" data-words={hydrated ? (words.length || recovery ? 'some' : 'none') : undefined} suppressHydrationWarning>
      {boot}
      {children}
    </div>
  );
  if (!hydrated) {
    // The same elements, in the same places, as the list's first lines: the count, then the message (or the list).
    return region(
      <>
        {null}
        <p>
          <span className="when-no-script" aria-hidden="true">{'\u00a0'}</span>
          <span className="when-script">{t('count', { count: 0 })}</span>
        </p>
        <p>
          <span className="when-no-script">{t('needsScript')}</span>
          <span className="when-script">{t('empty')}</span>
        </p>
      </>,
    );
  }

  const name = (termId: string) => entries[termId]?.[locale === 'ar' ? 'ar' : 'en'] ?? termId;
  return region(
    <>
      {recovery && <RecoveryNotice recovery={recovery} onDismiss={dismissRecovery} />}
      <p data-testid="words-count">{t('count', { count: words.length })}</p>
      {words.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <div className="words-actions">
            <button type="button" data-testid="export-csv" onClick={() => download('mizan-words.csv', ankiCsv(wordsToNotes(words, entries)))}>
              {t('export')}
            </button>
            <button type="button" aria-expanded={confirming} aria-controls="confirm-clear" onClick={() => setConfirming(!confirming)}>
              {t('clearAll')}
            </button>
          </div>
          {confirming && (
            <div id="confirm-clear" className="confirm" role="group" aria-labelledby="confirm-clear-text">
              <p id="confirm-clear-text">{t('confirmClear', { count: words.length })}</p>
              <button
                type="button"
                onClick={() => {
                  save([]);
                  setConfirming(false);
                  setSaid(t('cleared'));
                }}
              >
                {t('confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('confirmNo')}
              </button>
            </div>
          )}
          <ul className="saved-words">
            {words.map((w) => (
              <SavedWordItem
                key={w.termId}
                word={w}
                entry={entries[w.termId]}
                onRemove={() => {
                  save(removeWord(words, w.termId));
                  setSaid(t('removed', { term: name(w.termId) }));
                }}
              />
            ))}
          </ul>
        </>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </>,
  );
}
