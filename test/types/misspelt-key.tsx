// A type-check fixture, outside the main tsconfig: test/messages-types.test.ts compiles it with
// test/types/tsconfig.json and expects an error on each line marked "error expected", and on no other line.
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';

export function Misspelt() {
  const t = useTranslations('Read');
  // A real key type-checks…
  const ok = t('title');
  // …a misspelt one does not.
  return `${ok} ${t('titel')}`; // error expected: key "titel"
}

export async function misspeltNamespace() {
  const t = await getTranslations('Glosary'); // error expected: namespace "Glosary"
  return t('gna.gloss');
}

export async function serverLeaf() {
  // The form the server components use: a locale and a namespace.
  const t = await getTranslations({ locale: 'en', namespace: 'Nav' });
  const fine = t('home');
  return `${fine} ${t('hom')}`; // error expected: key "hom" in Nav
}

export async function unknownLocale() {
  return getTranslations({ locale: 'fr', namespace: 'Nav' }); // error expected: locale "fr"
}
