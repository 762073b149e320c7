import type { Lang } from '@/lib/i18n/locales';
/** What the speech code needs of a SpeechSynthesisVoice. */
export type VoiceLike = { lang: string; name: string; default?: boolean; localService?: boolean };

/**
 * The voice to read a language with: one whose BCP 47 tag has that primary language (ar-SA, ar-EG, ar; en-GB…),
 * the browser's default among them first, then a local one (works offline), then the first. None: null.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | null {
  const fits = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  return fits.find((v) => v.default) ?? fits.find((v) => v.localService) ?? fits[0] ?? null;
}
