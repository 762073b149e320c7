import { describe, expect, test } from 'vitest';
import { overlaps, placeLabels, textWidth, type LabelInput } from './labels';

const bounds = { x: 0, y: 0, w: 400, h: 300 };
const marker = (id: string, x: number, y: number, text = id): LabelInput => ({ id, x, y, r: 5, text, size: 12, lang: 'en' });

describe('label placement', () => {
  test('a lone label goes to the right of its marker, clear of it', () => {
    const { placed } = placeLabels([marker('a', 100, 100, 'Tripoli')], bounds);
    expect(placed[0].box.x).toBeGreaterThan(105);
    expect(placed[0].box.y).toBeLessThan(100);
    expect(placed[0].box.y + placed[0].box.h).toBeGreaterThan(100);
  });

  test('near the right edge it goes to the left', () => {
    const { placed } = placeLabels([marker('a', 390, 100, 'Tobruk')], bounds);
    expect(placed[0].box.x + placed[0].box.w).toBeLessThan(385);
  });

  test('crowded markers: no two labels overlap, none covers a marker, all stay inside', () => {
    const labels = [marker('sirte', 200, 150, 'Sirte'), marker('bin-jawad', 215, 158, 'Bin Jawad'), marker('oil', 235, 160, 'Oil ports'), marker('abu', 190, 120, 'Abu Qurayn')];
    const { placed, dropped } = placeLabels(labels, bounds);
    expect(dropped).toEqual([]);
    const markers = labels.map((l) => ({ x: l.x - l.r, y: l.y - l.r, w: 2 * l.r, h: 2 * l.r }));
    placed.forEach((p, i) => {
      placed.slice(i + 1).forEach((q) => expect(overlaps(p.box, q.box)).toBe(false));
      markers.forEach((m) => expect(overlaps(p.box, m)).toBe(false));
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.w).toBeLessThanOrEqual(400);
    });
  });

  test('a label with no room left is dropped, not drawn over another', () => {
    const wall = [{ x: 0, y: 0, w: 400, h: 300 }];
    expect(placeLabels([marker('a', 100, 100)], bounds, wall)).toEqual({ placed: [], dropped: ['a'] });
  });

  test('Arabic is estimated a little narrower per letter than Latin', () => {
    expect(textWidth('مصراتة', 12, 'ar')).toBeLessThan(textWidth('Misrat', 12, 'en'));
  });
});
