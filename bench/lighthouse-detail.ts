// What a Lighthouse performance score is made of, printed under a page's line when BENCH_DETAIL=1: the metrics and
// their scores, the LCP element and its phases, render-blocking resources, the requests that started before LCP
// (the ones Lantern may put in the LCP graph) and the main-thread work by category.

type Item = Record<string, unknown>;
type Details = { items?: Item[] } | undefined;
type Audit = { numericValue?: number; score?: number | null; details?: unknown; displayValue?: string };

const ms = (n: unknown) => (typeof n === 'number' ? `${n.toFixed(0)} ms` : '?');
const kb = (n: unknown) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : '?');
const items = (audit: Audit | undefined): Item[] => ((audit?.details as Details)?.items ?? []) as Item[];

/** The lines to print for one Lighthouse result (`lhr.audits`). */
export function detailLines(audits: Record<string, Audit>): string[] {
  const out: string[] = [];
  const metric = (id: string, name: string) => {
    const a = audits[id];
    return `${name} ${ms(a?.numericValue)} (${Math.round((a?.score ?? 0) * 100)})`;
  };
  out.push(
    `    metrics: ${[
      metric('first-contentful-paint', 'FCP'),
      metric('largest-contentful-paint', 'LCP'),
      metric('speed-index', 'SI'),
      metric('total-blocking-time', 'TBT'),
      metric('interactive', 'TTI'),
    ].join(', ')}`,
  );
  // The LCP element audit holds two tables: the element, then its phases.
  const lcpTables = (audits['largest-contentful-paint-element']?.details as { items?: { items?: Item[] }[] } | undefined)?.items ?? [];
  const node = lcpTables[0]?.items?.[0]?.node as { selector?: string } | undefined;
  const phases = (lcpTables[1]?.items ?? []).map((p) => `${String(p.phase)} ${ms(p.timing)}`).join(', ');
  out.push(`    LCP element ${node?.selector ?? '?'}: ${phases}`);
  const blocking = items(audits['render-blocking-resources']);
  out.push(`    render-blocking (${ms(audits['render-blocking-resources']?.numericValue)} saved): ${blocking.map((b) => `${String(b.url).replace(/^https?:\/\/[^/]+/, '')} ${kb(b.totalBytes)} ${ms(b.wastedMs)}`).join('; ') || 'none'}`);
  // Observed timings (unthrottled trace): which requests started before the observed LCP.
  const observed = items(audits['metrics'])[0] ?? {};
  const lcpTs = Number(observed.observedLargestContentfulPaintTs ?? NaN);
  const navStart = Number(observed.observedNavigationStartTs ?? NaN);
  const lcpAt = (lcpTs - navStart) / 1000;
  const requests = items(audits['network-requests']);
  const before = requests.filter((r) => typeof r.networkRequestTime === 'number' && (r.networkRequestTime as number) < lcpAt);
  out.push(`    observed FCP ${ms(observed.observedFirstContentfulPaint)}, LCP ${ms(observed.observedLargestContentfulPaint)}; requests started before it (${before.length} of ${requests.length}):`);
  for (const r of before) {
    out.push(`      ${String(r.resourceType ?? '').padEnd(10)} ${kb(r.transferSize).padStart(9)} ${String(r.priority ?? '').padEnd(8)} ${String(r.url).replace(/^https?:\/\/[^/]+/, '').slice(0, 90)}`);
  }
  const work = items(audits['mainthread-work-breakdown']).map((w) => `${String(w.groupLabel)} ${ms(w.duration)}`);
  out.push(`    main thread: ${work.join(', ')}`);
  return out;
}
