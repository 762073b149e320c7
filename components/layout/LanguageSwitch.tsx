'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Switches the interface language on the same page, keeping the paragraph anchor; remembers the choice (cookie). */
export function LanguageSwitch() {
  const t = useTranslations('LanguageSwitch');
  const locale = useLocale();
  const pathname = usePathname();
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <Link href={pathname + hash} locale={other} hrefLang={other} lang={other} className="lang-switch" data-testid="language-switch">
      {t(other)}
    </Link>
  );
}
