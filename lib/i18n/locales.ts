/** The interface languages and the languages of the texts: one type for both (the site is Arabic and English). */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** A text's language: the same two as the interface's. */
export type Lang = Locale;

export const directionOf = (locale: string): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');
