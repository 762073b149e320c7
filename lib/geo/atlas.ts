import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import arNames from 'i18n-iso-countries/langs/ar.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import type { LatLon } from './sphere';
import type { Lang } from '@/lib/i18n/locales';

// Natural Earth 1:50m country outlines (public domain) from world-atlas, and country names in Arabic and English
// from i18n-iso-countries: read once, at build time, by the pages that draw maps. No name is typed by hand.
isoCountries.registerLocale(arNames);
isoCountries.registerLocale(enNames);

/** One country's outline: `id` is its ISO 3166-1 numeric code (as world-atlas keys them), `iso` its alpha-2 code. */
export type Country = { id: string; iso?: string; shape: Feature<Polygon | MultiPolygon> };

/** 1:50m for a region; 1:110m for a map a continent wide, where the finer coast would only add bytes. */
export type Resolution = '50m' | '110m';
const TOPOLOGIES = { '50m': countries50m, '110m': countries110m };
const cache = new Map<Resolution, Country[]>();

export function countries(resolution: Resolution = '50m'): Country[] {
  let list = cache.get(resolution);
  if (!list) {
    const topology = TOPOLOGIES[resolution] as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    list = collection.features
      // A few disputed areas have no code: they are drawn as land by their neighbours' outlines only.
      .filter((f) => f.id !== undefined)
      .map((f) => ({ id: String(f.id), iso: isoCountries.numericToAlpha2(String(f.id)), shape: f as Feature<Polygon | MultiPolygon> }));
    cache.set(resolution, list);
  }
  return list;
}

export function countryByIso(iso: string): Country | undefined {
  return countries().find((c) => c.iso === iso);
}

/** Degrees of a few km: a coastal town may sit just outside a 1:50m coastline. */
const NUDGE = 0.08;

/** The country a point is in, or (a coastal point just off the 1:50m outline) the one a few km away. */
export function countryAt(point: LatLon): Country | undefined {
  const tries: [number, number][] = [[0, 0]];
  for (let k = 1; k <= 3; k++) for (const [a, b] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]]) tries.push([a * k * NUDGE, b * k * NUDGE]);
  for (const [dLat, dLon] of tries) {
    const found = countries().find((c) => geoContains(c.shape, [point.lon + dLon, point.lat + dLat]));
    if (found) return found;
  }
  return undefined;
}

/** A country's usual short name in the interface language ("North Macedonia", not "The Republic of…"). */
export function countryName(iso: string, locale: Lang): string | undefined {
  const official = isoCountries.getName(iso, locale);
  return official?.startsWith('The ') ? (isoCountries.getName(iso, locale, { select: 'alias' }) ?? official) : official;
}
