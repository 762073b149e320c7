/** Great-circle geometry on a sphere of the Earth's mean radius (IUGG, 6371.0088 km). Pure, no dependencies. */

export type LatLon = { lat: number; lon: number };

const R_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The great-circle distance in km (haversine: well conditioned for short distances too). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The initial bearing from a to b along the great circle, in degrees clockwise from true north, 0 ≤ θ < 360. */
export function bearing(a: LatLon, b: LatLon): number {
  const φ1 = rad(a.lat);
  const φ2 = rad(b.lat);
  const Δλ = rad(b.lon - a.lon);
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The 16 points of the compass, clockwise from north; message keys name them (Map.direction.<point>). */
export const COMPASS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'] as const;
export type CompassPoint = (typeof COMPASS)[number];

/** The nearest of the 16 compass points to a bearing (each covers 22.5°, centred on its direction). */
export function compassPoint(bearingDeg: number): CompassPoint {
  return COMPASS[Math.round((((bearingDeg % 360) + 360) % 360) / 22.5) % 16];
}

/**
 * A distance as a reader would say it: "about 190 km", not "187.3 km". Under 100 km to the nearest 5, under
 * 1,000 km to the nearest 10, beyond to the nearest 100.
 */
export function roundKm(km: number): number {
  const step = km < 100 ? 5 : km < 1000 ? 10 : 100;
  return Math.max(step, Math.round(km / step) * step);
}
