import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { annotateArticle, buildMatchers, countOccurrences, plainText, type AnnotatedArticle } from '@/lib/content/annotate';
import { ContentError } from '@/lib/content/errors';
import { articleSlugs, readArticle, readGlossary } from '@/lib/content/load';
import { parseYaml } from '@/lib/content/parse';
import { articleSchema, glossarySchema } from '@/lib/content/schema';
import type { Lang } from '@/lib/i18n/locales';

const matchers = buildMatchers(readGlossary());
const article = (slug: string) => annotateArticle(slug, readArticle(slug)!, matchers);
const misrata = article('misrata-foreign-intervention');

/** Every highlighted occurrence in one column: [surface, termId]. */
function occurrences(a: AnnotatedArticle, lang: Lang): [string, string][] {
  const runs = [a.title[lang], ...a.paragraphs.flatMap((p) => p.sentences.flatMap((s) => (lang === 'ar' ? [s.ar] : s.en)))];
  return runs.flatMap((run) => run.flatMap((p) => (typeof p === 'string' ? [] : [[p.text, p.termId] as [string, string]])));
}

describe('the content files', () => {
  test('every article validates and has at least one paragraph', () => {
    // The source article and the NTREX corpus (content/ntrex/documents.tsv, the Macedonia article among them).
    const ntrex = readFileSync('content/ntrex/documents.tsv', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).slice(1).map((l) => l.split('\t')[1]);
    expect(ntrex).toHaveLength(107);
    expect(articleSlugs()).toEqual(['misrata-foreign-intervention', ...ntrex].sort());
    for (const slug of articleSlugs()) expect(readArticle(slug)!.paragraphs.length).toBeGreaterThan(0);
  });

  test('the Arabic of the source article is the text as received, with only the stray paragraph break joined', () => {
    const a = readArticle('misrata-foreign-intervention')!;
    const body = [a.title.ar, ...a.paragraphs.map((p) => p.sentences.map((s) => s.ar).join(' '))].join('\n\n');
    // sha256 of the received article.ar.md's headline and paragraphs, the break after «يشتبه في» joined by a space.
    expect(createHash('sha256').update(body).digest('hex')).toBe('1e812ef9ca142ee854a33e8d4de29805382e6876a0145b9b8839c443ea7c3ad3');
    expect(a.paragraphs).toHaveLength(16);
    expect(a.notes.map((n) => n.kind).sort()).toEqual(['joined-paragraph', 'slip', 'slip']);
  });

  test('every sentence has its English counterpart, and one Arabic sentence may say it has several', () => {
    for (const slug of articleSlugs()) {
      for (const p of readArticle(slug)!.paragraphs) for (const s of p.sentences) expect([s.en].flat().length).toBeGreaterThan(0);
    }
    expect(misrata.paragraphs[2].sentences[0].en.length).toBeGreaterThan(1);
  });

  test('the glossary has at least 35 concepts, all with Arabic and English forms', () => {
    const terms = readGlossary();
    expect(terms.length).toBeGreaterThanOrEqual(35);
    for (const id of ['gna', 'nafir', 'presidential-guard', 'presidential-council', 'house-of-representatives', 'isis', 'aguila-saleh']) {
      expect(terms.map((t) => t.id)).toContain(id);
    }
  });
});

describe('a broken content file fails with its name, the place and the problem', () => {
  const good = 'originalLanguage: ar\ndate: "2016-05"\ntitle: { ar: ع, en: E }\nsource: { ar: ع, en: E }\nparagraphs:\n  - sentences:\n      - { ar: جملة, en: A sentence }\n';

  test.each([
    ['a missing English sentence', good.replace('{ ar: جملة, en: A sentence }', '{ ar: جملة }'), 'paragraphs[0].sentences[0].en'],
    ['an unknown key', good + 'summary: x\n', 'summary'],
    ['a bad date', good.replace('"2016-05"', 'May 2016'), 'date'],
    ['a note pointing nowhere', good + 'notes:\n  - { at: "9.9", kind: slip, ar: ع, en: E }\n', 'notes[0].at'],
    ['invalid YAML', good.replace('paragraphs:', 'paragraphs: [\n'), 'line'],
  ])('%s', (_, source, place) => {
    let error: unknown;
    try {
      parseYaml('content/articles/broken/article.yaml', source, articleSchema);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain('content/articles/broken/article.yaml');
    expect((error as ContentError).place).toContain(place);
  });

  test('a glossary entry with two preferred forms', () => {
    const source = 'terms:\n  - id: x\n    category: place\n    translit: x\n    ar: [{ form: س, status: preferred }, { form: ص, status: preferred }]\n    en: [{ form: X, status: preferred }]\n';
    expect(() => parseYaml('content/glossary.yaml', source, glossarySchema)).toThrow(/content\/glossary\.yaml: terms\[0\]\.ar\[1\]\.status/);
  });

  test('a valid file passes', () => {
    expect(parseYaml('x.yaml', good, articleSchema).paragraphs).toHaveLength(1);
  });
});

describe('terms in the source article', () => {
  const ar = occurrences(misrata, 'ar');
  const count = (termId: string) => ar.filter(([, id]) => id === termId).length;

  test('all seven حكومة الوفاق الوطني, including لحكومة…', () => {
    expect(ar.filter(([s]) => s.endsWith('حكومة الوفاق الوطني'))).toHaveLength(7);
    expect(ar).toContainEqual(['لحكومة الوفاق الوطني', 'gna']);
    expect(ar).toContainEqual(['لحكومة السراج', 'gna']);
  });

  test.each([
    ['للمجلس الرئاسي', 'presidential-council'],
    ['ومجلس رئاسي', 'presidential-council'],
    ['حرس رئاسي', 'presidential-guard'],
    ['لطرابلس', 'tripoli'],
    ['وبنغازي', 'benghazi'],
    ['لليبيا', 'libya'],
    ['حالة النفير', 'nafir'],
    ['برلمان طبرق', 'house-of-representatives'],
    ['مجلس نواب طبرق', 'house-of-representatives'],
    ['مجلس النواب في طبرق', 'house-of-representatives'],
    ['كتائب مصراته', 'misrata-brigades'],
    ['عقيلة صالح', 'aguila-saleh'],
    ['النصاب القانوني', 'quorum'],
    ['التصويت على منح الثقة', 'vote-of-confidence'],
    ['الاتحاد الأوروبي', 'eu'],
    ['وزارة الخزانة الأمريكية', 'us-treasury'],
    ['الصخيرات', 'skhirat'],
    ['أبو قرين', 'abu-qurayn'],
    ['بن جواد', 'bin-jawad'],
    ['سرت', 'sirte'],
  ])('%s is highlighted as %s', (surface, termId) => {
    expect(ar).toContainEqual([surface, termId]);
  });

  test('لصالح "in favour of" is not Aguila Saleh; صالح alone is, twice', () => {
    expect(ar.some(([s]) => s === 'لصالح')).toBe(false);
    expect(ar.filter(([s, id]) => s === 'صالح' && id === 'aguila-saleh')).toHaveLength(2);
    expect(count('aguila-saleh')).toBe(3);
  });

  test('both columns have highlights, and every term found in the Arabic is explained on the page', () => {
    const counts = countOccurrences(misrata);
    expect(counts.ar).toBeGreaterThan(60);
    expect(counts.en).toBeGreaterThan(50);
  });

  test('the titles are annotated too', () => {
    expect(plainText(misrata.title.ar)).toContain('مصراته');
    expect(misrata.title.ar.some((p) => typeof p !== 'string' && p.termId === 'misrata')).toBe(true);
  });
});

describe('terms in the sample article', () => {
  const sample = article('macedonia-name-referendum');
  test.each<[Lang, string, string]>([
    ['en', 'NATO', 'nato'],
    ['en', 'EU', 'eu'],
    ['en', 'referendum', 'referendum'],
    ['en', 'Republic of North Macedonia', 'north-macedonia'],
    ['ar', 'الاستفتاء', 'referendum'],
    ['ar', 'الناتو', 'nato'],
    ['ar', 'الاتحاد الأوروبي', 'eu'],
  ])('%s: %s → %s', (lang, surface, termId) => {
    expect(occurrences(sample, lang)).toContainEqual([surface, termId]);
  });
});
