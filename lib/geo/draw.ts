import { geoArea, geoBounds, geoMercator, geoPath, type GeoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { countries, type Country, type Resolution } from './atlas';
import type { Box } from './frame';
import type { Rect } from './labels';

/** The drawing's size in SVG units: 16:10, scaled by CSS to the column's width (the aspect ratio reserves the space). */
export const SIZE = { width: 640, height: 400 } as const;

export type Canvas = { projection: GeoProjection; path: GeoPath; width: number; height: number; visible: Box };

/**
 * A Mercator projection (north up, true shapes at regional scale) fitted to a box, clipped to the drawing, with
 * coordinates rounded to 0.1 unit: the outlines outside the frame cost nothing, those inside little.
 */
export function canvasFor(box: Box, width: number = SIZE.width, height: number = SIZE.height, pad = 0, step = 1): Canvas {
  const corners = { type: 'MultiPoint' as const, coordinates: [[box.west, box.south], [box.east, box.north], [box.west, box.north], [box.east, box.south]] };
  const projection = geoMercator().fitExtent([[pad, pad], [width - pad, height - pad]], corners);
  projection.clipExtent([[0, 0], [width, height]]);
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(thinned(out, step)) }).digits(1);
  return { projection, path, width, height, visible: { west, south, east, north } };
}

/**
 * A stream that passes on a line's points only `step` drawing units apart (finer than a pixel shows nothing), and
 * always its last point, so rings stay closed.
 */
export function thinned(out: GeoStream, step: number): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (!last || (x - last[0]) ** 2 + (y - last[1]) ** 2 >= step ** 2) {
        out.point(x, y);
        last = [x, y];
        pending = null;
      } else pending = [x, y];
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

const boxesMeet = (a: Box, b: Box) => a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** Wider than this (degrees of longitude), a map uses the 1:110m outlines. */
const COARSE_SPAN = 30;

/** The outlines a map draws: 1:110m for a map more than COARSE_SPAN degrees wide, 1:50m otherwise. */
export const resolutionOf = (canvas: Canvas): Resolution => (canvas.visible.east - canvas.visible.west > COARSE_SPAN ? '110m' : '50m');

const bounds = new WeakMap<Country, Box>();

/** A country's box in degrees (across the antimeridian: the whole band of latitudes), computed once. */
function boundsOf(country: Country): Box {
  let b = bounds.get(country);
  if (!b) {
    const [[west, south], [east, north]] = geoBounds(country.shape);
    b = west <= east ? { west, south, east, north } : { west: -180, south, east: 180, north };
    bounds.set(country, b);
  }
  return b;
}

/** The countries whose box meets the drawing's: a superset of those it shows (`visibleCountries`). */
export function countriesNear(canvas: Canvas): Country[] {
  return countries(resolutionOf(canvas)).filter((country) => boxesMeet(boundsOf(country), canvas.visible));
}

/** The countries whose outline (islets left out) reaches into the drawing. */
export function visibleCountries(canvas: Canvas): Country[] {
  return countriesNear(canvas).filter((country) => {
    const d = canvas.path(withoutSpecks(country.shape, canvas.path));
    return !!d && d.length > 3;
  });
}

/** Islands under SPECK square units at this scale (most of the Aegean's islets) would cost bytes, not show: left out. */
export const SPECK = 20;

export function withoutSpecks(shape: Feature<Polygon | MultiPolygon>, path: GeoPath, speck = SPECK): Feature<Polygon | MultiPolygon> {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const coordinates = shape.geometry.coordinates.filter((coordinates) => path.area({ type: 'Polygon', coordinates }) >= speck);
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates } };
}

/** A country's largest polygon (the mainland: not Alaska, not the islands), to frame a locator map on. */
export function mainland(shape: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const g = shape.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const areas = polygons.map((coordinates) => geoArea({ type: 'Polygon', coordinates }));
  const coordinates = polygons[areas.indexOf(Math.max(...areas))];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
}

export function boundsBox(shape: Feature<Polygon>): Box {
  const [[west, south], [east, north]] = geoBounds(shape);
  return { west, south, east, north };
}

const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/**
 * A scale bar of a round distance about a fifth of the drawing wide, measured along the parallel through the
 * drawing's centre (Mercator's scale changes with latitude: the bar is true there).
 */
export function scaleBar(canvas: Canvas): { km: number; length: number } {
  const [lon, lat] = canvas.projection.invert!([canvas.width / 2, canvas.height / 2])!;
  const kmPerDegree = 111.32 * Math.cos((lat * Math.PI) / 180);
  const pxPerKm = (canvas.projection([lon + 1, lat])![0] - canvas.projection([lon, lat])![0]) / kmPerDegree;
  const target = canvas.width / 5 / pxPerKm;
  const km = NICE_KM.reduce((best, k) => (Math.abs(Math.log(k / target)) < Math.abs(Math.log(best / target)) ? k : best));
  return { km, length: Math.round(km * pxPerKm * 10) / 10 };
}

/** The boxes the scale bar (bottom left) and north arrow (top right) take, kept clear of labels. */
export function reservedBoxes(canvas: Canvas, scaleLength: number): Rect[] {
  return [
    { x: 8, y: canvas.height - 34, w: scaleLength + 16, h: 30 },
    { x: canvas.width - 34, y: 6, w: 28, h: 40 },
  ];
}
