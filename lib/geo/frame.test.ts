import { describe, expect, test } from 'vitest';
import type { Place } from '@/lib/glossary/schema';
import { frameAround, inBox, mainPlace, splitPlaces, type PlaceRef } from './frame';

const city = (lat: number, lon: number): Place => ({ kind: 'city', lat, lon });
const ref = (id: string, place: Place, count = 1, first = 0): PlaceRef => ({ id, place, count, first });

const misrata = ref('misrata', city(32.375, 15.093), 6, 10);
const sirte = ref('sirte', city(31.209, 16.589), 4, 3);
const tripoli = ref('tripoli', city(32.887, 13.187), 4, 1);
const tobruk = ref('tobruk', city(32.09, 23.954), 1, 50);
const libya = ref('libya', { kind: 'country', iso: 'LY', lat: 25, lon: 17 }, 12, 0);
const us = ref('united-states', { kind: 'country', iso: 'US', lat: 38, lon: -97 }, 5, 2);
const syria = ref('syria', { kind: 'country', iso: 'SY', lat: 35, lon: 38 }, 1, 80);

describe('the main place', () => {
  test('the most named city, not a country named more often', () => {
    expect(mainPlace([libya, tripoli, misrata, sirte])?.id).toBe('misrata');
  });
  test('on a tie the earlier one', () => {
    expect(mainPlace([sirte, tripoli])?.id).toBe('tripoli');
  });
  test('a country when no smaller place is named; nothing without places', () => {
    expect(mainPlace([us, libya])?.id).toBe('libya');
    expect(mainPlace([])).toBeUndefined();
  });
});

describe('the cluster and the far places', () => {
  test('Libya and its cities frame the map; the United States and Syria go to the list', () => {
    const split = splitPlaces([us, tobruk, libya, misrata, syria, sirte, tripoli])!;
    expect(split.main.id).toBe('misrata');
    expect(split.near.map((p) => p.id)).toEqual(['misrata', 'libya', 'tripoli', 'sirte', 'tobruk']);
    expect(split.far.map((p) => p.id)).toEqual(['united-states', 'syria']);
  });
});

describe('the frame', () => {
  test('contains every point with a margin', () => {
    const points = [misrata, sirte, tripoli, tobruk, libya].map((p) => p.place);
    const box = frameAround(points);
    for (const p of points) expect(inBox(box, p)).toBe(true);
    expect(box.west).toBeLessThanOrEqual(13.187 - 1);
    expect(box.east).toBeGreaterThan(23.954 + 1);
    expect(box.south).toBeLessThanOrEqual(25 - 1);
    expect(box.north).toBeGreaterThan(32.887 + 0.9);
    // Not a world map: the span stays regional.
    expect(box.east - box.west).toBeLessThan(16);
  });

  test('one city still gets a regional frame, wider in degrees away from the equator', () => {
    const box = frameAround([misrata.place]);
    expect(box.north - box.south).toBeCloseTo(4);
    expect(box.east - box.west).toBeCloseTo(4 / Math.cos((32.375 * Math.PI) / 180), 1);
    expect(inBox(box, misrata.place)).toBe(true);
  });

  test('stays on the globe near the poles and the antimeridian', () => {
    const box = frameAround([city(84, 179.5)]);
    expect(box.north).toBeLessThanOrEqual(85);
    expect(box.east).toBeLessThanOrEqual(180);
  });
});
