import { geoMercator, geoPath, type GeoStream } from 'd3-geo';
import { countries, type Resolution } from './atlas';
import { countriesNear, resolutionOf, SPECK, thinned, withoutSpecks, type Canvas } from './draw';
import { relativePath } from './svgPath';

/**
 * The country outlines every map draws, written once as an SVG sprite (one `<path id="c<ISO numeric>">` per
 * country) that the maps reference with `<use href>` instead of carrying the path data in their markup and again
 * in the RSC payload. The sprite's coordinates are Mercator centred on 0°, 0° at SPRITE_SCALE; every map is
 * Mercator too (lib/geo/draw.ts: `fitExtent` sets only a scale and a shift), so a map places the outlines with
 * one `matrix(k 0 0 k tx ty)`. Rounded to whole units: at the largest map scale (about 4,900) that is half a
 * unit of the drawing at most, as fine as the thinning the maps used before.
 */
export const SPRITE_SCALE = 5000;

/** A drawing's margin in its own units around each country's clip box: clip edges and their strokes stay outside. */
const MARGIN = 8;

/** What the maps ask of one country's outline: the largest and smallest scale it is drawn at, and the box (in sprite units) of every frame it is drawn in. */
export type OutlineNeed = { maxScale: number; minScale: number; x0: number; y0: number; x1: number; y1: number };
export type OutlineNeeds = Record<Resolution, Map<string, OutlineNeed>>;

/** The map's outlines as the sprite's, scaled and shifted: x = k·X + tx, y = k·Y + ty. */
export function spriteTransform(canvas: Canvas): { k: number; tx: number; ty: number } {
  const [tx, ty] = canvas.projection.translate();
  return { k: canvas.projection.scale() / SPRITE_SCALE, tx, ty };
}

/**
 * How a map places the sprite's outlines: the SVG transform (six significant digits of k: under 0.01 unit off
 * across the world) and the sprite units per unit of the drawing, by which the stylesheet multiplies its stroke
 * widths (`--pm-unit`), so borders keep the width they have in the drawing's own units.
 */
export type Placement = { transform: string; unit: number };

export function placement(canvas: Canvas): Placement {
  const { k, tx, ty } = spriteTransform(canvas);
  const round = (v: number) => Math.round(v * 100) / 100;
  const scale = Number(k.toPrecision(6));
  return { transform: `matrix(${scale} 0 0 ${scale} ${round(tx)} ${round(ty)})`, unit: Number((1 / k).toPrecision(4)) };
}

/**
 * Every country any of these maps may draw (`countriesNear`: a superset of what each shows), with the scales and
 * the union of the frames it is drawn in, by resolution.
 */
export function outlineNeeds(canvases: Canvas[]): OutlineNeeds {
  const needs: OutlineNeeds = { '50m': new Map(), '110m': new Map() };
  for (const canvas of canvases) {
    const { k, tx, ty } = spriteTransform(canvas);
    const scale = canvas.projection.scale();
    const [x0, y0, x1, y1] = [-tx / k, -ty / k, (canvas.width - tx) / k, (canvas.height - ty) / k];
    const byId = needs[resolutionOf(canvas)];
    for (const country of countriesNear(canvas)) {
      const n = byId.get(country.id);
      byId.set(
        country.id,
        n
          ? { maxScale: Math.max(n.maxScale, scale), minScale: Math.min(n.minScale, scale), x0: Math.min(n.x0, x0), y0: Math.min(n.y0, y0), x1: Math.max(n.x1, x1), y1: Math.max(n.y1, y1) }
          : { maxScale: scale, minScale: scale, x0, y0, x1, y1 },
      );
    }
  }
  return needs;
}

/**
 * One country's outline in sprite units, as detailed as its most zoomed map needs and no more: clipped to the
 * union of its frames (with a margin), points closer than a unit of that map dropped, islets too small to show
 * on it left out. Empty when nothing of it is left.
 */
export function spriteOutline(shape: Parameters<typeof withoutSpecks>[0], need: OutlineNeed): string {
  const unit = SPRITE_SCALE / need.maxScale;
  const margin = (MARGIN * SPRITE_SCALE) / need.minScale;
  const projection = geoMercator()
    .scale(SPRITE_SCALE)
    .translate([0, 0])
    .clipExtent([
      [need.x0 - margin, need.y0 - margin],
      [need.x1 + margin, need.y1 + margin],
    ]);
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(thinned(out, unit)) }).digits(0);
  const d = path(withoutSpecks(shape, path, SPECK * unit * unit));
  return d && d.length > 3 ? relativePath(d, 0) : '';
}

/** The sprite file of one resolution: an SVG document of the needed countries' paths, and their ids. */
export function spriteSvg(resolution: Resolution, needs: Map<string, OutlineNeed>): { svg: string; ids: Set<string> } {
  const ids = new Set<string>();
  let paths = '';
  for (const country of countries(resolution)) {
    const need = needs.get(country.id);
    if (!need) continue;
    const d = spriteOutline(country.shape, need);
    if (!d) continue;
    ids.add(country.id);
    paths += `<path id="c${country.id}" d="${d}"/>\n`;
  }
  // No fill or stroke here: a `<use>` inherits them from the map's stylesheet (components/map/place-map.css).
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><!-- Natural Earth ${resolution} country outlines (public domain, world-atlas), Mercator at scale ${SPRITE_SCALE}, for the maps of Mizan --><defs>\n${paths}</defs></svg>\n`;
  return { svg, ids };
}
