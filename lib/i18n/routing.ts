import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  localePrefix: 'always',
  // The proxy never sees prefixed paths (see proxy.ts), so it cannot emit the alternate-links header reliably;
  // hreflang alternates come from each page's metadata instead.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export const directionOf = (locale: string): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');
