// Lighthouse 12.8.2 on Debian's Chromium over home, reader, glossary, a term page, /read and /words in both languages, mobile and
// desktop: the four category scores and LCP, CLS, TBT. Run `npm run build` first. BENCH_PATHS=/en,/ar limits the
// pages. Prints figures only.
// Beside each page: the median run's benchmarkIndex (Lighthouse's measure of this machine's CPU) and the observed first
// paint of every run (the cut-off Lantern takes, see docs/quality.md). BENCH_CONTROL=1 first runs a minimal static page
// (one heading, one paragraph, no script) the same way: what the machine alone costs. BENCH_CPU=n replaces
// the default 4 × CPU slowdown, as Lighthouse's docs/throttling.md advises for a machine whose benchmarkIndex is
// not in the 1500–2000 its default assumes (1000–1500: 2 ×); the default stays the figure the targets are checked on.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { detailLines } from './lighthouse-detail.ts';
import { startNext, stop } from './server.ts';

// BENCH_PORT moves the server off its default port (several checkouts benchmarking on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3214);
const PAGES = ['', '/articles/misrata-foreign-intervention', '/glossary', '/glossary/gna', '/read', '/words'];
const ALL = PAGES.flatMap((p) => [`/ar${p}`, `/en${p}`]);
// BENCH_PATHS=/en,/ar/glossary runs only those pages.
const PATHS = process.env.BENCH_PATHS ? process.env.BENCH_PATHS.split(',') : ALL;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const CPU = process.env.BENCH_CPU ? Number(process.env.BENCH_CPU) : undefined;
/** Lighthouse's own preset for the form factor with another CPU multiplier. */
const throttlingFor = (form: 'mobile' | 'desktop') =>
  CPU === undefined ? {} : { throttling: { ...(form === 'desktop' ? throttling.desktopDense4G : throttling.mobileSlow4G), cpuSlowdownMultiplier: CPU } };

// The control page: no framework, no font, no stylesheet, served by a bare Node server.
const CONTROL_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control</title><meta name="description" content="A control page."></head><body><main><h1>Control</h1><p>One paragraph of text and nothing else, to see what this machine and Lighthouse cost without the app.</p></main></body></html>';

const server = await startNext(PORT);
const control = process.env.BENCH_CONTROL
  ? await new Promise<ReturnType<typeof createServer>>((resolve) => {
      const c = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CONTROL_HTML));
      c.listen(0, '127.0.0.1', () => resolve(c));
    })
  : undefined;
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const misses: string[] = [];
try {
  // The machine's load beside every figure: simulated throttling multiplies whatever CPU time the page really took.
  const load = () => loadavg()[0].toFixed(1);
  console.log(`CPU slowdown: ${CPU ?? 4} × (${CPU === undefined ? "Lighthouse's default" : 'BENCH_CPU'})`);
  console.log('page                                          form     perf  a11y  b.p.  seo   LCP ms  CLS    TBT ms  load  bench.  observed paint ms');
  // BENCH_FORMS=mobile runs one form factor only.
  const forms = (process.env.BENCH_FORMS?.split(',') ?? ['mobile', 'desktop']) as ('mobile' | 'desktop')[];
  for (const form of forms) {
    for (const path of control ? ['control', ...PATHS] : PATHS) {
      const url = path === 'control' ? `http://127.0.0.1:${(control!.address() as AddressInfo).port}/` : `http://127.0.0.1:${PORT}${path}`;
      // BENCH_RUNS=n runs each page n times and reports the run with the median performance score (Lighthouse's
      // advice for variable scores): the observed paint that Lantern takes as its LCP cut-off varies from run to run.
      const results = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, ...throttlingFor(form) },
          form === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`no result for ${path}`);
        results.push(result);
      }
      const perfOf = (r: (typeof results)[number]) => r.lhr.categories.performance?.score ?? 0;
      results.sort((a, b) => perfOf(a) - perfOf(b));
      const result = results[Math.floor(results.length / 2)];
      if (RUNS > 1) console.log(`    ${RUNS} runs, performance ${results.map((r) => Math.round(perfOf(r) * 100)).join(' ')}; the median run:`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const [perf, a11y, bp, seo] = CATEGORIES.map(score);
      const lcp = audits['largest-contentful-paint'].numericValue ?? NaN;
      const cls = audits['cumulative-layout-shift'].numericValue ?? NaN;
      const tbt = audits['total-blocking-time'].numericValue ?? NaN;
      const observedPaint = (r: (typeof results)[number]) =>
        (r.lhr.audits.metrics?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items?.[0]?.observedFirstContentfulPaint ?? NaN;
      console.log(
        `${path.padEnd(45)} ${form.padEnd(8)} ${[perf, a11y, bp, seo].map((s) => String(s).padStart(4)).join('  ')}  ${lcp.toFixed(0).padStart(6)}  ${cls.toFixed(3)}  ${tbt.toFixed(0).padStart(6)}  ${load().padStart(4)}  ${Math.round(result.lhr.environment.benchmarkIndex).toString().padStart(6)}  ${results.map((r) => observedPaint(r).toFixed(0)).join(' ')}`,
      );
      // What moved, when CLS is not 0 (Lighthouse's layout-shifts audit: the element and its score).
      if (cls > 0) {
        const items = (audits['layout-shifts']?.details as { items?: { node?: { selector?: string; snippet?: string }; score?: number }[] } | undefined)?.items ?? [];
        for (const item of items.slice(0, 5)) console.log(`    shift ${(item.score ?? 0).toFixed(3)}: ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`.slice(0, 240));
      }
      // What the largest contentful paint was, to know what to make arrive sooner.
      const lcpItem = (audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0];
      if (lcp > 2000 && lcpItem?.node?.selector) console.log(`    LCP element: ${lcpItem.node.selector}`.slice(0, 200));
      // BENCH_DETAIL=1: what the score is made of (LCP phases, render-blocking CSS, requests before LCP, main thread).
      if (process.env.BENCH_DETAIL) for (const line of detailLines(audits as never)) console.log(line);
      // BENCH_JSON=dir keeps each full report (dir/<form><path>.json) for Lighthouse's own breakdown.
      if (process.env.BENCH_JSON) {
        mkdirSync(process.env.BENCH_JSON, { recursive: true });
        writeFileSync(`${process.env.BENCH_JSON}/${form}${path.replaceAll('/', '_')}.json`, JSON.stringify(result.lhr));
      }
      if (path !== 'control' && ((form === 'mobile' && perf < 98) || a11y < 100 || bp < 100 || seo < 100 || cls > 0)) misses.push(`${path} ${form}`);
      // Name what cost points outside performance, so a miss can be acted on.
      for (const id of CATEGORIES.slice(1)) {
        for (const ref of result.lhr.categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            console.log(`    ${id}: ${ref.id} (${audit.title})`);
            const items = (audit.details as { items?: { description?: string; source?: string }[] } | undefined)?.items ?? [];
            for (const item of items.slice(0, 3)) console.log(`      ${item.source ?? ''} ${item.description ?? ''}`.slice(0, 200));
          }
        }
      }
    }
  }
  console.log(`\nTargets (performance ≥ 98 mobile; accessibility, best practices, SEO 100; CLS 0): ${misses.length ? `NOT met on ${misses.join(', ')}` : 'met'}`);
} finally {
  chrome.kill();
  control?.close();
  await stop(server);
}
