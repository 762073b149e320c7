import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { getArticles, getGlossary } from '@/lib/content';
import { articlePlaces } from '@/lib/geo/articlePlaces';
import { locatorMap } from '@/lib/geo/locator';
import { outlineHref, spriteFiles } from '@/lib/geo/outlines';
import { placeMap } from '@/lib/geo/placeMap';

// The site's maps draw their country outlines from the sprites (lib/geo/sprite.ts, served by app/map/[file]):
// every outline any map of the content draws must be in them, or the map would show a hole (and the build fail).
const glossary = getGlossary();
const names = Object.fromEntries(glossary.map((t) => [t.id, t.en[0].form]));
const files = spriteFiles();
const idsIn = (svg: string) => new Set([...svg.matchAll(/<path id="c(\d+)"/g)].map((m) => m[1]));
const inSprite = Object.fromEntries(files.map((f) => [f.resolution, idsIn(f.svg)]));

describe('the outline sprites', () => {
  test('one per resolution, named by a hash of their bytes, each a small SVG document', () => {
    expect(files.map((f) => f.resolution)).toEqual(['50m', '110m']);
    for (const f of files) {
      expect(f.name).toMatch(new RegExp(`^outlines-${f.resolution}-[0-9a-f]{12}\\.svg$`));
      expect(f.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg">/);
      expect([...f.ids].sort()).toEqual([...inSprite[f.resolution]].sort());
    }
    // Fetched once by the first page with a map and kept: 47 KB and 9.6 KB gzip on 2026-11-30.
    expect(gzipSync(files[0].svg).length).toBeLessThan(64 * 1024);
    expect(gzipSync(files[1].svg).length).toBeLessThan(16 * 1024);
  });

  const articles = getArticles().map((a) => [a.slug, a] as const);
  test.each(articles)("%s: every country its map draws is in the sprite it points to", (_, article) => {
    const model = placeMap(articlePlaces(article, glossary), names, 'en');
    for (const shape of model?.shapes ?? []) {
      expect(inSprite[shape.resolution].has(shape.id), `${shape.resolution} ${shape.id}`).toBe(true);
      expect(outlineHref(shape.resolution, shape.id)).toMatch(new RegExp(`^/map/outlines-${shape.resolution}-[0-9a-f]{12}\\.svg#c${shape.id}$`));
    }
  });

  test.each(glossary.filter((t) => t.place).map((t) => [t.id, t] as const))('%s: every country its locator map draws is in the sprite', (_, term) => {
    const model = locatorMap(term.place!, term.en[0].form, 'en');
    expect(model.shapes.length).toBeGreaterThan(0);
    for (const shape of model.shapes) expect(inSprite[shape.resolution].has(shape.id), `${shape.resolution} ${shape.id}`).toBe(true);
  });

  test('a map pointing at an outline the sprite lacks fails (the build, when a page does it), naming the country', () => {
    // Antarctica (010): no map of the content comes near it.
    expect(() => outlineHref('50m', '010')).toThrow(/50m outline sprite \(outlines-50m-[0-9a-f]{12}\.svg\) has no country 010/);
  });
});
