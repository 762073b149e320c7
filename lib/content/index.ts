import 'server-only';
import { entryView, glossaryMessageProblems, type EntryView } from '@/lib/glossary/view';
import type { Term } from '@/lib/glossary/schema';
import type { Locale } from '@/lib/i18n/routing';
import { annotateArticle, buildMatchers, type AnnotatedArticle, type Matchers } from './annotate';
import { ContentError } from './errors';
import { articleSlugs, readArticle, readGlossary as readGlossaryFile } from './load';
import { allMessages, loadMessages } from './messages';

// Annotation happens once per process: at build time for the prerendered pages.
let matchers: Matchers | undefined;
let glossaryChecked = false;

/** The glossary, checked once against the message files: a term nobody explains fails the build. */
function readGlossary() {
  const terms = readGlossaryFile();
  if (!glossaryChecked) {
    const problems = glossaryMessageProblems(terms, allMessages());
    if (problems.length) throw problems[0];
    glossaryChecked = true;
  }
  return terms;
}
const annotated = new Map<string, AnnotatedArticle>();

export function getMatchers(): Matchers {
  if (!matchers) {
    try {
      matchers = buildMatchers(readGlossary());
    } catch (e) {
      throw e instanceof Error && !(e instanceof ContentError) ? new ContentError('content/glossary.yaml', 'terms', e.message) : e;
    }
  }
  return matchers;
}

export function getArticle(slug: string): AnnotatedArticle | undefined {
  const cached = annotated.get(slug);
  if (cached) return cached;
  const file = readArticle(slug);
  if (!file) return undefined;
  const article = annotateArticle(slug, file, getMatchers());
  annotated.set(slug, article);
  return article;
}

export function getArticles(): AnnotatedArticle[] {
  return articleSlugs().map((slug) => getArticle(slug)!);
}

export function getGlossary(): Term[] {
  return readGlossary();
}

export function getTerm(id: string): Term | undefined {
  return readGlossary().find((t) => t.id === id);
}

const views: Partial<Record<Locale, Map<string, EntryView>>> = {};

/** Every entry's read model in one interface language, in glossary order (built once per process and locale). */
export function getEntryViews(locale: Locale): Map<string, EntryView> {
  return (views[locale] ??= new Map(readGlossary().map((term) => [term.id, entryView(term, loadMessages(locale), locale)])));
}

/** One entry's read model, or undefined for an unknown id. */
export function getEntryView(id: string, locale: Locale): EntryView | undefined {
  return getEntryViews(locale).get(id);
}

export { articleSlugs };
