import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getEntryView } from '@/lib/content';
import { cardView } from '@/lib/glossary/view';
import type { Piece } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import type { PageText } from '@/lib/reader/pageText';
import type { CardData, CardLabels, CardTerm, ListenLabels } from './types';
import type { Lang } from '@/lib/i18n/locales';

/** The ids of the terms that occur in some runs of pieces. */
export function termIdsIn(runs: Piece[][]): Set<string> {
  const ids = new Set<string>();
  for (const run of runs) for (const p of run) if (typeof p !== 'string') ids.add(p.termId);
  return ids;
}

/** Card data for these terms, in the interface language (the entries' read model): sent to the client once per page. */
export async function cardTerms(ids: Iterable<string>, locale: Locale): Promise<Record<string, CardTerm>> {
  const cards: Record<string, CardTerm> = {};
  for (const id of ids) {
    const view = getEntryView(id, locale);
    if (!view) continue;
    cards[id] = cardView(view);
  }
  return cards;
}

/** A listen button's fallback words for each language, formatted here so the browser needs no ICU formatter. */
export async function listenLabels(locale: Locale): Promise<Record<Lang, ListenLabels>> {
  const t = await getTranslations({ locale, namespace: 'Learn' });
  const labels = (lang: Lang) => ({ noVoice: t('noVoice', { lang }), voicesLoading: t('voicesLoading') });
  return { ar: labels('ar'), en: labels('en') };
}

export async function cardLabels(locale: Locale): Promise<CardLabels> {
  const t = await getTranslations({ locale, namespace: 'TermCard' });
  const l = await getTranslations({ locale, namespace: 'Learn' });
  return {
    transliteration: t('transliteration'),
    writtenHere: t('writtenHere'),
    root: t('root'),
    partOfSpeech: t('partOfSpeech'),
    literal: t('literal'),
    translatorNote: t('translatorNote'),
    openEntry: t('openEntry'),
    save: l('save'),
    saved: l('saved'),
    removed: l('removed'),
    listenWord: l('listenWord'),
    listen: await listenLabels(locale),
  };
}

/** Everything the card code fetches for a page, as one JSON answer. */
export async function cardData(ids: Iterable<string>, locale: Locale, text?: PageText): Promise<CardData> {
  return { cards: await cardTerms(ids, locale), labels: await cardLabels(locale), text };
}
