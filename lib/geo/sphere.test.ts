import { describe, expect, test } from 'vitest';
import { bearing, compassPoint, distanceKm, roundKm } from './sphere';

// GeoNames points (the glossary rounds them to 0.001°).
const misrata = { lat: 32.375, lon: 15.093 };
const tripoli = { lat: 32.887, lon: 13.187 };
const sirte = { lat: 31.209, lon: 16.589 };

describe('great-circle distance and bearing', () => {
  test.each([
    // from, to, km (± 3), compass point
    ['Misrata → Tripoli', misrata, tripoli, 187, 'WNW'],
    ['Misrata → Sirte', misrata, sirte, 190, 'SE'],
    ['Tripoli → Misrata', tripoli, misrata, 187, 'ESE'],
    // Reference values on the ellipsoid: London–Paris 344 km, Sydney–Los Angeles 12,051 km; a sphere is within 0.5 %.
    ['London → Paris', { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 344, 'SSE'],
    ['Sydney → Los Angeles', { lat: -33.8688, lon: 151.2093 }, { lat: 34.0522, lon: -118.2437 }, 12051, 'ENE'],
  ])('%s', (_, a, b, km, point) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThan(km > 1000 ? km * 0.005 : 3);
    expect(compassPoint(bearing(a, b))).toBe(point);
  });

  test('a point is 0 km from itself; due north, east, south and west', () => {
    expect(distanceKm(misrata, misrata)).toBe(0);
    expect(bearing({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(0);
    expect(bearing({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(90);
    expect(bearing({ lat: 0, lon: 0 }, { lat: -1, lon: 0 })).toBeCloseTo(180);
    expect(bearing({ lat: 0, lon: 0 }, { lat: 0, lon: -1 })).toBeCloseTo(270);
  });

  test('across the antimeridian the short way round', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.2, 0);
    expect(compassPoint(bearing({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }))).toBe('E');
  });
});

describe('compass points and rounding', () => {
  test.each([
    [0, 'N'], [11.2, 'N'], [11.3, 'NNE'], [45, 'NE'], [292.5, 'WNW'], [348.7, 'NNW'], [348.8, 'N'], [359.9, 'N'], [-90, 'W'], [720 + 180, 'S'],
  ])('%s° is %s', (d, p) => expect(compassPoint(d)).toBe(p));

  test.each([
    [3, 5], [187.3, 190], [104.6, 100], [96, 95], [1234, 1200], [8949, 8900],
  ])('%s km is said "about %s km"', (km, said) => expect(roundKm(km)).toBe(said));
});
