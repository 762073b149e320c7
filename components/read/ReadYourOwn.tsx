'use client';

import { useTranslations } from 'next-intl';
import { QueryProvider } from '@/components/ui/QueryProvider';
import { useHydrated } from '@/components/ui/useHydrated';
import type { ReaderControlsLabels } from '@/components/reader/ReaderControls';
import { PasteForm } from './PasteForm';
import { PastedTexts, type FormStatuses } from './PastedTexts';

/** The pasted-text reader: it works in the browser only (browser storage and the annotate API). */
export function ReadYourOwn({ forms, controls }: { forms: FormStatuses; controls: ReaderControlsLabels }) {
  const t = useTranslations('Read');
  // The form works in the browser only (it reads browser storage and calls the API). Until then the same form is
  // drawn, inert, with an empty status line, so nothing below it moves when it comes alive (no layout shift).
  if (!useHydrated()) {
    return (
      <>
        <PasteForm texts={{ ar: '', en: '' }} inert />
        <noscript>
          <p className="paste-status">{t('needsScript')}</p>
        </noscript>
        <div className="paste-status" />
      </>
    );
  }
  return (
    <QueryProvider>
      <PastedTexts forms={forms} controls={controls} />
    </QueryProvider>
  );
}
