import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { Term } from '@/lib/glossary/schema';
import type { PlaceRef } from './frame';

/**
 * The places an article names, from its annotated text in its original language (title first): each with how
 * often and how early it is named, for choosing the main place. Only glossary entries with a place count.
 */
export function articlePlaces(article: AnnotatedArticle, glossary: Term[]): PlaceRef[] {
  const lang = article.originalLanguage;
  const runs = [article.title[lang], ...article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => (lang === 'ar' ? [s.ar] : s.en)))];
  const byId = new Map(glossary.filter((t) => t.place).map((t) => [t.id, t.place!]));
  const refs = new Map<string, PlaceRef>();
  let position = 0;
  for (const run of runs) {
    for (const piece of run) {
      if (typeof piece === 'string') continue;
      position++;
      const place = byId.get(piece.termId);
      if (!place) continue;
      const ref = refs.get(piece.termId) ?? { id: piece.termId, place, count: 0, first: position };
      ref.count++;
      refs.set(piece.termId, ref);
    }
  }
  return [...refs.values()];
}
