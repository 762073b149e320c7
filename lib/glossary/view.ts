import { ContentError } from '@/lib/content/errors';
import { termPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { Category, Form, PartOfSpeech, Term } from './schema';

// The one read model of a glossary entry: the term's language-neutral data (content/glossary.yaml) joined with
// what it means in one interface language (messages/<locale>.json, Glossary.<id>). Pure: no files, no React. Every
// page, the card, search and the exports take what they show from an EntryView.

/** What messages/<locale>.json says of one term. `literal` and `note` exist for word entries (with `study`). */
export type TermTexts = { gloss: string; explanation: string; literal?: string; note?: string };

/** The parts of a locale's messages the read model needs (messages/<locale>.json satisfies it). */
export type GlossaryMessages = {
  Glossary: Record<string, TermTexts>;
  Categories: Record<Category, string>;
  PartOfSpeech: Record<PartOfSpeech, string>;
};

export type EntryView = {
  id: string;
  category: Category;
  /** The category's name in the interface language. */
  categoryLabel: string;
  translit: string;
  /** The entry's page in the interface language: /<locale>/glossary/<id>. */
  href: string;
  /** The preferred form in each language. */
  ar: string;
  en: string;
  /** Every form, preferred first, then admitted and deprecated ones in glossary order. */
  forms: Record<Locale, Form[]>;
  gloss: string;
  explanation: string;
  /** The translator's note, when the entry has one (every word entry does). */
  note?: string;
  study?: { root: string; pattern?: string; pos: PartOfSpeech; posLabel: string; literal: string; note: string };
};

const NEEDED = ['gloss', 'explanation'] as const;
const NEEDED_FOR_STUDY = ['gloss', 'explanation', 'literal', 'note'] as const;

/** The keys a term needs under Glossary.<id>: word entries also need their literal sense and a note. */
export const neededTexts = (term: Term): readonly (keyof TermTexts)[] => (term.study ? NEEDED_FOR_STUDY : NEEDED);

/** A glossary term with no gloss or explanation (or, for word entries, no literal sense or note) in a file. */
export function glossaryMessageProblems(terms: Term[], files: Record<string, { Glossary?: unknown }>): ContentError[] {
  const problems: ContentError[] = [];
  for (const [locale, messages] of Object.entries(files)) {
    const glossary = (messages.Glossary ?? {}) as Record<string, Record<string, unknown> | undefined>;
    for (const term of terms) {
      for (const key of neededTexts(term)) {
        if (typeof glossary[term.id]?.[key] !== 'string') problems.push(new ContentError(`messages/${locale}.json`, `Glossary.${term.id}.${key}`, 'missing'));
      }
    }
  }
  return problems;
}

/** A term's texts in one locale, or a ContentError naming the file and the first missing key. */
export function termTexts(term: Term, messages: GlossaryMessages, locale: Locale): TermTexts {
  const [problem] = glossaryMessageProblems([term], { [locale]: messages });
  if (problem) throw problem;
  return messages.Glossary[term.id];
}

/** One entry as every page shows it, in the interface language `locale`. */
export function entryView(term: Term, messages: GlossaryMessages, locale: Locale): EntryView {
  const texts = termTexts(term, messages, locale);
  return {
    id: term.id,
    category: term.category,
    categoryLabel: messages.Categories[term.category],
    translit: term.translit,
    href: termPath(locale, term.id),
    ar: term.ar[0].form,
    en: term.en[0].form,
    forms: { ar: term.ar, en: term.en },
    gloss: texts.gloss,
    explanation: texts.explanation,
    note: texts.note,
    study: term.study && {
      root: term.study.root,
      pattern: term.study.pattern,
      pos: term.study.pos,
      posLabel: messages.PartOfSpeech[term.study.pos],
      literal: texts.literal!,
      note: texts.note!,
    },
  };
}

/** The forms other than the preferred one, in glossary order. */
export const otherForms = (view: EntryView, lang: Locale): Form[] => view.forms[lang].slice(1);

/** Each written form of a term with its status, by language: what the read page checks pasted texts against. */
export function formStatuses(term: Term): Record<Locale, Record<string, Form['status']>> {
  const of = (forms: Form[]) => Object.fromEntries(forms.map((f) => [f.form, f.status]));
  return { ar: of(term.ar), en: of(term.en) };
}

/** What a list of saved words shows of an entry: its headline, not the explanations (and the CSV export's fields). */
export type EntryHeadline = Pick<EntryView, 'ar' | 'en' | 'translit' | 'gloss' | 'category'>;

export const entryHeadline = ({ ar, en, translit, gloss, category }: EntryView): EntryHeadline => ({ ar, en, translit, gloss, category });

/** What a term card shows, labels resolved in the interface language (the card needs no message files). */
export type CardView = {
  id: string;
  ar: string;
  en: string;
  translit: string;
  /** The category's name. */
  category: string;
  gloss: string;
  explanation: string;
  href: string;
  study?: { root: string; pattern?: string; pos: string; literal: string; note: string };
};

export function cardView({ id, ar, en, translit, categoryLabel, gloss, explanation, href, study }: EntryView): CardView {
  return {
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
