import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/locale';
import { localePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';

/**
 * The public address of the site, for canonical links, hreflang alternates, Open Graph and the sitemap. Read at
 * build time (the pages are prerendered): set SITE_URL when building for a real host.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

const OG_LOCALE: Record<Locale, string> = { ar: 'ar_AR', en: 'en_GB' };

export { localePath };

/**
 * The language alternates of one page: each locale, plus `x-default`, the unprefixed path, which the proxy sends
 * to the visitor's language (cookie, then Accept-Language).
 */
export function alternates(path: string) {
  return {
    ...Object.fromEntries(routing.locales.map((l) => [l, localePath(l, path)])),
    'x-default': path || '/',
  };
}

type Page = { locale: Locale; path: string; title: string; description: string; type?: 'website' | 'article' };

/** A page's metadata: its title and description, canonical link, hreflang alternates and Open Graph tags. */
export async function pageMetadata({ locale, path, title, description, type = 'website' }: Page): Promise<Metadata> {
  const url = localePath(locale, path);
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    title,
    description,
    alternates: { canonical: url, languages: alternates(path) },
    openGraph: {
      type,
      siteName: t('siteName'),
      url,
      title,
      description,
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
    },
  };
}

/** At most `max` characters, cut at a word: for descriptions made from article text. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** The namespaces whose `title` and `intro` are a page's title and description. */
type IntroNamespace = 'CorpusQa' | 'Candidates' | 'Read';

/** generateMetadata of a page titled and described by its namespace's `title` and `intro`. */
export function introMetadata(namespace: IntroNamespace, path: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params);
    const t = await getTranslations({ locale, namespace });
    return pageMetadata({ locale, path, title: t('title'), description: t('intro') });
  };
}
