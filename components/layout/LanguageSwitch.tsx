'use client';

import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/routing';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

type Props = { locale: Locale; label: string };

/**
 * Switches the interface language on the same page, keeping the paragraph anchor; remembers the choice in the
 * cookie the proxy reads on `/`. A plain link with its label given by the server: no message formatter, no
 * router for a change that reloads the whole page in another language anyway.
 */
export function LanguageSwitch({ locale, label }: Props) {
  const pathname = usePathname() ?? `/${locale}`;
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const other = locale === 'ar' ? 'en' : 'ar';
  const href = `/${other}${pathname.replace(/^\/(ar|en)(?=\/|$)/, '')}${hash}`;
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      className="lang-switch"
      data-testid="language-switch"
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${other}; path=/; SameSite=Lax`;
      }}
    >
      {label}
    </a>
  );
}
