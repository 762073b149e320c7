import { plainText, type AnnotatedArticle } from '@/lib/content/annotate';
import type { Term } from '@/lib/glossary/schema';
import type { EntryView } from '@/lib/glossary/view';
import type { Lang } from '@/lib/text/matcher';

/** What an export says of one concept, in both languages: language-neutral data plus the texts of each locale. */
export type ExportEntry = {
  id: string;
  category: string;
  /** The English label of the category, for subject-field style fields. */
  subject: string;
  translit: string;
  study?: Term['study'];
  /** Forms in glossary order: the preferred one first. `context` is the first article sentence using that form. */
  forms: Record<Lang, { form: string; status: Term['ar'][number]['status']; context?: string }[]>;
  gloss: Record<Lang, string>;
  definition: Record<Lang, string>;
  note?: Record<Lang, string>;
};

/** The first sentence in which each form of each term occurs, keyed "<termId>|<lang>|<form>". */
export function formContexts(articles: AnnotatedArticle[]): Map<string, string> {
  const contexts = new Map<string, string>();
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const s of p.sentences) {
        for (const [lang, run] of [['ar', s.ar], ...s.en.map((e) => ['en', e] as const)] as const) {
          for (const piece of run) {
            if (typeof piece === 'string') continue;
            const key = `${piece.termId}|${lang}|${piece.form}`;
            if (!contexts.has(key)) contexts.set(key, plainText(run).trim());
          }
        }
      }
    }
  }
  return contexts;
}

/**
 * One export entry per term, from the entries' read model in both languages (in glossary order). The subject field
 * is the English name of the category; `context` is filled from `contexts` (see formContexts).
 */
export function buildEntries(views: Record<Lang, EntryView[]>, contexts: Map<string, string>): ExportEntry[] {
  return views.en.map((en, i) => {
    const ar = views.ar[i];
    const forms = (lang: Lang) => en.forms[lang].map((f) => ({ ...f, context: contexts.get(`${en.id}|${lang}|${f.form}`) }));
    return {
      id: en.id,
      category: en.category,
      subject: en.categoryLabel,
      translit: en.translit,
      study: en.study && { root: en.study.root, pattern: en.study.pattern, pos: en.study.pos },
      forms: { ar: forms('ar'), en: forms('en') },
      gloss: { ar: ar.gloss, en: en.gloss },
      definition: { ar: ar.explanation, en: en.explanation },
      note: ar.note && en.note ? { ar: ar.note, en: en.note } : undefined,
    };
  });
}
