import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const localized = z.object({ ar: text, en: text }).strict();

const sentence = z
  .object({
    ar: text,
    // One Arabic sentence may need several English ones: a list says so explicitly.
    en: z.union([text, z.array(text).min(1)]),
  })
  .strict();

const note = z
  .object({
    at: z.string().regex(/^\d+\.\d+$/, 'must be "<paragraph>.<sentence>", e.g. "5.2"'),
    kind: z.enum(['joined-paragraph', 'slip', 'note']),
    ar: text,
    en: text,
  })
  .strict();

export const articleSchema = z
  .object({
    originalLanguage: z.enum(['ar', 'en']),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    dateApproximate: z.boolean().default(false),
    title: localized,
    source: localized,
    // The publisher's site as a short key (bbc, reuters, rt.com): the article index filters by it. Without it the
    // article counts as its own source.
    site: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a short lower-case key such as "bbc" or "rt.com"').optional(),
    attribution: localized.optional(),
    license: text.optional(),
    licenseUrl: z.url().optional(),
    notes: z.array(note).default([]),
    paragraphs: z.array(z.object({ sentences: z.array(sentence).min(1) }).strict()).min(1),
  })
  .strict()
  .superRefine((article, ctx) => {
    article.notes.forEach((n, i) => {
      const [p, s] = n.at.split('.').map(Number);
      if (!article.paragraphs[p - 1]?.sentences[s - 1]) {
        ctx.addIssue({ code: 'custom', path: ['notes', i, 'at'], message: `no sentence ${n.at} in this article` });
      }
    });
  });

export type ArticleFile = z.infer<typeof articleSchema>;

// The glossary's schema lives with the rest of the term model, in lib/glossary/ (re-exported for old imports).
export { CATEGORIES, PARTS_OF_SPEECH, STATUSES, glossarySchema, termSchema, type Category, type Term } from '@/lib/glossary/schema';
