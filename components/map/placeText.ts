import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { EntryView } from '@/lib/glossary/view';
import type { Locale } from '@/lib/i18n/routing';
import type { PlaceFact } from '@/lib/geo/placeMap';

/** A place's name on the map and in its text: the glossary's preferred form in the interface language. */
export function placeName(entry: EntryView, locale: Locale): string {
  const form = entry[locale];
  // "oil ports" is lower case inside a sentence; a map label or a list entry starts with a capital.
  return locale === 'en' ? form[0].toUpperCase() + form.slice(1) : form;
}

/** The sentence of the text alternative for one place: distance and direction from the main place. */
export async function factTexts(facts: PlaceFact[], names: Record<string, string>, mainId: string, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Map' });
  const main = names[mainId];
  const texts: Record<string, string> = {};
  for (const f of facts) {
    const place = names[f.placeId];
    texts[f.placeId] =
      f.relation === 'main' || f.relation === 'contains'
        ? t(f.relation, { place, main })
        : t(f.relation, { place, main, km: f.km, direction: t(`direction.${f.direction}`) });
  }
  return texts;
}
