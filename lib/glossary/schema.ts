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

/**
 * Where a place is: a point in degrees (WGS 84) for every kind (a country's or region's is a representative point,
 * its centre), and a country's ISO 3166-1 alpha-2 code, which links it to its outline and its names. Ranges are
 * checked on the term (below), so the message names the entry.
 */
const place = z
  .object({
    kind: z.enum(PLACE_KINDS),
    lat: z.number(),
    lon: z.number(),
    iso: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. LY').optional(),
  })
  .strict();

const form = z.object({ form: text, status: z.enum(STATUSES) }).strict();
const forms = z
  .array(form)
  .min(1, 'needs at least one form (the preferred one first)')
  .superRefine((list, ctx) => {
    if (list.length && list[0].status !== 'preferred') ctx.addIssue({ code: 'custom', path: [0, 'status'], message: 'the first form must be the preferred one' });
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
  .strict()
  .superRefine((t, ctx) => {
    const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message: `entry "${t.id}": ${message}` });
    if (t.category !== 'place') {
      if (t.place) problem(['place'], 'only entries of category place have a place');
      return;
    }
    if (!t.place) return problem(['place'], 'a place needs `place: { kind, lat, lon }` (and `iso` for a country)');
    const { kind, lat, lon, iso } = t.place;
    if (!(lat >= -90 && lat <= 90)) problem(['place', 'lat'], `latitude ${lat} is out of range (-90 to 90)`);
    if (!(lon >= -180 && lon <= 180)) problem(['place', 'lon'], `longitude ${lon} is out of range (-180 to 180)`);
    if (kind === 'country' && !iso) problem(['place', 'iso'], 'a country needs its ISO 3166-1 alpha-2 code');
    if (kind !== 'country' && iso) problem(['place', 'iso'], 'only a country has an ISO code');
  });

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
export type Place = NonNullable<Term['place']>;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export type Status = (typeof STATUSES)[number];
export type Form = Term['ar'][number];
