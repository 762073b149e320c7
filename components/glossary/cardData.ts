import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getTerm } from '@/lib/content';
import type { Piece } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import type { CardTerm } from './types';

/** The ids of the terms that occur in some runs of pieces. */
export function termIdsIn(runs: Piece[][]): Set<string> {
  const ids = new Set<string>();
  for (const run of runs) for (const p of run) if (typeof p !== 'string') ids.add(p.termId);
  return ids;
}

/** Card data for these terms, in the interface language: sent to the client once per page. */
export async function cardTerms(ids: Iterable<string>, locale: Locale): Promise<Record<string, CardTerm>> {
  const t = await getTranslations({ locale });
  const cards: Record<string, CardTerm> = {};
  for (const id of ids) {
    const term = getTerm(id);
    if (!term) continue;
    cards[id] = {
      id,
      ar: term.ar[0].form,
      en: term.en[0].form,
      translit: term.translit,
      category: t(`Categories.${term.category}`),
      gloss: t(`Glossary.${id}.gloss`),
      explanation: t(`Glossary.${id}.explanation`),
      href: `/${locale}/glossary/${id}`,
      study: term.study && {
        root: term.study.root,
        pattern: term.study.pattern,
        pos: t(`PartOfSpeech.${term.study.pos}`),
        literal: t(`Glossary.${id}.literal`),
        note: t(`Glossary.${id}.note`),
      },
    };
  }
  return cards;
}
