import 'server-only';
import { MAX_QUERY_LENGTH, buildSearchIndex, searchGlossary, type SearchIndex } from '@/lib/text/search';
import type { Locale } from '@/lib/i18n/routing';
import { getEntryViews, getGlossary } from './index';
import type { Lang } from '@/lib/i18n/locales';

export type SearchResult = {
  id: string;
  category: string;
  categoryLabel: string;
  ar: string;
  en: string;
  translit: string;
  gloss: string;
  href: string;
  matched?: { field: Lang | 'translit'; form: string };
};

export { MAX_QUERY_LENGTH };

// Built once per process: the glossary only changes with a new build.
let index: SearchIndex | undefined;

function searchIndex() {
  index ??= buildSearchIndex(getGlossary().map((t) => ({ id: t.id, category: t.category, ar: t.ar.map((f) => f.form), en: t.en.map((f) => f.form), translit: t.translit })));
  return index;
}

/** Search the glossary and describe each hit in the interface language (the entries' read model). */
export function search(query: string, category: string | undefined, locale: Locale): SearchResult[] {
  const views = getEntryViews(locale);
  return searchGlossary(searchIndex(), query, category).map((hit) => {
    const { id, category, categoryLabel, ar, en, translit, gloss, href } = views.get(hit.id)!;
    return { id, category, categoryLabel, ar, en, translit, gloss, href, matched: hit.score > 0 ? { field: hit.field, form: hit.form } : undefined };
  });
}
