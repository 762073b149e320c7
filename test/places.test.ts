import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { annotateArticle, buildMatchers } from '@/lib/content/annotate';
import { readArticle, readGlossary } from '@/lib/content/load';
import { parseYaml } from '@/lib/content/parse';
import { glossarySchema } from '@/lib/glossary/schema';
import { countryAt, countryByIso } from '@/lib/geo/atlas';
import { articlePlaces } from '@/lib/geo/articlePlaces';
import { locatorMap } from '@/lib/geo/locator';
import { placeMap } from '@/lib/geo/placeMap';

const glossary = readGlossary();
const places = glossary.filter((t) => t.category === 'place');

describe('place coordinates (a degree off is in the sea)', () => {
  test('every place entry has a place', () => {
    expect(places.filter((t) => !t.place).map((t) => t.id)).toEqual([]);
  });

  test("every country's point is inside its own 1:50m outline", () => {
    for (const t of places.filter((p) => p.place!.kind === 'country')) {
      const outline = countryByIso(t.place!.iso!);
      expect(outline, t.id).toBeDefined();
      expect(geoContains(outline!.shape, [t.place!.lon, t.place!.lat]), t.id).toBe(true);
    }
  });

  // Where each city, site and region is, as the sources say (the country it must fall in).
  const expected: Record<string, string> = {
    'oil-ports': 'LY', misrata: 'LY', sirte: 'LY', 'abu-qurayn': 'LY', 'bin-jawad': 'LY', tripoli: 'LY', benghazi: 'LY', tobruk: 'LY', skhirat: 'MA', athens: 'GR',
    palu: 'ID', sulawesi: 'ID', donggala: 'ID', jakarta: 'ID', washington: 'US', 'west-virginia': 'US', arizona: 'US', massachusetts: 'US', 'baton-rouge': 'US',
    scotland: 'GB', wales: 'GB', london: 'GB', belfast: 'GB', 'mexico-city': 'MX', popocatepetl: 'MX', catalonia: 'ES', 'le-golf-national': 'FR', paris: 'FR',
  };
  test('every city, site and region is on land (or within a few km of the coast), in the right country', () => {
    const local = places.filter((p) => p.place!.kind !== 'country');
    expect(local.map((t) => t.id).sort()).toEqual(Object.keys(expected).sort());
    for (const t of local) expect(countryAt(t.place!)?.iso, t.id).toBe(expected[t.id]);
  });
});

describe('a bad place fails the build naming the entry', () => {
  const entry = (place: string, category = 'place') =>
    `terms:\n  - id: atlantis\n    category: ${category}\n    translit: x\n${place ? `    place: ${place}\n` : ''}    ar: [{ form: س, status: preferred }]\n    en: [{ form: X, status: preferred }]\n`;
  test.each([
    ['no place', entry(''), /terms\[0\]\.place: entry "atlantis": a place needs/],
    ['latitude out of range', entry('{ kind: city, lat: 95, lon: 15 }'), /terms\[0\]\.place\.lat: entry "atlantis": latitude 95 is out of range/],
    ['longitude out of range', entry('{ kind: city, lat: 32, lon: -181 }'), /terms\[0\]\.place\.lon: entry "atlantis": longitude -181 is out of range/],
    ['a country without its code', entry('{ kind: country, lat: 25, lon: 17 }'), /entry "atlantis": a country needs its ISO/],
    ['a city with a code', entry('{ kind: city, iso: LY, lat: 25, lon: 17 }'), /entry "atlantis": only a country has an ISO code/],
    ['a bad code', entry('{ kind: country, iso: lby, lat: 25, lon: 17 }'), /terms\[0\]\.place\.iso: must be an ISO 3166-1 alpha-2 code/],
    ['an unknown kind', entry('{ kind: village, lat: 25, lon: 17 }'), /terms\[0\]\.place\.kind/],
    ['a place on a person', entry('{ kind: city, lat: 25, lon: 17 }', 'person'), /entry "atlantis": only entries of category place have a place/],
  ])('%s', (_, source, message) => {
    expect(() => parseYaml('content/glossary.yaml', source, glossarySchema)).toThrow(message);
  });

  test('a good place passes', () => {
    expect(parseYaml('g.yaml', entry('{ kind: city, lat: 32.375, lon: 15.093 }'), glossarySchema).terms[0].place).toEqual({ kind: 'city', lat: 32.375, lon: 15.093 });
  });
});

describe('the Misrata map', () => {
  const article = annotateArticle('misrata-foreign-intervention', readArticle('misrata-foreign-intervention')!, buildMatchers(glossary));
  const refs = articlePlaces(article, glossary);
  const names = Object.fromEntries(glossary.map((t) => [t.id, t.en[0].form]));
  const model = placeMap(refs, names, 'en')!;

  test('every place term of the article is a marker, a shaded country or an entry beside the map', () => {
    const drawn = new Set([...model.markers.map((m) => m.placeId), ...model.shapes.flatMap((s) => (s.placeId ? [s.placeId] : []))]);
    for (const r of refs) expect(drawn.has(r.id) || model.facts.some((f) => f.placeId === r.id && !f.onMap), r.id).toBe(true);
    expect(model.facts.map((f) => f.placeId).sort()).toEqual(refs.map((r) => r.id).sort());
  });

  test('framed on Libya: Misrata is the main place, the United States and Britain are listed, not drawn', () => {
    expect(model.mainId).toBe('misrata');
    expect(model.shapes.find((s) => s.placeId === 'libya')).toBeDefined();
    const far = model.facts.filter((f) => !f.onMap).map((f) => f.placeId);
    expect(far).toEqual(expect.arrayContaining(['united-states', 'britain', 'syria', 'iraq']));
    for (const m of model.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(model.width);
    }
  });

  test('the text says how far and which way from Misrata', () => {
    const fact = (id: string) => model.facts.find((f) => f.placeId === id);
    expect(fact('tripoli')).toMatchObject({ relation: 'point', km: 190, direction: 'WNW' });
    expect(fact('sirte')).toMatchObject({ relation: 'point', km: 190, direction: 'SE' });
    expect(fact('abu-qurayn')).toMatchObject({ relation: 'point', direction: 'S' });
    expect(fact('libya')).toMatchObject({ relation: 'contains' });
  });

  test('every marker has its label (placed clear of the others: lib/geo/labels.test.ts)', () => {
    expect(model.labels.filter((l) => l.kind === 'place' || l.kind === 'main').map((l) => l.placeId).sort()).toEqual(model.markers.map((m) => m.placeId).sort());
  });
});

describe('locator maps of the place entries', () => {
  test.each(places.map((t) => [t.id, t] as const))('%s: its country shaded, the place inside the frame, a small drawing', (_, t) => {
    const model = locatorMap(t.place!, t.en[0].form, 'en');
    expect(model.shapes.filter((s) => s.home)).toHaveLength(1);
    if (t.place!.kind === 'country') expect(model.countryIso).toBe(t.place!.iso);
    else {
      expect(model.marker!.x).toBeGreaterThan(0);
      expect(model.marker!.x).toBeLessThan(model.width);
      expect(model.marker!.y).toBeGreaterThan(0);
      expect(model.marker!.y).toBeLessThan(model.height);
    }
    // The outlines are references to the sprite (lib/geo/sprite.ts, test/outlines.test.ts): a few dozen at most.
    expect(model.shapes.length).toBeLessThan(40);
  });
});

describe('the order of the text and of the markers', () => {
  test('outwards from Misrata: Misrata, Libya, then nearest first', () => {
    const article = annotateArticle('misrata-foreign-intervention', readArticle('misrata-foreign-intervention')!, buildMatchers(glossary));
    const names = Object.fromEntries(glossary.map((t) => [t.id, t.en[0].form]));
    const facts = placeMap(articlePlaces(article, glossary), names, 'en')!.facts;
    expect(facts.slice(0, 3).map((f) => f.placeId)).toEqual(['misrata', 'libya', 'abu-qurayn']);
    const km = facts.slice(2).map((f) => ('km' in f ? f.km : 0));
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });
});
