import { plainText, type AnnotatedArticle } from '@/lib/content/annotate';
import type { Term } from '@/lib/content/schema';
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

export type EntryTexts = { gloss: string; explanation: string; note?: string };

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

export function buildEntries(
  terms: Term[],
  texts: Record<Lang, (id: string) => EntryTexts>,
  subjects: (category: string) => string,
  contexts: Map<string, string>,
): ExportEntry[] {
  return terms.map((t) => {
    const ar = texts.ar(t.id);
    const en = texts.en(t.id);
    const forms = (lang: Lang) => t[lang].map((f) => ({ ...f, context: contexts.get(`${t.id}|${lang}|${f.form}`) }));
    return {
      id: t.id,
      category: t.category,
      subject: subjects(t.category),
      translit: t.translit,
      study: t.study,
      forms: { ar: forms('ar'), en: forms('en') },
      gloss: { ar: ar.gloss, en: en.gloss },
      definition: { ar: ar.explanation, en: en.explanation },
      note: ar.note && en.note ? { ar: ar.note, en: en.note } : undefined,
    };
  });
}
