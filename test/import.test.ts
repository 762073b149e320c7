// The import command, run as editors run it (tsx scripts/import.ts), on a temporary copy of content/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { corpusDir } from '@/bench/alignCorpus';

const ROOT = path.join(__dirname, '..');
const NTREX = corpusDir();
let tmp: string;
let content: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MIZAN_CONTENT_DIR: content },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}
const doc = (id: string, lang: string) => path.join(NTREX, id, `${lang}.txt`);
const META = ['--original', 'en', '--date', '2018-10', '--date-approximate', '--source-ar', 'من مجموعة NTREX-128.', '--source-en', 'From the NTREX-128 data set.'];
const importDoc = (id: string, slug: string, ...more: string[]) => run('--ar', doc(id, 'ar'), '--en', doc(id, 'en'), '--slug', slug, ...META, ...more);
const file = (name: string, data: string | Buffer) => {
  const f = path.join(tmp, name);
  writeFileSync(f, data);
  return f;
};
const articleFiles = () => readdirSync(path.join(content, 'articles'), { recursive: true }).map(String).sort();

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'mizan-import-'));
  content = path.join(tmp, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run import', () => {
  test('imports two NTREX documents: the articles load, annotate and pass the term QA', async () => {
    const a = importDoc('bbc.381646', 'tom-daley-import-test', '--site', 'bbc', '--report-json', path.join(tmp, 'report.json'));
    expect(a.err).toBe('');
    expect(a.status).toBe(0);
    expect(a.out).toContain('Wrote');
    const b = importDoc('reuters.218865', 'sulawesi-tsunami', '--site', 'reuters', '--paragraphs', 'lines');
    expect(b.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(tmp, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ slug: 'tom-daley-import-test', units: expect.any(Number), items: expect.any(Array) });
    // No temporary file is left beside the articles.
    expect(articleFiles().filter((f) => f.includes('.tmp'))).toEqual([]);

    vi.stubEnv('MIZAN_CONTENT_DIR', content);
    vi.resetModules();
    const { readArticle, readGlossary } = await import('@/lib/content/load');
    const { annotateArticle, buildMatchers, countOccurrences } = await import('@/lib/content/annotate');
    const { checkArticle, occurrenceStatuses, summarize } = await import('@/lib/content/qa');
    const terms = readGlossary();
    const matchers = buildMatchers(terms);
    for (const [slug, id] of [['tom-daley-import-test', 'bbc.381646'], ['sulawesi-tsunami', 'reuters.218865']]) {
      const article = readArticle(slug)!;
      expect(article.title.en).toBe(readFileSync(doc(id, 'en'), 'utf8').split('\n')[0].trim());
      // Each article unit is one line of the source, in both languages (the files are line-parallel).
      const lines = (lang: string) => readFileSync(doc(id, lang), 'utf8').split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
      const units = article.paragraphs.flatMap((p) => p.sentences.map((s) => [s.ar, [s.en].flat().join(' ')]));
      expect(units).toEqual(lines('ar').map((ar, k) => [ar, lines('en')[k]]));
      const annotated = annotateArticle(slug, article, matchers);
      expect(countOccurrences(annotated).en).toBeGreaterThan(0);
      // The term QA runs over it: every highlighted occurrence in either column gets exactly one status.
      const pairs = checkArticle(annotated, terms);
      const counted = summarize(pairs);
      expect(counted.ok).toBeGreaterThan(0);
      expect(counted.ok + counted.variant + counted.missing).toBe(pairs.length);
      const highlighted = [annotated.title, ...annotated.paragraphs.flatMap((p) => p.sentences.map((s) => ({ ar: s.ar, en: s.en.flat() })))]
        .reduce((n, u) => n + [...u.ar, ...u.en].filter((piece) => typeof piece !== 'string').length, 0);
      expect(occurrenceStatuses(pairs).size).toBe(highlighted);
    }
    vi.unstubAllEnvs();

    const check = run('--check', 'tom-daley-import-test');
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/tom-daley-import-test: \d+ units; the aligner disagrees with \d+\./);
  }, 180_000);

  const refusals: [string, () => string[], RegExp][] = [
    ['an existing slug', () => ['--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'en'), '--slug', 'misrata-foreign-intervention', ...META], /already exists.*--force/],
    ['an invalid slug', () => ['--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'en'), '--slug', 'Tom_Daley', ...META], /not a valid slug/],
    ['a file that is not UTF-8', () => ['--ar', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), '--en', doc('bbc.381646', 'en'), '--slug', 'x-utf8', ...META], /is not UTF-8/],
    ['an empty text', () => ['--ar', file('empty.txt', '\uFEFF\r\n  \u200B\r\n'), '--en', doc('bbc.381646', 'en'), '--slug', 'x-empty', ...META], /is empty/],
    ['an "Arabic" file without Arabic', () => ['--ar', doc('bbc.381646', 'en'), '--en', doc('bbc.381646', 'en'), '--slug', 'x-not-arabic', ...META], /letters are Arabic: are --ar and --en swapped/],
    ['an "English" file in Arabic script', () => ['--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'ar'), '--slug', 'x-arabic-english', ...META], /given as the English text, but \d+ % of its letters are Arabic/],
    ['a missing file', () => ['--ar', path.join(tmp, 'nope.txt'), '--en', doc('bbc.381646', 'en'), '--slug', 'x-missing', ...META], /cannot be read/],
    ['a missing date', () => ['--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'en'), '--slug', 'x-date', '--source-ar', 'م', '--source-en', 's'], /--date is required/],
    ['an invalid date', () => ['--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'en'), '--slug', 'x-date2', ...META, '--date', 'October'], /date: must be YYYY/],
    ['a title without body', () => ['--ar', file('title-ar.txt', 'عنوان فقط\n'), '--en', file('title-en.txt', 'Only a title\n'), '--slug', 'x-body', ...META], /no body/],
  ];
  test.each(refusals)('refuses %s, with a clear message, writing nothing', (_what, args, message) => {
    const before = articleFiles();
    const r = run(...args());
    expect(r.status).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Nothing was written.');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(articleFiles()).toEqual(before);
  }, 60_000);

  test('--force replaces an existing article', () => {
    const yamlFile = path.join(content, 'articles', 'macedonia-name-referendum', 'article.yaml');
    const before = readFileSync(yamlFile, 'utf8');
    const r = run('--ar', doc('bbc.381646', 'ar'), '--en', doc('bbc.381646', 'en'), '--slug', 'macedonia-name-referendum', ...META, '--force');
    expect(r.status).toBe(0);
    expect(readFileSync(yamlFile, 'utf8')).not.toBe(before);
    expect(existsSync(yamlFile)).toBe(true);
  }, 60_000);
});
