'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from '@/components/ui/useHydrated';
import { wordsToNotes, type WordEntry } from '@/lib/learn/anki';
import { ankiCsv } from '@/lib/learn/csv';
import { removeWord } from '@/lib/learn/savedWords';
import './learn.css';
import { RecoveryNotice } from './RecoveryNotice';
import { SavedWordItem } from './SavedWordItem';
import { useSavedWords } from './savedWordsStore';

type Props = { entries: Record<string, WordEntry> };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The learner's saved words, from browser storage: list, remove, clear all (confirmed), export for Anki. */
export function SavedWords({ entries }: Props) {
  const t = useTranslations('Words');
  const locale = useLocale();
  const { words, recovery, save, dismissRecovery } = useSavedWords();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  if (!useHydrated()) {
    // The same two lines as the empty list (count, then message), so nothing moves when the list arrives.
    return (
      <>
        <p>{t('needsScript')}</p>
        <p aria-hidden="true">{'\u00a0'}</p>
      </>
    );
  }

  const name = (termId: string) => entries[termId]?.[locale === 'ar' ? 'ar' : 'en'] ?? termId;
  return (
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
    </>
  );
}
