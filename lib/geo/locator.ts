import type { Place } from '@/lib/glossary/schema';
import { countryAt, countryByIso, countryName, type Country, type Resolution } from './atlas';
import { boundsBox, canvasFor, mainland, reservedBoxes, resolutionOf, scaleBar, visibleCountries, type Canvas } from './draw';
import { frameAround } from './frame';
import { placeLabels, type LabelInput } from './labels';
import { placement, type Placement } from './sprite';
import type { Lang } from '@/lib/i18n/locales';

export const LOCATOR_SIZE = { width: 480, height: 300 } as const;

export type LocatorModel = {
  width: number;
  height: number;
  /** The country the place is in (or is), by its alpha-2 code, when the outlines know it. */
  countryIso?: string;
  /** Where the sprite's outlines land on this drawing (lib/geo/sprite.ts). */
  outlines: Placement;
  /** The countries drawn, as outlines in the sprite: by ISO numeric code and resolution. */
  shapes: { id: string; resolution: Resolution; home: boolean }[];
  marker?: { x: number; y: number };
  labels: { key: string; text: string; x: number; y: number; kind: 'main' | 'named' | 'country' }[];
  scale: { km: number; length: number; x: number; y: number };
};

/** The drawing of a place's locator map: framed on its country's mainland and the place. */
export function locatorCanvas(place: Place): { home?: Country; canvas: Canvas } {
  const home = place.kind === 'country' && place.iso ? countryByIso(place.iso) : countryAt(place);
  const b = home ? boundsBox(mainland(home.shape)) : undefined;
  const corners = b ? [{ lat: b.south, lon: b.west }, { lat: b.north, lon: b.east }] : [];
  return { home, canvas: canvasFor(frameAround([...corners, place]), LOCATOR_SIZE.width, LOCATOR_SIZE.height, 12, 1.5) };
}

/**
 * A small map of one place in its country, for the place's glossary page: framed on the country's mainland
 * (and the place), the country shaded, a marker on a city, site or region, the neighbours named.
 */
export function locatorMap(place: Place, name: string, locale: Lang): LocatorModel {
  const { home, canvas } = locatorCanvas(place);
  const drawn = visibleCountries(canvas);
  const resolution = resolutionOf(canvas);
  const shapes = drawn.map((country) => ({ id: country.id, resolution, home: country.id === home?.id }));
  const point = place.kind === 'country' ? undefined : canvas.projection([place.lon, place.lat])!;
  const marker = point && { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 };
  const scale = scaleBar(canvas);

  const inputs: (LabelInput & { kind: LocatorModel['labels'][number]['kind'] })[] = [];
  if (marker) inputs.push({ id: 'place', kind: 'main', x: marker.x, y: marker.y, r: 5, text: name, size: 14, lang: locale });
  for (const country of drawn) {
    const isHome = country.id === home?.id;
    const text = isHome && place.kind === 'country' ? name : country.iso && countryName(country.iso, locale);
    if (!text || (!isHome && canvas.path.area(country.shape) < 2500)) continue;
    const [x, y] = canvas.path.centroid(country.shape);
    if (Number.isFinite(x)) inputs.push({ id: `c${country.id}`, kind: isHome ? 'named' : 'country', x, y, r: 0, text, size: isHome ? 13 : 11, lang: locale });
  }
  const { placed } = placeLabels(inputs, { x: 4, y: 4, w: canvas.width - 8, h: canvas.height - 8 }, reservedBoxes(canvas, scale.length));
  const labels = placed.map((l) => {
    const input = inputs.find((i) => i.id === l.id)!;
    return { key: l.id, text: input.text, x: Math.round(l.x * 10) / 10, y: Math.round(l.y * 10) / 10, kind: input.kind };
  });
  return { width: canvas.width, height: canvas.height, outlines: placement(canvas), countryIso: home?.iso, shapes, marker, labels, scale: { ...scale, x: 16, y: canvas.height - 16 } };
}
