import { getPathname } from './navigation';
import type { Locale } from './routing';

// Paths of the site's pages, from next-intl's navigation helpers (the routing decides prefixes), never assembled
// by hand with the locale.

export const termPath = (locale: Locale, termId: string) => getPathname({ locale, href: `/glossary/${termId}` });

export const articlePath = (locale: Locale, slug: string, hash?: string) =>
  getPathname({ locale, href: `/articles/${slug}` }) + (hash ? `#${hash}` : '');

export const glossaryPath = (locale: Locale, hash?: string) => getPathname({ locale, href: '/glossary' }) + (hash ? `#${hash}` : '');
