import { countryAt, countryByIso, countryName, type Resolution } from './atlas';
import { canvasFor, reservedBoxes, resolutionOf, scaleBar, SIZE, visibleCountries, type Canvas } from './draw';
import { frameAround, splitPlaces, type PlaceRef, type Split } from './frame';
import { placeLabels, type LabelInput } from './labels';
import { bearing, compassPoint, distanceKm, roundKm, type CompassPoint } from './sphere';
import { placement, type Placement } from './sprite';

import type { Lang } from '@/lib/i18n/locales';

/** A country drawn on a map: its outline in the sprite (lib/geo/sprite.ts), by its ISO numeric code and resolution. */
export type MapShape = { id: string; resolution: Resolution; placeId?: string };
export type MapMarker = { placeId: string; x: number; y: number; main: boolean };
export type MapLabel = { key: string; text: string; x: number; y: number; kind: 'place' | 'main' | 'named' | 'country'; placeId?: string };
/** What the text says of a place: the main place itself, the country it is in, or a distance and direction. */
export type PlaceFact =
  | { placeId: string; relation: 'main' }
  | { placeId: string; relation: 'contains' }
  | { placeId: string; relation: 'point' | 'centre'; km: number; direction: CompassPoint };

export type PlaceMapModel = {
  width: number;
  height: number;
  /** Where the sprite's outlines land on this drawing (lib/geo/sprite.ts). */
  outlines: Placement;
  mainId: string;
  shapes: MapShape[];
  markers: MapMarker[];
  labels: MapLabel[];
  scale: { km: number; length: number; x: number; y: number };
  /** Every place: the main one, the country it is in, then the others nearest first (`onMap` false: listed beside it). */
  facts: (PlaceFact & { onMap: boolean })[];
};

/** One place's line of the text alternative, from the main place's coordinates: great-circle distance and compass point. */
export function factFor(main: PlaceRef, p: PlaceRef, mainCountryIso: string | undefined): PlaceFact {
  if (p === main) return { placeId: p.id, relation: 'main' };
  if (p.place.kind === 'country' && p.place.iso === mainCountryIso) return { placeId: p.id, relation: 'contains' };
  const km = roundKm(distanceKm(main.place, p.place));
  return { placeId: p.id, relation: p.place.kind === 'country' ? 'centre' : 'point', km, direction: compassPoint(bearing(main.place, p.place)) };
}

/** The drawing of an article's map: framed on the cluster around its main place. Undefined: no place to map. */
export function articleCanvas(places: PlaceRef[]): { canvas: Canvas; split: Split } | undefined {
  const split = splitPlaces(places);
  return split && { canvas: canvasFor(frameAround(split.near.map((p) => p.place)), SIZE.width, SIZE.height, 28), split };
}

/**
 * The map of an article's places, computed at build time: framed on the cluster around the main place, the named
 * countries in the frame shaded, the other places as markers, labels in the interface language without
 * collisions, a scale bar; places far from the cluster are not drawn but listed beside the map.
 */
export function placeMap(places: PlaceRef[], names: Record<string, string>, locale: Lang): PlaceMapModel | undefined {
  const framed = articleCanvas(places);
  if (!framed) return undefined;
  const { canvas, split } = framed;
  const { main, near, far } = split;
  const mainCountry = main.place.kind === 'country' ? main.place.iso : countryAt(main.place)?.iso;

  // One shaded outline per named country in the cluster; a second name of the same country is listed instead.
  const shaded = new Map<string, string>();
  const onMap = new Set<string>();
  for (const p of near) {
    if (p.place.kind !== 'country') onMap.add(p.id);
    else if (p.place.iso && !shaded.has(p.place.iso) && countryByIso(p.place.iso)) {
      shaded.set(p.place.iso, p.id);
      onMap.add(p.id);
    }
  }

  const drawn = visibleCountries(canvas);
  const resolution = resolutionOf(canvas);
  const shapes: MapShape[] = drawn.map((country) => ({ id: country.id, resolution, placeId: country.iso ? shaded.get(country.iso) : undefined }));
  const markers: MapMarker[] = near
    .filter((p) => p.place.kind !== 'country')
    .map((p) => {
      const [x, y] = canvas.projection([p.place.lon, p.place.lat])!;
      return { placeId: p.id, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, main: p === main };
    });

  const scale = scaleBar(canvas);
  const inputs: (LabelInput & { kind: MapLabel['kind']; placeId?: string })[] = markers.map((m) => ({
    id: m.placeId, placeId: m.placeId, kind: m.main ? 'main' : 'place', x: m.x, y: m.y, r: m.main ? 6 : 4.5, text: names[m.placeId], size: m.main ? 14 : 12, lang: locale,
  }));
  for (const country of drawn) {
    const placeId = country.iso ? shaded.get(country.iso) : undefined;
    const name = placeId ? names[placeId] : country.iso && countryName(country.iso, locale);
    if (!name) continue;
    // Named countries at their point when it is in the frame; all at the middle of their visible part otherwise.
    const named = placeId ? near.find((p) => p.id === placeId)!.place : undefined;
    const point = named ? canvas.projection([named.lon, named.lat]) : null;
    const [x, y] = point && point[0] > 0 && point[0] < canvas.width && point[1] > 0 && point[1] < canvas.height ? point : canvas.path.centroid(country.shape);
    // A neighbour barely in the frame gets no label (it would sit on the edge).
    if (!placeId && canvas.path.area(country.shape) < 2500) continue;
    if (!Number.isFinite(x)) continue;
    inputs.push({ id: `c${country.id}`, placeId, kind: placeId ? 'named' : 'country', x, y, r: 0, text: name, size: placeId ? 13 : 11, lang: locale });
  }
  const { placed } = placeLabels(inputs, { x: 4, y: 4, w: canvas.width - 8, h: canvas.height - 8 }, reservedBoxes(canvas, scale.length));
  const labels: MapLabel[] = placed.map((l) => {
    const input = inputs.find((i) => i.id === l.id)!;
    return { key: l.id, text: input.text, x: Math.round(l.x * 10) / 10, y: Math.round(l.y * 10) / 10, kind: input.kind, placeId: input.placeId };
  });

  // The text (and the keyboard's way through the markers) goes outwards: the main place, its country, then nearest first.
  const rank = (f: PlaceFact) => (f.relation === 'main' ? -2 : f.relation === 'contains' ? -1 : f.km);
  const facts = [...near, ...far].map((p) => ({ ...factFor(main, p, mainCountry), onMap: onMap.has(p.id) })).sort((a, b) => rank(a) - rank(b));
  return { width: canvas.width, height: canvas.height, outlines: placement(canvas), mainId: main.id, shapes, markers, labels, scale: { ...scale, x: 16, y: canvas.height - 16 }, facts };
}
