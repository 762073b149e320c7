'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from '@/components/ui/useHydrated';
import { PastedTexts } from './PastedTexts';

/** The query client lives on this page only: TanStack Query is not loaded by the reader or the glossary. */
export function ReadYourOwn() {
  const [client] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  const t = useTranslations('Read');
  // The form works in the browser only (it reads browser storage and calls the API).
  if (!useHydrated()) return <p className="paste-status">{t('needsScript')}</p>;
  return (
    <QueryClientProvider client={client}>
      <PastedTexts />
    </QueryClientProvider>
  );
}
