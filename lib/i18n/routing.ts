import { defineRouting } from 'next-intl/routing';
import { LOCALES, directionOf, type Locale } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'ar',
  localePrefix: 'always',
  // The proxy never sees prefixed paths (see proxy.ts), so it cannot emit the alternate-links header reliably;
  // hreflang alternates come from each page's metadata instead.
  alternateLinks: false,
});

export { directionOf, type Locale };
