/**
 * Editorial notes kept outside the article, so that they survive a re-import: `npm run import -- --notes <file>`.
 *
 * A notes file is a YAML list. Each note names the sentence it is about by a piece of its text, not by its place:
 * `find` (a string of the Arabic sentence) or `find-en` (of the English), so the note lands on the right sentence
 * however the aligner or the paragraphing cuts the text. The piece must occur in exactly one sentence unit.
 *
 *   - find: جامعة ولاية أريزونا
 *     kind: slip
 *     ar: …
 *     en: …
 */
import { z } from 'zod';
import { ContentError } from '@/lib/content/error';
import { fromZodError } from '@/lib/content/errors';
import { parseYamlText } from '@/lib/content/files';
import type { Lang } from '@/lib/text/matcher';
import { ImportRefusal } from './clean';

const text = z.string().trim().min(1, 'must not be empty');

const noteSpec = z
  .object({
    find: text.optional(),
    'find-en': text.optional(),
    kind: z.enum(['joined-paragraph', 'slip', 'note']),
    ar: text,
    en: text,
  })
  .strict()
  .refine((n) => (n.find === undefined) !== (n['find-en'] === undefined), { message: 'give exactly one of "find" (Arabic) and "find-en" (English)' });

export const notesFileSchema = z.array(noteSpec);
export type NoteSpec = z.infer<typeof noteSpec>;
export type PlacedNote = { at: string; kind: NoteSpec['kind']; ar: string; en: string };
type Sentences = { paragraphs: { sentences: { ar: string; en: string | string[] }[] }[] };

/** A notes file's text, parsed and checked, or a refusal naming the file, the note and the problem. */
export function parseNotes(file: string, source: string): NoteSpec[] {
  try {
    const data = parseYamlText(file, source) ?? [];
    const checked = notesFileSchema.safeParse(data);
    if (!checked.success) throw fromZodError(file, checked.error);
    return checked.data;
  } catch (e) {
    if (e instanceof ContentError) throw new ImportRefusal(`notes: ${e.message}`);
    throw e;
  }
}

// Whitespace runs count as one space, so a piece copied from a wrapped line still matches.
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each note placed on the one sentence unit ("paragraph.sentence") whose text holds its piece. */
export function placeNotes(article: Sentences, specs: NoteSpec[], file: string): PlacedNote[] {
  return specs.map((spec, i) => {
    const lang: Lang = spec.find !== undefined ? 'ar' : 'en';
    const piece = squash((spec.find ?? spec['find-en'])!);
    const hits: string[] = [];
    article.paragraphs.forEach((p, pi) =>
      p.sentences.forEach((s, si) => {
        const sentence = lang === 'ar' ? s.ar : [s.en].flat().join(' ');
        if (squash(sentence).includes(piece)) hits.push(`${pi + 1}.${si + 1}`);
      }),
    );
    const name = `${file}: note ${i + 1} (${lang === 'ar' ? 'find' : 'find-en'} "${piece}")`;
    if (hits.length === 0) throw new ImportRefusal(`${name} is in no ${lang === 'ar' ? 'Arabic' : 'English'} sentence of the article.`);
    if (hits.length > 1) throw new ImportRefusal(`${name} is in ${hits.length} sentences (${hits.join(', ')}): quote more of the one meant.`);
    return { at: hits[0], kind: spec.kind, ar: spec.ar, en: spec.en };
  });
}
