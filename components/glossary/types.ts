import type { CardView } from '@/lib/glossary/view';
import type { PageText } from '@/lib/reader/pageText';
import type { Lang } from '@/lib/i18n/locales';

/** What a term card shows, resolved on the server for the interface language (the entry's read model's card). */
export type CardTerm = CardView;

/** A listen button's words when it cannot speak: no voice for the language, or still looking for one. */
export type ListenLabels = { noVoice: string; voicesLoading: string };

/** The card's own words in the interface language, formatted on the server (the card needs no message files). */
export type CardLabels = {
  transliteration: string;
  writtenHere: string;
  root: string;
  partOfSpeech: string;
  literal: string;
  translatorNote: string;
  openEntry: string;
  save: string;
  saved: string;
  removed: string;
  listenWord: string;
  listen: Record<Lang, ListenLabels>;
};

/** What the card code fetches after first paint: the cards of the page's terms, their labels, and the page's text. */
export type CardData = { cards: Record<string, CardTerm>; labels: CardLabels; text?: PageText };
