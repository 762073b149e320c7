import type { Lang } from '@/lib/i18n/locales';
/** Reading an editor's file: UTF-8 only, without BOM, CR, zero-width or bidi control characters. */

export class ImportRefusal extends Error {}

// U+200B–U+200D zero-width space / non-joiner / joiner, U+2060 word joiner, U+FEFF BOM; U+200E/U+200F and U+061C
// direction marks, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusal(`${file} is not UTF-8 text: save it as UTF-8 and try again.`);
  }
}

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/[ \t]+$/gm, '');
}

/** The share of Arabic-script letters among all letters (0 when there are none). */
export function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return letters ? arabic / letters : 0;
}

/** Refuse a text that is empty or in the wrong script for its language. */
export function checkLanguage(text: string, lang: Lang, file: string): void {
  if (!/\p{L}/u.test(text)) throw new ImportRefusal(`${file} is empty: there is no text to import.`);
  const share = arabicShare(text);
  if (lang === 'ar' && share < 0.5) {
    throw new ImportRefusal(`${file} was given as the Arabic text, but only ${Math.round(share * 100)} % of its letters are Arabic: are --ar and --en swapped?`);
  }
  if (lang === 'en' && share > 0.5) {
    throw new ImportRefusal(`${file} was given as the English text, but ${Math.round(share * 100)} % of its letters are Arabic: are --ar and --en swapped?`);
  }
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlug(slug: string): void {
  if (!SLUG.test(slug) || slug.length > 100) {
    throw new ImportRefusal(`"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens (e.g. "libya-ceasefire-talks").`);
  }
}
