import type { PairingData } from '@/components/read/Pairing';
import { readerControlsLabels } from '@/components/reader/labels';
import { localeJson, localeStaticParams } from '@/lib/api/localeJson';
import { getGlossary } from '@/lib/content';
import { loadMessages } from '@/lib/content/messages';
import { formStatuses } from '@/lib/glossary/view';

// What /read's pairing code needs once a pair is to be read (components/read/Pairing.tsx), fetched with that code:
// every term's forms (any term may turn up in a pasted text), the messages formatted in the browser, and the
// reader controls' words. None of it is in the page's HTML, which a first visit loads for the form alone.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const GET = localeJson(async (locale): Promise<PairingData> => {
  const messages = loadMessages(locale);
  return {
    forms: Object.fromEntries(getGlossary().map((term) => [term.id, formStatuses(term)])),
    messages: { Read: messages.Read, Review: messages.Review, QaStatus: messages.QaStatus },
    controls: await readerControlsLabels(locale),
  };
});
