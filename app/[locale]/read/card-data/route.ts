import { hasLocale } from 'next-intl';
import { cardData } from '@/components/glossary/cardData';
import { getGlossary } from '@/lib/content';
import { routing } from '@/lib/i18n/routing';

// The read page's card data, fetched by the card code after first paint: any term may turn up in a pasted text,
// so every card (the glossary's data in the interface language, not the message files) and the card's labels.
// The text itself is the aligner's result, already in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Context = { params: Promise<{ locale: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return Response.json({ error: { code: 'not_found', message: 'No such page.' } }, { status: 404 });
  return Response.json(
    await cardData(
      getGlossary().map((term) => term.id),
      locale,
    ),
  );
}
