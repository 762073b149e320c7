import type { Locale } from './routing';

// Paths of the site's pages, built in one place, never assembled by hand with the locale elsewhere. Not through
// next-intl's createNavigation at run time: importing it anywhere in a page's server tree makes its client Link
// (and with it use-intl's message formatter, 12 KB gzip) part of that page's first load, even where only
// getPathname is called. The routing prefixes every locale and has no localized pathnames; paths.test.ts checks
// these against next-intl's getPathname, so a routing change that would make them differ fails the tests.

/** `/ar`, `/en/glossary`: an app path ('' or '/' for the home page) in a locale. */
export function localePath(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

export const termPath = (locale: Locale, termId: string) => localePath(locale, `/glossary/${termId}`);

export const articlePath = (locale: Locale, slug: string, hash?: string) => localePath(locale, `/articles/${slug}`) + (hash ? `#${hash}` : '');

export const glossaryPath = (locale: Locale, hash?: string) => localePath(locale, '/glossary') + (hash ? `#${hash}` : '');
