'use client';

import { NextIntlClientProvider } from 'next-intl';
import { TermController } from '@/components/glossary/TermController';
import type { ReaderControlsLabels } from '@/components/reader/ReaderControls';
import { QueryProvider } from '@/components/ui/QueryProvider';
import type { Lang } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/content/messages';
import type { FormStatuses } from '@/lib/read/rows';
import { PastedTexts } from './PastedTexts';

/** What the pairing's code needs besides itself: a prerendered JSON per locale (app/[locale]/read/pairing-data). */
export type PairingData = {
  /** Each term's forms and their statuses, to check a pasted translation as review mode does an article. */
  forms: FormStatuses;
  /** The namespaces whose messages are formatted in the browser (counts and plurals known only there). */
  messages: Pick<Messages, 'Read' | 'Review' | 'QaStatus'>;
  controls: ReaderControlsLabels;
};

export type PairingProps = { locale: Lang; data: PairingData; cardDataUrl: string };

/**
 * /read once a pair is to be read: the aligner's calls, the units with their corrections, review mode, the reader's
 * controls and the glossary cards. Loaded by ReadYourOwn on the first submit, or at once when browser storage holds
 * a pasted text to show again; none of it is in the page's first load.
 */
export function Pairing({ locale, data, cardDataUrl }: PairingProps) {
  return (
    <NextIntlClientProvider locale={locale} messages={data.messages as never} timeZone="UTC">
      {/* Any term may turn up in a pasted text: the card data holds every card, fetched once this has loaded. */}
      <TermController dataUrl={cardDataUrl}>
        <QueryProvider>
          <PastedTexts forms={data.forms} controls={data.controls} />
        </QueryProvider>
      </TermController>
    </NextIntlClientProvider>
  );
}
