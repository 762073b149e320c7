// The place map's share of a prerendered page, for bench/page-weight.ts. A map is sent twice: as HTML, and inside
// the React Server Components payload the page carries for hydration (it sits inside the reader's client wrapper).
import { gzipSync } from 'node:zlib';

/** The map's HTML: the element with this class, up to its closing tag (no element of the same tag inside it). */
export function mapHtml(html: string, tag: 'section' | 'figure', className: string): string | undefined {
  const open = html.indexOf(`<${tag} class="${className}"`);
  return open < 0 ? undefined : html.slice(open, html.indexOf(`</${tag}>`, open) + tag.length + 3);
}

/**
 * What the map adds to the page, gzipped: the page, less the page without the map's HTML and without the map's
 * strings (path data, names and sentences, 16 characters or more) wherever the payload repeats them. The
 * payload's own structure around them (element names, keys) stays counted on neither side: a few hundred bytes.
 */
export function mapCost(html: string, part: string): number {
  const strings = new Set<string>();
  for (const m of part.matchAll(/="([^"]{16,})"|>([^<]{16,})</g)) strings.add(m[1] ?? m[2]);
  let rest = html.replace(part, '');
  for (const s of [...strings].sort((a, b) => b.length - a.length)) rest = rest.split(s).join('');
  return gzipBytes(html) - gzipBytes(rest);
}

/** The gzip size of one module of a Turbopack chunk, found by a string only it contains. */
export function moduleBytes(chunk: string, marker: string): number | undefined {
  const at = chunk.indexOf(marker);
  if (at < 0) return undefined;
  const starts = [...chunk.matchAll(/,\d+,e=>\{/g)].map((m) => m.index!);
  const from = starts.filter((i) => i < at).pop() ?? 0;
  const to = starts.find((i) => i > at) ?? chunk.length;
  return gzipBytes(chunk.slice(from, to));
}

export const gzipBytes = (text: string) => gzipSync(Buffer.from(text)).length;
