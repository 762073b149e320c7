import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type Locale } from './routing';

/**
 * The locale of a page's params, or a 404. Every page and layout calls this: a segment such as `favicon.ico`
 * reaches `[locale]` too, and must get the 404 rather than a page rendered in no language.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
