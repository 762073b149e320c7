import type { Lang } from '@/lib/i18n/locales';
/** Label placement without collisions: greedy, by priority, over a few candidate positions. Pure. */

export type Rect = { x: number; y: number; w: number; h: number };
/** A label to place next to a point (a marker's centre), `r` the marker's radius (0 for a label on its own). */
export type LabelInput = { id: string; x: number; y: number; r: number; text: string; size: number; lang: Lang };
/** A placed label: its box, and the point its text is centred on (x) with its baseline (y). */
export type PlacedLabel = { id: string; box: Rect; x: number; y: number };

/**
 * The width of a text in px, estimated: the map is drawn at build time, with no font metrics. Average advances
 * of the site's sans-serif at 1em, rounded up (Arabic in Noto Naskh is a little narrower per letter than Latin).
 */
export function textWidth(text: string, size: number, lang: Lang): number {
  return Math.ceil(text.length * size * (lang === 'ar' ? 0.52 : 0.58));
}

export const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

const GAP = 3;

/** Candidate boxes around a point: the sides first, then above and below, then the corners. */
function candidates(l: LabelInput, w: number, h: number): Rect[] {
  const d = l.r + GAP;
  const cy = l.y - h / 2;
  if (l.r === 0) return [{ x: l.x - w / 2, y: cy, w, h }, { x: l.x - w / 2, y: cy - h, w, h }, { x: l.x - w / 2, y: cy + h, w, h }];
  return [
    { x: l.x + d, y: cy, w, h },
    { x: l.x - d - w, y: cy, w, h },
    { x: l.x - w / 2, y: l.y - d - h, w, h },
    { x: l.x - w / 2, y: l.y + d, w, h },
    { x: l.x + d * 0.7, y: l.y - d * 0.7 - h, w, h },
    { x: l.x - d * 0.7 - w, y: l.y - d * 0.7 - h, w, h },
    { x: l.x + d * 0.7, y: l.y + d * 0.7, w, h },
    { x: l.x - d * 0.7 - w, y: l.y + d * 0.7, w, h },
  ];
}

/**
 * Places labels in the order given (most important first) inside `bounds`, clear of each other, of every
 * marker and of the `reserved` boxes (scale bar, north arrow). A label with no free position is left out
 * (returned in `dropped`): its place keeps its marker, its accessible name and its line in the text beside the map.
 */
export function placeLabels(labels: LabelInput[], bounds: Rect, reserved: Rect[] = []): { placed: PlacedLabel[]; dropped: string[] } {
  const taken: Rect[] = [...reserved, ...labels.filter((l) => l.r > 0).map((l) => ({ x: l.x - l.r, y: l.y - l.r, w: 2 * l.r, h: 2 * l.r }))];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const l of labels) {
    const w = textWidth(l.text, l.size, l.lang);
    const h = Math.ceil(l.size * 1.25);
    const box = candidates(l, w, h).find((c) => inside(c, bounds) && !taken.some((t) => overlaps(c, t)));
    if (!box) {
      dropped.push(l.id);
      continue;
    }
    taken.push(box);
    // The baseline sits about a fifth of the box above its bottom edge (descenders below it).
    placed.push({ id: l.id, box, x: box.x + box.w / 2, y: box.y + h * 0.78 });
  }
  return { placed, dropped };
}
