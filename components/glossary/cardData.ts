import 'server-only';
import { getEntryView } from '@/lib/content';
import type { Piece } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import type { CardTerm } from './types';

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
    const { ar, en, translit, categoryLabel, gloss, explanation, href, study } = view;
    cards[id] = {
      id,
      ar,
      en,
      translit,
      category: categoryLabel,
      gloss,
      explanation,
      href,
      study: study && { root: study.root, pattern: study.pattern, pos: study.posLabel, literal: study.literal, note: study.note },
    };
  }
  return cards;
}
