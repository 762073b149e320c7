import type { Locale } from './routing';

// The app's paths, built in one place. Not next-intl's createNavigation: importing it anywhere in a page's server
// tree makes its client Link (and with it use-intl's formatter, 12 KB gzip) part of that page's first load, even
// where only getPathname is called. Every locale is prefixed (routing.localePrefix 'always'), no localized pathnames.

/** `/ar`, `/en/glossary`: an app path ('' or '/' for the home page) in a locale. */
export function localePath(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

export const articlePath = (locale: Locale, slug: string) => localePath(locale, `/articles/${slug}`);
export const termPath = (locale: Locale, termId: string) => localePath(locale, `/glossary/${termId}`);
