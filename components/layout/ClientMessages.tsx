import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

type Props = { namespaces: string[]; children: ReactNode };

/**
 * Message namespaces for the client leaves of one page, so pages that do not need them never carry them. A
 * nested provider replaces the layout's messages rather than adding to them, so list every namespace the
 * leaves below use.
 */
export async function ClientMessages({ namespaces, children }: Props) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}
