import { geoBounds, geoMercator } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { countries, countryByIso } from './atlas';
import { canvasFor, countriesNear, visibleCountries } from './draw';
import type { Box } from './frame';
import { outlineNeeds, placement, SPRITE_SCALE, spriteOutline, spriteSvg, spriteTransform } from './sprite';

/** The absolute points of a path of relative steps (m, l, z: what the sprite writes). */
function points(d: string): [number, number][] {
  let [x, y, sx, sy] = [0, 0, 0, 0];
  const out: [number, number][] = [];
  for (const m of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (m[1] === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const nums = m[2].match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      [x, y] = [x + nums[i], y + nums[i + 1]];
      if (m[1] === 'm' && i === 0) [sx, sy] = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

// [name, frame, width, height, pad]: the Misrata article's frame, a map a continent wide (1:110m), a locator.
const frames: [string, Box, number, number, number][] = [
  ['Libyan coast', { west: 10, south: 28, east: 22, north: 35 }, 640, 400, 28],
  ['Europe to the Gulf', { west: -10, south: 20, east: 60, north: 60 }, 640, 400, 28],
  ['Massachusetts', { west: -74, south: 40.5, east: -69.5, north: 43.5 }, 480, 300, 12],
];

describe('the outline sprite', () => {
  test.each(frames)('%s: a map\'s Mercator is the sprite\'s, scaled and shifted', (_, box, w, h, pad) => {
    const canvas = canvasFor(box, w, h, pad);
    const sprite = geoMercator().scale(SPRITE_SCALE).translate([0, 0]);
    const { k, tx, ty } = spriteTransform(canvas);
    const { transform } = placement(canvas);
    const [a, , , d, e, f] = /^matrix\((.+)\)$/.exec(transform)![1].split(' ').map(Number);
    for (const [lon, lat] of [[box.west, box.south], [box.east, box.north], [(box.west + box.east) / 2, (box.south + box.north) / 2], [-170, 70], [170, -50]]) {
      const [x, y] = canvas.projection([lon, lat])!;
      const [X, Y] = sprite([lon, lat])!;
      expect(k * X + tx).toBeCloseTo(x, 6);
      expect(k * Y + ty).toBeCloseTo(y, 6);
      // The attribute, rounded, still lands within a hundredth of a unit anywhere on the world.
      expect(Math.abs(a * X + e - x)).toBeLessThan(0.02);
      expect(Math.abs(d * Y + f - y)).toBeLessThan(0.02);
    }
  });

  test("Libya's outline, placed on the Misrata map, covers Libya as the map's own projection does, up to the frame", () => {
    const canvas = canvasFor(frames[0][1], 640, 400, 28);
    const libya = countryByIso('LY')!;
    const need = outlineNeeds([canvas])['50m'].get(libya.id)!;
    expect(need).toBeDefined();
    const { k, tx, ty } = spriteTransform(canvas);
    const placed = points(spriteOutline(libya.shape, need)).map(([X, Y]) => [k * X + tx, k * Y + ty]);
    const xs = placed.map((p) => p[0]);
    const ys = placed.map((p) => p[1]);
    // Mercator keeps a box a box: Libya's bounds, projected by the map, clipped to the frame and its 8-unit margin.
    const [[west, south], [east, north]] = geoBounds(libya.shape);
    const [x0, y1] = canvas.projection([west, south])!;
    const [x1, y0] = canvas.projection([east, north])!;
    expect(Math.min(...xs)).toBeCloseTo(Math.max(x0, -8), 0);
    expect(Math.max(...xs)).toBeCloseTo(Math.min(x1, 648), 0);
    expect(Math.min(...ys)).toBeCloseTo(Math.max(y0, -8), 0);
    expect(Math.max(...ys)).toBeCloseTo(Math.min(y1, 408), 0);
    // A coastline, not a box.
    expect(placed.length).toBeGreaterThan(100);
  });

  test('every country a map shows is in the sprite, as a path without paint of its own', () => {
    const canvases = frames.map(([, box, w, h, pad]) => canvasFor(box, w, h, pad));
    const needs = outlineNeeds(canvases);
    for (const resolution of ['50m', '110m'] as const) {
      const { svg, ids } = spriteSvg(resolution, needs[resolution]);
      expect([...svg.matchAll(/<path id="c(\d+)" d="[mlz\d,. -]+"\/>/g)].map((m) => m[1]).sort()).toEqual([...ids].sort());
      expect(svg).not.toMatch(/fill=|stroke=|style=/);
      for (const canvas of canvases.filter((c) => (c.visible.east - c.visible.west > 30) === (resolution === '110m'))) {
        for (const country of visibleCountries(canvas)) expect(ids.has(country.id), `${resolution} ${country.id}`).toBe(true);
      }
    }
    // Only what the maps need: no country far from every frame (New Zealand, Antarctica).
    expect(needs['50m'].has(countryByIso('NZ')!.id)).toBe(false);
    expect(needs['110m'].has(countries('110m').find((c) => c.iso === 'AQ')?.id ?? '010')).toBe(false);
  });

  test('a country is drawn at the detail of its most zoomed map: a larger scale, more points, the same frame', () => {
    const greece = countryByIso('GR')!;
    const need = outlineNeeds([canvasFor({ west: 19, south: 34, east: 29, north: 42 })])['50m'].get(greece.id)!;
    const coarse = points(spriteOutline(greece.shape, need)).length;
    const fine = points(spriteOutline(greece.shape, { ...need, maxScale: need.maxScale * 3 })).length;
    // Islets and points the coarser map would not show (771 and 883 points on 2026-11-30).
    expect(coarse).toBeGreaterThan(500);
    expect(fine).toBeGreaterThan(coarse * 1.1);
  });

  test('a country no frame comes near needs nothing', () => {
    const canvas = canvasFor(frames[0][1], 640, 400, 28);
    expect(countriesNear(canvas).map((c) => c.iso)).toEqual(expect.arrayContaining(['LY', 'TN']));
    expect(outlineNeeds([canvas])['50m'].has(countryByIso('BR')!.id)).toBe(false);
  });
});
