import { z } from 'zod';

// The shape of a glossary entry in content/glossary.yaml: language-neutral data (identity, category, forms by
// status, word study). What it means in each language is in messages/<locale>.json under Glossary.<id>; the two
// are joined by ./view.ts. To add a field: add it to termSchema (with its rule and message), and to EntryView if
// pages show it.

const text = z.string().trim().min(1, 'must not be empty');

export const CATEGORIES = ['institution', 'international', 'armedGroup', 'person', 'place', 'political', 'military', 'media', 'party', 'sport', 'concept'] as const;
export const PARTS_OF_SPEECH = ['noun', 'verbalNoun', 'adjective', 'properNoun', 'phrase'] as const;
export const STATUSES = ['preferred', 'admitted', 'deprecated'] as const;

export const PLACE_KINDS = ['city', 'region', 'country', 'site'] as const;

/** Where a place is: a point in degrees (WGS 84), and a country's ISO 3166-1 alpha-2 code. */
const place = z
  .object({
    kind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    iso: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. LY').optional(),
  })
  .strict();

const form = z.object({ form: text, status: z.enum(STATUSES) }).strict();
const forms = z
  .array(form)
  .min(1)
  .superRefine((list, ctx) => {
    if (list[0].status !== 'preferred') ctx.addIssue({ code: 'custom', path: [0, 'status'], message: 'the first form must be the preferred one' });
    list.forEach((f, i) => {
      if (i > 0 && f.status === 'preferred') ctx.addIssue({ code: 'custom', path: [i, 'status'], message: 'only one form may be preferred' });
    });
  });

export const termSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens'),
    category: z.enum(CATEGORIES),
    translit: text,
    ar: forms,
    en: forms,
    notForms: z.array(text).optional(),
    study: z.object({ root: text, pattern: text.optional(), pos: z.enum(PARTS_OF_SPEECH) }).strict().optional(),
    place: place.optional(),
  })
  .strict();

export const glossarySchema = z
  .object({ terms: z.array(termSchema).min(1) })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.terms.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'id'], message: `duplicate id "${t.id}" (also terms[${seen.get(t.id)}])` });
      seen.set(t.id, i);
    });
  });

export type Term = z.infer<typeof termSchema>;
export type Category = (typeof CATEGORIES)[number];
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export type Status = (typeof STATUSES)[number];
export type Form = Term['ar'][number];
