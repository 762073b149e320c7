import { NextIntlClientProvider, type Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';

type Props = { locale: Locale; namespaces: readonly (keyof Messages)[]; children: ReactNode };

/**
 * The message formatter in the browser, with only these namespaces, for the pages whose client leaves format
 * messages themselves (counts and plurals known only there). Every other page gives its leaves strings as props,
 * so neither the formatter nor any message file ships with it.
 */
export async function ClientMessages({ locale, namespaces, children }: Props) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
