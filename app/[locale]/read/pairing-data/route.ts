import { hasLocale } from 'next-intl';
import type { PairingData } from '@/components/read/Pairing';
import { readerControlsLabels } from '@/components/reader/labels';
import { getGlossary } from '@/lib/content';
import { loadMessages } from '@/lib/content/messages';
import { formStatuses } from '@/lib/glossary/view';
import { routing } from '@/lib/i18n/routing';

// What /read's pairing code needs once a pair is to be read (components/read/Pairing.tsx), fetched with that code:
// every term's forms (any term may turn up in a pasted text), the messages formatted in the browser, and the
// reader controls' words. None of it is in the page's HTML, which a first visit loads for the form alone.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: { code: 'not_found', message: 'No such page.' } }, { status: 404 });
  const messages = loadMessages(locale);
  const data: PairingData = {
    forms: Object.fromEntries(getGlossary().map((term) => [term.id, formStatuses(term)])),
    messages: { Read: messages.Read, Review: messages.Review, QaStatus: messages.QaStatus },
    controls: await readerControlsLabels(locale),
  };
  return Response.json(data);
}
