import type { Place } from '@/lib/glossary/schema';
import { distanceKm, type LatLon } from './sphere';

/** A place term as it occurs in one article: where it is, how often and how early the article names it. */
export type PlaceRef = { id: string; place: Place; count: number; first: number };

/** A box in degrees: west/east longitudes, south/north latitudes (never across the antimeridian here). */
export type Box = { west: number; south: number; east: number; north: number };

/** Places farther than this from the main place do not widen the map: they go to the list beside it. */
export const CLUSTER_KM = 1000;
/** The least span of a frame, in degrees of latitude, so one city still shows its coast and neighbours. */
const MIN_SPAN = 4;
/** The margin around the places, as a share of their span (and at least a degree). */
const MARGIN = 0.12;

const byWeight = (a: PlaceRef, b: PlaceRef) => b.count - a.count || a.first - b.first;

/**
 * The place the article is about, which distances are measured from: the most named city, site or region
 * (the earlier one on a tie); a country only when the article names no smaller place.
 */
export function mainPlace(places: PlaceRef[]): PlaceRef | undefined {
  const local = places.filter((p) => p.place.kind !== 'country').sort(byWeight);
  return local[0] ?? [...places].sort(byWeight)[0];
}

export type Split = { main: PlaceRef; near: PlaceRef[]; far: PlaceRef[] };

/** The article's cluster (within CLUSTER_KM of the main place, the main place first) and the places far from it. */
export function splitPlaces(places: PlaceRef[]): Split | undefined {
  const main = mainPlace(places);
  if (!main) return undefined;
  const near: PlaceRef[] = [main];
  const far: PlaceRef[] = [];
  for (const p of [...places].sort(byWeight)) {
    if (p === main) continue;
    (distanceKm(main.place, p.place) <= CLUSTER_KM ? near : far).push(p);
  }
  return { main, near, far };
}

/** The box around some points, with a margin, at least MIN_SPAN tall and as wide (in degrees) at the equator. */
export function frameAround(points: LatLon[]): Box {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  let [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const grow = (lo: number, hi: number, least: number): [number, number] => {
    const pad = Math.max(1, (hi - lo) * MARGIN);
    [lo, hi] = [lo - pad, hi + pad];
    if (hi - lo < least) [lo, hi] = [(lo + hi) / 2 - least / 2, (lo + hi) / 2 + least / 2];
    return [lo, hi];
  };
  [south, north] = grow(south, north, MIN_SPAN);
  // A degree of longitude is shorter away from the equator: the least width is the same distance on the ground.
  const mid = ((south + north) / 2) * (Math.PI / 180);
  [west, east] = grow(west, east, MIN_SPAN / Math.max(0.2, Math.cos(mid)));
  return { west: Math.max(-180, west), south: Math.max(-85, south), east: Math.min(180, east), north: Math.min(85, north) };
}

export const inBox = (b: Box, p: LatLon) => p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;
