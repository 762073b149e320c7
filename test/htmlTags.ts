// Reading HTML for comparison in tests: markup written by hand (lib/reader/html.ts, lib/glossary/entryHtml.ts) against
// what React renders for the same content.

/** Tags (name and attributes, values unquoted and decoded) and text, in order; React's text separators dropped. */
export function readTags(html: string): (string | Record<string, string>)[] {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" })[e]!);
  const out: (string | Record<string, string>)[] = [];
  for (const m of html.replace(/<!-- -->/g, '').matchAll(/<(\/?[a-z][a-z0-9]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|[^\s>]*))?)*)\s*>|[^<]+/g)) {
    if (!m[1]) {
      out.push(decode(m[0]));
      continue;
    }
    const tag: Record<string, string> = { '': m[1] };
    for (const a of m[2].matchAll(/([\w-]+)(?:=(?:"([^"]*)"|([^\s>]*)))?/g)) tag[a[1]] = decode(a[2] ?? a[3] ?? '');
    out.push(tag);
  }
  return out;
}
