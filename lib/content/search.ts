import 'server-only';
import { buildSearchIndex, searchGlossary, type SearchIndex } from '@/lib/text/search';
import type { Locale } from '@/lib/i18n/routing';
import { getGlossary } from './index';
import { loadMessages } from './messages';
import type { Term } from './schema';

export type SearchResult = {
  id: string;
  category: string;
  categoryLabel: string;
  ar: string;
  en: string;
  translit: string;
  gloss: string;
  href: string;
  matched?: { field: 'ar' | 'en' | 'translit'; form: string };
};

export const MAX_QUERY_LENGTH = 200;

// Built once per process: the glossary only changes with a new build.
let index: { search: SearchIndex; byId: Map<string, Term> } | undefined;

function searchIndex() {
  if (index) return index;
  const terms = getGlossary();
  index = {
    search: buildSearchIndex(terms.map((t) => ({ id: t.id, category: t.category, ar: t.ar.map((f) => f.form), en: t.en.map((f) => f.form), translit: t.translit }))),
    byId: new Map(terms.map((t) => [t.id, t])),
  };
  return index;
}

/** Search the glossary and describe each hit in the interface language. */
export function search(query: string, category: string | undefined, locale: Locale): SearchResult[] {
  const messages = loadMessages(locale);
  const glossaryTexts = messages.Glossary as Record<string, { gloss: string }>;
  const categories = messages.Categories as Record<string, string>;
  const { search: entries, byId } = searchIndex();
  return searchGlossary(entries, query, category).map((hit) => {
    const term = byId.get(hit.id)!;
    return {
      id: term.id,
      category: term.category,
      categoryLabel: categories[term.category],
      ar: term.ar[0].form,
      en: term.en[0].form,
      translit: term.translit,
      gloss: glossaryTexts[term.id].gloss,
      href: `/${locale}/glossary/${term.id}`,
      matched: hit.score > 0 ? { field: hit.field, form: hit.form } : undefined,
    };
  });
}
