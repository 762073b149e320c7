import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { exportFile } from '@/lib/content/exports';
import { getArticles, getGlossary } from '@/lib/content';
import { checkArticle } from '@/lib/content/qa';
import { FORM_SEPARATOR, GLOSSARY_COLUMNS, QA_COLUMNS, toCsv } from '@/lib/export/tabular';
import { TBX_NS } from '@/lib/export/tbx';
import type { Lang } from '@/lib/i18n/locales';

const glossary = getGlossary();
type Forms = Record<string, { ar: string[][]; en: string[][] }>;
/** The glossary as [form, status] lists per term and language: what every export must give back. */
const expected: Forms = Object.fromEntries(glossary.map((t) => [t.id, { ar: t.ar.map((f) => [f.form, f.status]), en: t.en.map((f) => [f.form, f.status]) }]));

const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const kids = (el: Element, name: string) => children(el).filter((c) => c.localName === name);
const STATUS_OF = { 'preferredTerm-admn-sts': 'preferred', 'admittedTerm-admn-sts': 'admitted', 'deprecatedTerm-admn-sts': 'deprecated' } as Record<string, string>;

function parseXml(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  return doc.documentElement!;
}

/** Read the terms back out of a TBX file: entry, language section and term element names differ by version. */
function readTbx(root: Element, names: { entry: string; lang: string; term: string }): Forms {
  const body = kids(kids(root, 'text')[0], 'body')[0];
  return Object.fromEntries(
    kids(body, names.entry).map((entry) => {
      const forms = { ar: [] as string[][], en: [] as string[][] };
      for (const langSec of kids(entry, names.lang)) {
        const lang = langSec.getAttribute('xml:lang') as Lang;
        for (const termSec of kids(langSec, names.term)) {
          const status = kids(termSec, 'termNote').find((n) => n.getAttribute('type') === 'administrativeStatus')!.textContent!;
          forms[lang].push([kids(termSec, 'term')[0].textContent!, STATUS_OF[status]]);
        }
      }
      return [entry.getAttribute('id')!, forms];
    }),
  );
}

describe('TBX-Basic (TBX v3)', () => {
  const root = parseXml(exportFile('tbx-basic').body);

  test('round trip: every term, form and status comes back, Arabic intact', () => {
    expect(readTbx(root, { entry: 'conceptEntry', lang: 'langSec', term: 'termSec' })).toEqual(expected);
  });

  test('the root declares the dialect, the style and the v3 namespace', () => {
    expect([root.localName, root.namespaceURI, root.getAttribute('type'), root.getAttribute('style')]).toEqual(['tbx', TBX_NS, 'TBX-Basic', 'dca']);
    expect(children(root).map((c) => c.localName)).toEqual(['tbxHeader', 'text']);
    expect(children(kids(root, 'tbxHeader')[0]).map((c) => c.localName)).toEqual(['fileDesc']);
  });

  test('structure: element order, required ids, data categories at their levels, picklist values', () => {
    const PICKLISTS: Record<string, string[]> = {
      partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb'],
      termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
      administrativeStatus: Object.keys(STATUS_OF).concat('supersededTerm-admn-sts'),
    };
    const ids = new Set<string>();
    const entries = kids(kids(kids(root, 'text')[0], 'body')[0], 'conceptEntry');
    expect(entries).toHaveLength(glossary.length);
    for (const entry of entries) {
      const id = entry.getAttribute('id')!;
      expect(id).toMatch(/^[A-Za-z_][\w.-]*$/); // xsd:ID is an NCName
      expect(ids.has(id)).toBe(false);
      ids.add(id);
      // Concept-level descrips (subject field) come before the language sections.
      const names = children(entry).map((c) => c.localName);
      expect(names.slice(names.indexOf('langSec'))).toEqual(['langSec', 'langSec']);
      expect(kids(entry, 'descrip').map((d) => d.getAttribute('type'))).toEqual(['subjectField']);
      for (const langSec of kids(entry, 'langSec')) {
        const order = children(langSec).map((c) => c.localName);
        expect(order.slice(order.indexOf('termSec')).every((n) => n === 'termSec')).toBe(true);
        expect(kids(langSec, 'descrip').map((d) => d.getAttribute('type'))).toEqual(['definition']);
        const termSecs = kids(langSec, 'termSec');
        // The preferred term comes first in each language.
        const statuses = termSecs.map((t) => kids(t, 'termNote').find((n) => n.getAttribute('type') === 'administrativeStatus')!.textContent);
        expect(statuses[0]).toBe('preferredTerm-admn-sts');
        expect(statuses.slice(1)).not.toContain('preferredTerm-admn-sts');
        for (const termSec of termSecs) {
          const parts = children(termSec).map((c) => c.localName);
          expect(parts[0]).toBe('term');
          // term, then its termNotes, then descrips: never a termNote after a descrip.
          expect(parts.lastIndexOf('termNote')).toBeLessThan(parts.includes('descrip') ? parts.indexOf('descrip') : Infinity);
          for (const note of kids(termSec, 'termNote')) expect(PICKLISTS[note.getAttribute('type')!]).toContain(note.textContent);
          for (const d of kids(termSec, 'descrip')) expect(d.getAttribute('type')).toBe('context');
        }
      }
    }
  });

  test('a context is a sentence of the articles that contains the form', () => {
    const gna = kids(kids(kids(root, 'text')[0], 'body')[0], 'conceptEntry').find((e) => e.getAttribute('id') === 'gna')!;
    const ar = kids(gna, 'langSec')[0];
    const first = kids(ar, 'termSec')[0];
    expect(kids(first, 'term')[0].textContent).toBe('حكومة الوفاق الوطني');
    expect(kids(first, 'descrip')[0].textContent).toContain('حكومة الوفاق الوطني');
  });
});

describe('TBX (martif) for OmegaT, Okapi and Weblate', () => {
  const root = parseXml(exportFile('tbx-martif').body);
  test('round trip', () => {
    expect([root.localName, root.getAttribute('type')]).toEqual(['martif', 'TBX']);
    expect(readTbx(root, { entry: 'termEntry', lang: 'langSet', term: 'tig' })).toEqual(expected);
  });
});

describe('OmegaT glossaries', () => {
  test.each([['omegat-ar-en', 'ar', 'en'], ['omegat-en-ar', 'en', 'ar']] as const)('%s: every source form maps to the preferred target', (format, from, to) => {
    const file = exportFile(format);
    expect(file.filename).toBe(`mizan-glossary-${from}-${to}.utf8`);
    const lines = file.body.split('\n').filter((l) => l && !l.startsWith('#'));
    const rows = lines.map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 3 && r[0] && r[1])).toBe(true);
    const want = glossary.flatMap((t) => t[from].map((f) => [f.form, t[to][0].form]));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(want);
  });
});

describe('CSV', () => {
  test('round trip through an RFC 4180 parser, Arabic intact', () => {
    const rows = parse(exportFile('csv').body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...GLOSSARY_COLUMNS]);
    const split = (s: string) => (s ? s.split(FORM_SEPARATOR) : []);
    const back: Forms = Object.fromEntries(
      rows.map((r) => {
        const forms = (lang: Lang) => ['preferred', 'admitted', 'deprecated'].flatMap((s) => split(r[`${lang}_${s}`]).map((f) => [f, s]));
        return [r.id, { ar: forms('ar'), en: forms('en') }];
      }),
    );
    // Forms come back grouped by status; the glossary lists them preferred first, so compare as sets per term.
    const sorted = (f: Forms) => Object.fromEntries(Object.entries(f).map(([id, v]) => [id, { ar: [...v.ar].sort(), en: [...v.en].sort() }]));
    expect(sorted(back)).toEqual(sorted(expected));
  });

  test.each([
    ['plain', 'حكومة الوفاق', 'حكومة الوفاق'],
    ['a comma inside Arabic text', 'طرابلس، مصراته, سرت', '"طرابلس، مصراته, سرت"'],
    ['quotes inside Arabic text', 'قوة "حرس رئاسي"', '"قوة ""حرس رئاسي"""'],
    ['a line break', 'سطر\nآخر', '"سطر\nآخر"'],
  ])('quoting: %s', (_what, value, cell) => {
    const csv = toCsv(['a', 'b'], [{ a: value, b: 'x' }]);
    expect(csv).toBe(`\uFEFFa,b\r\n${cell},x\r\n`);
    expect(parse(csv, { bom: true, columns: true })).toEqual([{ a: value, b: 'x' }]);
  });
});

describe('QA report (CSV)', () => {
  test('one row per checked pair, with both sentences', () => {
    const rows = parse(exportFile('qa-csv').body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...QA_COLUMNS]);
    const pairs = getArticles().flatMap((a) => checkArticle(a, glossary));
    expect(rows).toHaveLength(pairs.length);
    expect(rows.map((r) => r.status)).toEqual(pairs.map((p) => p.status));
    const gna = rows.find((r) => r.article === 'misrata-foreign-intervention' && r.unit === '1.1' && r.term_id === 'gna')!;
    expect([gna.ar_text, gna.en_text, gna.status]).toEqual(['لحكومة الوفاق الوطني', 'Government of National Accord', 'ok']);
    expect(gna.ar_sentence).toContain('لإنقاذ هذه المدينة الأهم لحكومة الوفاق الوطني الليبية');
  });
});
