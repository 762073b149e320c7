'use client';

import { useTranslations } from 'next-intl';
import { QueryProvider } from '@/components/ui/QueryProvider';
import { useHydrated } from '@/components/ui/useHydrated';
import type { ReaderControlsLabels } from '@/components/reader/ReaderControls';
import { PastedTexts, type FormStatuses } from './PastedTexts';

/** The pasted-text reader: it works in the browser only (browser storage and the annotate API). */
export function ReadYourOwn({ forms, controls }: { forms: FormStatuses; controls: ReaderControlsLabels }) {
  const t = useTranslations('Read');
  // The form works in the browser only (it reads browser storage and calls the API).
  if (!useHydrated()) return <p className="paste-status">{t('needsScript')}</p>;
  return (
    <QueryProvider>
      <PastedTexts forms={forms} controls={controls} />
    </QueryProvider>
  );
}
