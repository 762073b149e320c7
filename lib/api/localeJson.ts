import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/lib/i18n/routing';

// A JSON file per interface language, prerendered at build time (/read's card data and pairing data). The route
// files keep their segment config (`dynamic`, `dynamicParams`: Next reads those literally) and take the rest here.

/** One static page per locale. */
export function localeStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** A GET handler answering `build(locale)` as JSON, and a JSON 404 for a locale the app does not have. */
export function localeJson(build: (locale: Locale) => unknown) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return Response.json({ error: { code: 'not_found', message: 'No such page.' } }, { status: 404 });
    return Response.json(await build(locale));
  };
}
