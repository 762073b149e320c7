import { describe, expect, test } from 'vitest';
import { articleSlugs as loaderSlugs, termIds } from '@/lib/content/files';
import { articleSlugs, readGlossary } from '@/lib/content/load';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { termSchema, type Term } from './schema';
import { entryView, formStatuses, otherForms, type TermTexts } from './view';

const word: Term = termSchema.parse({
  id: 'x-word',
  category: 'political',
  translit: 'kalima',
  ar: [{ form: 'كلمة', status: 'preferred' }, { form: 'لفظة', status: 'deprecated' }],
  en: [{ form: 'word', status: 'preferred' }, { form: 'term', status: 'admitted' }],
  study: { root: 'ك ل م', pattern: 'فَعِلة', pos: 'noun' },
});
// Texts as a file may hold them, with keys missing.
const messages = (texts: Partial<TermTexts>) => ({ ...en, Glossary: { 'x-word': texts as TermTexts } });

describe('entryView: one read model of a term', () => {
  test('joins the YAML data with the locale texts, labels and the entry path', () => {
    const view = entryView(word, messages({ gloss: 'G', explanation: 'E', literal: 'L', note: 'N' }), 'en');
    expect(view).toMatchObject({ id: 'x-word', ar: 'كلمة', en: 'word', translit: 'kalima', category: 'political', categoryLabel: 'Political term' });
    expect(view).toMatchObject({ href: '/en/glossary/x-word', gloss: 'G', explanation: 'E', note: 'N' });
    expect(view.study).toEqual({ root: 'ك ل م', pattern: 'فَعِلة', pos: 'noun', posLabel: 'noun', literal: 'L', note: 'N' });
    expect(otherForms(view, 'ar')).toEqual([{ form: 'لفظة', status: 'deprecated' }]);
    expect(formStatuses(word).en).toEqual({ word: 'preferred', term: 'admitted' });
  });

  test('in Arabic, the labels and the path are Arabic', () => {
    const view = entryView(word, { ...ar, Glossary: { 'x-word': { gloss: 'غ', explanation: 'ش', literal: 'ل', note: 'م' } } }, 'ar');
    expect(view.href).toBe('/ar/glossary/x-word');
    expect(view.categoryLabel).toBe(ar.Categories.political);
  });

  test('a missing text fails naming the file and the key', () => {
    expect(() => entryView(word, messages({ gloss: 'G', explanation: 'E', literal: 'L' }), 'en')).toThrow('messages/en.json: Glossary.x-word.note: missing');
    expect(() => entryView({ ...word, study: undefined }, messages({ gloss: 'G' }), 'en')).toThrow('messages/en.json: Glossary.x-word.explanation: missing');
  });

  test('every real entry has a view in both locales', () => {
    for (const term of readGlossary()) for (const [locale, m] of [['ar', ar], ['en', en]] as const) expect(entryView(term, m, locale).gloss).toBeTruthy();
  });
});

describe('the loader next.config.js uses', () => {
  test('gives the same term ids and slugs as the validated content', () => {
    expect(termIds()).toEqual(readGlossary().map((t) => t.id));
    expect(loaderSlugs()).toEqual(articleSlugs());
  });
});
