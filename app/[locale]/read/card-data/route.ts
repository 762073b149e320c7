import { cardData } from '@/components/glossary/cardData';
import { localeJson, localeStaticParams } from '@/lib/api/localeJson';
import { getGlossary } from '@/lib/content';

// The read page's card data, fetched by the card code after first paint: any term may turn up in a pasted text,
// so every card (the glossary's data in the interface language, not the message files) and the card's labels.
// The text itself is the aligner's result, already in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const GET = localeJson((locale) =>
  cardData(
    getGlossary().map((term) => term.id),
    locale,
  ),
);
