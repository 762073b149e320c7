/**
 * An SVG path of absolute moves and lines (M, L, Z: what d3-geo writes) rewritten with relative steps (m, l, z),
 * which are shorter: "L143,72.3L146.6,71.5" becomes "l1.9,1.2 3.6-0.8". Steps are taken between the rounded
 * absolute points, so rounding never accumulates.
 */
export function relativePath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  const num = (v: number) => {
    const s = String(Math.round(v * scale) / scale);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  };
  const pair = (x: number, y: number) => {
    const sy = num(y);
    return `${num(x)}${sy.startsWith('-') ? '' : ','}${sy}`;
  };
  let out = '';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  let prev = '';
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const cmd = m[1].toUpperCase();
    if (cmd === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      prev = 'z';
      continue;
    }
    const [ax, ay] = m[2].split(',').map((v) => Math.round(Number(v) * scale) / scale);
    const step = pair(ax - x, ay - y);
    if (cmd === 'M') {
      out += `m${step}`;
      [startX, startY] = [ax, ay];
      prev = 'm';
    } else {
      // After a move or a line, further lines need no letter: "l1,2 3,4" (a sign also separates numbers).
      out += prev === 'l' || prev === 'm' ? (step.startsWith('-') ? step : ` ${step}`) : `l${step}`;
      prev = 'l';
    }
    [x, y] = [ax, ay];
  }
  return out;
}
