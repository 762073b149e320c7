import { describe, expect, test } from 'vitest';
import { relativePath } from './svgPath';

/** The absolute points a path of m/l/z steps visits (to check that nothing drifts). */
function absolute(d: string): string {
  let [x, y, sx, sy] = [0, 0, 0, 0];
  const points: string[] = [];
  for (const m of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (m[1] === 'z') {
      [x, y] = [sx, sy];
      points.push('Z');
      continue;
    }
    const nums = m[2].match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      [x, y] = [Math.round((x + nums[i]) * 10) / 10, Math.round((y + nums[i + 1]) * 10) / 10];
      if (m[1] === 'm' && i === 0) [sx, sy] = [x, y];
      points.push(`${x},${y}`);
    }
  }
  return points.join(' ');
}

describe('relative SVG paths', () => {
  test.each([
    ['M10,10L12,13L9.5,13Z', 'm10,10 2,3-2.5,0z'],
    ['M141.1,71.1L143,72.3L146.6,71.5Z', 'm141.1,71.1 1.9,1.2 3.6-.8z'],
    ['M1,1L1.5,1.5ZM5,5L6,6Z', 'm1,1 .5,.5zm4,4 1,1z'],
    ['M0,0L-0.3,-0.7', 'm0,0-.3-.7'],
  ])('%s → %s', (d, expected) => expect(relativePath(d)).toBe(expected));

  test('the points it visits are the rounded points of the original, however long the path', () => {
    const points = Array.from({ length: 500 }, (_, i) => [Math.sin(i) * 300 + 320, Math.cos(i * 1.3) * 190 + 200]);
    const d = `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
    const expected = [...points.map(([x, y]) => `${Number(x.toFixed(1))},${Number(y.toFixed(1))}`), 'Z'].join(' ');
    expect(absolute(relativePath(d))).toBe(expected);
    expect(relativePath(d).length).toBeLessThan(d.length);
  });
});
