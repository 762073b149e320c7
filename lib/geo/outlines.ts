import 'server-only';
import { createHash } from 'node:crypto';
import { getArticles, getGlossary } from '@/lib/content';
import type { Resolution } from './atlas';
import { articlePlaces } from './articlePlaces';
import type { Canvas } from './draw';
import { locatorCanvas } from './locator';
import { articleCanvas } from './placeMap';
import { outlineNeeds, spriteSvg } from './sprite';

/** Where the sprites are served (app/map/[file]/route.ts). */
export const SPRITE_PATH = '/map';

/** `hash`: of the svg's bytes, in its name and its ETag. */
export type SpriteFile = { resolution: Resolution; name: string; hash: string; svg: string; ids: Set<string> };

let files: SpriteFile[] | undefined;

/** The drawing of every map the site has: each article's, each place entry's locator map. */
export function allMapCanvases(): Canvas[] {
  const glossary = getGlossary();
  const articles = getArticles().flatMap((article) => articleCanvas(articlePlaces(article, glossary))?.canvas ?? []);
  const locators = glossary.flatMap((term) => (term.place ? [locatorCanvas(term.place).canvas] : []));
  return [...articles, ...locators];
}

/**
 * The outline sprites, one per resolution, built once per process from the content: named by a hash of their
 * bytes, so a browser may keep one for good (a changed sprite is a new address).
 */
export function spriteFiles(): SpriteFile[] {
  if (!files) {
    const needs = outlineNeeds(allMapCanvases());
    files = (['50m', '110m'] as const).map((resolution) => {
      const { svg, ids } = spriteSvg(resolution, needs[resolution]);
      const hash = createHash('sha256').update(svg).digest('hex').slice(0, 12);
      return { resolution, name: `outlines-${resolution}-${hash}.svg`, hash, svg, ids };
    });
  }
  return files;
}

/**
 * The address of one country's outline, for `<use href>`. A country the sprite lacks fails the build here, naming
 * it: a map never points at an outline that is not there.
 */
export function outlineHref(resolution: Resolution, countryId: string): string {
  const file = spriteFiles().find((f) => f.resolution === resolution)!;
  if (!file.ids.has(countryId)) {
    throw new Error(`The ${resolution} outline sprite (${file.name}) has no country ${countryId}: lib/geo/sprite.ts and the maps disagree.`);
  }
  return `${SPRITE_PATH}/${file.name}#c${countryId}`;
}
