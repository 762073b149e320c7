// The published NTREX corpus (npm run import:ntrex) against its source: every document of content/ntrex/documents.tsv
// is an article with the headline, the site, the date, the attribution and licence, its editorial notes, and, line
// for line, the source text: paragraph k holds line k+1 of each file (NTREX's gold alignment units), whatever the
// aligner did inside the line. A re-import with a worse aligner, or a lost note, fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { corpusDir } from '@/bench/alignCorpus';
import { articleSchema } from '@/lib/content/schema';
import { parseNotes } from '@/lib/import/notes';
import { ATTRIBUTION, LICENSE, LICENSE_URL, parseDocuments, withoutLeftoverTags } from '@/lib/import/ntrex';

const ROOT = path.join(__dirname, '..');
const NTREX = corpusDir();
const docs = parseDocuments('documents.tsv', readFileSync(path.join(ROOT, 'content/ntrex/documents.tsv'), 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, '');
const lines = (id: string, lang: 'ar' | 'en') => {
  const text = readFileSync(path.join(NTREX, id, `${lang}.txt`), 'utf8');
  return (withoutLeftoverTags(text) ?? text).split('\n').map((l) => l.trim()).filter(Boolean);
};
const notesOf = (id: string) => {
  try {
    return parseNotes(id, readFileSync(path.join(ROOT, 'content/ntrex/notes', `${id}.yaml`), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
};

describe('the published NTREX articles', () => {
  test.each(docs.map((d) => [d.id, d] as const))('%s', (id, doc) => {
    const file = path.join(ROOT, 'content/articles', doc.slug, 'article.yaml');
    const article = articleSchema.parse(YAML.parse(readFileSync(file, 'utf8')));
    const [ar, en] = [lines(id, 'ar'), lines(id, 'en')];
    expect(article.title).toEqual({ ar: ar[0], en: en[0] });
    expect(article.originalLanguage).toBe('en');
    expect(article.site).toBe(id.replace(/\.\d+$/, ''));
    expect(article.license).toBe(LICENSE);
    expect(article.licenseUrl).toBe(LICENSE_URL);
    for (const lang of ['ar', 'en'] as const) expect(article.attribution?.[lang]).toContain(ATTRIBUTION);
    if (doc.keep) return; // edited by hand (Macedonia): its text and notes are its editors'.
    expect(article.date).toBe(doc.date);
    expect(article.dateApproximate).toBe(doc.approximate);
    expect(article.source.en).toContain(id);
    // Paragraph k is line k + 1 of both files (spaces aside: the format splits and joins sentences).
    expect(article.paragraphs.map((p) => squash(p.sentences.map((s) => s.ar).join('')))).toEqual(ar.slice(1).map(squash));
    expect(article.paragraphs.map((p) => squash(p.sentences.flatMap((s) => s.en).join('')))).toEqual(en.slice(1).map(squash));
    // The notes of content/ntrex/notes/<id>.yaml, every one, in order.
    expect(article.notes.map(({ kind, ar, en }) => ({ kind, ar, en }))).toEqual(notesOf(id).map(({ kind, ar, en }) => ({ kind, ar, en })));
  });
});
