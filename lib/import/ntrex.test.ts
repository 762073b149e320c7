import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusDir } from '@/bench/alignCorpus';
import { ImportRefusal } from './clean';
import { parseNotes } from './notes';
import { ATTRIBUTION, checkCoverage, importArgs, LICENSE_URL, parseDocuments, parseManifest, withoutLeftoverTags } from './ntrex';

const ROOT = path.join(__dirname, '../..');
const TABLE = readFileSync(path.join(ROOT, 'content/ntrex/documents.tsv'), 'utf8');
const HEADER = '# a comment\nid\tslug\tdate\tapprox\tkeep\n';

describe('content/ntrex/documents.tsv', () => {
  const docs = parseDocuments('documents.tsv', TABLE);
  const manifest = parseManifest(readFileSync(path.join(corpusDir(), 'MANIFEST.tsv'), 'utf8'));

  test('lists every document of the corpus once, with a unique slug, and keeps the hand-edited Macedonia article', () => {
    expect(manifest).toHaveLength(107);
    expect(() => checkCoverage(docs, manifest)).not.toThrow();
    expect(new Set(docs.map((d) => d.slug)).size).toBe(107);
    expect(docs.filter((d) => d.keep)).toEqual([expect.objectContaining({ id: 'rt.com.91337', slug: 'macedonia-name-referendum' })]);
  });

  test('every notes file is named after a document and parses', () => {
    const ids = new Set(docs.map((d) => d.id));
    const dir = path.join(ROOT, 'content/ntrex/notes');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(ids.has(f.replace(/\.yaml$/, '')), f).toBe(true);
      expect(parseNotes(f, readFileSync(path.join(dir, f), 'utf8')).length, f).toBeGreaterThan(0);
    }
  });
});

describe('parseDocuments', () => {
  test('reads rows: approximate dates and kept articles', () => {
    expect(parseDocuments('t', `${HEADER}bbc.1\tone\t2018-09\t~\nrt.com.2\ttwo\t2018-09-30\t\tkeep\n`)).toEqual([
      { id: 'bbc.1', slug: 'one', date: '2018-09', approximate: true, keep: false },
      { id: 'rt.com.2', slug: 'two', date: '2018-09-30', approximate: false, keep: true },
    ]);
  });

  test.each([
    ['no header', 'bbc.1\tone\t2018-09\n', /first row must be the header/],
    ['a bad slug', `${HEADER}bbc.1\tOne Two\t2018-09\n`, /t, line 3: "One Two" is not a valid slug/],
    ['a date out of the corpus', `${HEADER}bbc.1\tone\t2019-09\n`, /line 3: "2019-09" is not a date of September or October 2018/],
    ['a missing date', `${HEADER}bbc.1\tone\n`, /line 3: a row needs an id, a slug and a date/],
    ['a stray approx mark', `${HEADER}bbc.1\tone\t2018-09\tabout\n`, /approx column is "~" or empty/],
    ['a duplicate slug', `${HEADER}bbc.1\tone\t2018-09\nbbc.2\tone\t2018-09\n`, /line 4: "one" is already on line 3/],
    ['a duplicate id', `${HEADER}bbc.1\tone\t2018-09\nbbc.1\ttwo\t2018-09\n`, /line 4: "bbc.1" is already on line 3/],
  ])('refuses %s, naming the line', (_, text, message) => {
    expect(() => parseDocuments('t', text)).toThrow(ImportRefusal);
    expect(() => parseDocuments('t', text)).toThrow(message);
  });

  test('checkCoverage names documents missing from the table or unknown to the corpus, and unknown sites', () => {
    const doc = { id: 'bbc.1', slug: 'one', date: '2018-09', approximate: true, keep: false };
    expect(() => checkCoverage([doc], [{ id: 'bbc.1', site: 'bbc', title: 'x' }, { id: 'bbc.2', site: 'bbc', title: 'y' }])).toThrow(/no row for bbc\.2/);
    expect(() => checkCoverage([doc, { ...doc, id: 'bbc.9', slug: 'nine' }], [{ id: 'bbc.1', site: 'bbc', title: 'x' }])).toThrow(/lists bbc\.9/);
    expect(() => checkCoverage([{ ...doc, id: 'x.1' }], [{ id: 'x.1', site: 'x', title: 'x' }])).toThrow(/No publisher name for the site\(s\) x/);
  });
});

describe('importArgs', () => {
  const doc = { id: 'reuters.218909', slug: 'lsu-wayde-sims-arrest', date: '2018-09-29', approximate: true, keep: false };
  const flag = (args: string[], name: string) => args[args.indexOf(name) + 1];

  test('English original, one line a paragraph, the site, the date, the attribution the licence asks for, notes and --force', () => {
    const args = importArgs(doc, 'reuters', { ar: 'a.txt', en: 'e.txt', notes: 'n.yaml', report: 'r.json' }, true);
    expect(flag(args, '--slug')).toBe('lsu-wayde-sims-arrest');
    expect(flag(args, '--original')).toBe('en');
    expect(flag(args, '--paragraphs')).toBe('lines');
    expect(flag(args, '--date')).toBe('2018-09-29');
    expect(args).toContain('--date-approximate');
    expect(flag(args, '--site')).toBe('reuters');
    for (const lang of ['en', 'ar']) {
      expect(flag(args, `--attribution-${lang}`)).toContain(ATTRIBUTION);
      expect(flag(args, `--attribution-${lang}`)).toContain('(reuters)');
      expect(flag(args, `--source-${lang}`)).toContain('reuters.218909');
    }
    expect(flag(args, '--attribution-en')).toMatch(/Reuters.*the Arabic is NTREX's professional translation of the English original/);
    expect(flag(args, '--attribution-ar')).toContain('رويترز');
    expect(flag(args, '--license')).toBe('CC BY-SA 4.0');
    expect(flag(args, '--license-url')).toBe(LICENSE_URL);
    expect(flag(args, '--notes')).toBe('n.yaml');
    expect(flag(args, '--report-json')).toBe('r.json');
    expect(args).toContain('--force');
  });

  test('an exact date, no notes and no --force leave those flags out', () => {
    const args = importArgs({ ...doc, approximate: false }, 'reuters', { ar: 'a.txt', en: 'e.txt' }, false);
    expect(args).not.toContain('--date-approximate');
    expect(args).not.toContain('--notes');
    expect(args).not.toContain('--force');
  });

  test('withoutLeftoverTags removes the data set\'s <seg> markup and only that', () => {
    expect(withoutLeftoverTags('<seg id="1">اعتقال مشتبه به.\nسطر <b>ثان</b>')).toBe('اعتقال مشتبه به.\nسطر <b>ثان</b>');
    expect(withoutLeftoverTags('لا شيء هنا')).toBeUndefined();
  });
});
