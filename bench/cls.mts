// Layout shifts on the main pages, measured in Chromium with a PerformanceObserver (the `layout-shift` entries
// CLS is made of, without recent input), at Lighthouse's mobile screen (412×823, touch) and on a desktop screen, from
// navigation until the page has been idle for 3 s after load (the card data, fonts and the map's boot script have
// all had their turn). Prints each page's sum and, for each shift, the elements that moved and by how much. Run
// `npm run build` first; BENCH_PATHS=/en,/ar limits the pages, BENCH_PORT moves the server. A path ending in
// `+saved` is loaded with words in browser storage (the saved-words list renders from it after hydration), one ending
// in `+pasted` with a pasted pair (/read shows it again, aligned, once its pairing code has loaded).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import YAML from 'yaml';
import { WORDS_KEY } from '../lib/learn/savedWords.ts';
import { PASTED_KEY } from '../lib/read/pasted.ts';
import { startNext, stop } from './server.ts';

const PORT = Number(process.env.BENCH_PORT ?? 3215);
const PAGES = ['', '/articles/misrata-foreign-intervention', '/articles/macedonia-name-referendum', '/glossary', '/glossary/gna', '/words', '/words+saved', '/read', '/read+pasted'];
const SAVED = '+saved';
const PASTED = '+pasted';
const PASTED_PAIR = {
  ar: 'وتعمل قوات مصراته الداعمة للمجلس الرئاسي في طرابلس. ودعت لحكومة الوفاق الوطني وللمجلس الرئاسي بالنجاح.',
  en: 'Misrata forces back the Presidential Council in Tripoli. They wished the Government of National Accord well.',
};
// Fifteen words of the glossary, saved from the Arabic text: a list taller than either screen.
const glossary = YAML.parse(readFileSync('content/glossary.yaml', 'utf8')) as { terms: { id: string }[] };
const SAVED_WORDS = { v: 2, words: glossary.terms.slice(0, 15).map((t) => ({ termId: t.id, lang: 'ar', savedAt: '2026-11-30T00:00:00.000Z' })) };
const PATHS = process.env.BENCH_PATHS ? process.env.BENCH_PATHS.split(',') : PAGES.flatMap((p) => [`/ar${p}`, `/en${p}`]);
const FORMS = {
  mobile: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 },
};

// BENCH_LATE_JS=ms: every script arrives that much later, so the server's HTML is painted before hydration, as on
// a slow phone (what hydration changes then shows as a shift; on the loopback it often lands before the first paint).
const LATE_JS = Number(process.env.BENCH_LATE_JS ?? 0);

// BENCH_THROTTLE=1: slow 4G (150 ms, 1.6 Mbit/s) and a 4× slower CPU, as Lighthouse's mobile run simulates.
const THROTTLE = process.env.BENCH_THROTTLE === '1';

type Shift = { value: number; at: number; sources: { node: string; from: string; to: string }[] };

// The observer, as the page runs it. A string, not a function: tsx compiles a function's inner named functions with
// calls to its `__name` helper, which the page does not have (the script then threw and every page read CLS 0).
const OBSERVER = `
  window.__shifts = [];
  const describe = (n) => {
    if (!(n instanceof Element)) return n ? n.nodeName : '?';
    const cls = typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).join('.') : '';
    const id = n.id ? '#' + n.id : '';
    const testid = n.getAttribute('data-testid') ? '[' + n.getAttribute('data-testid') + ']' : '';
    return n.tagName.toLowerCase() + id + cls + testid;
  };
  const rect = (r) => Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({ value: e.value, at: Math.round(e.startTime), sources: e.sources.map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

const server = await startNext(PORT);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}${THROTTLE ? ', throttled (slow 4G, CPU ×4)' : ''}${LATE_JS ? `, scripts ${LATE_JS} ms late` : ''}\n`);
  for (const [form, options] of Object.entries(FORMS)) {
    for (const path of PATHS) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      if (LATE_JS) {
        await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
          await new Promise((r) => setTimeout(r, LATE_JS));
          await route.continue();
        });
      }
      page.on('pageerror', (e) => console.log(`    page error: ${e.message}`));
      const saved = path.endsWith(SAVED);
      if (saved) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [WORDS_KEY, JSON.stringify(SAVED_WORDS)]);
      const pasted = path.endsWith(PASTED);
      if (pasted) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PASTED_KEY, JSON.stringify(PASTED_PAIR)]);
      await page.addInitScript({ content: OBSERVER });
      if (THROTTLE) {
        // Lighthouse's mobile conditions, applied for real: what arrives late (the Arabic font, the card data) arrives
        // after the first paint, as on a phone, instead of within a few milliseconds on the loopback.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      await page.goto(`http://127.0.0.1:${PORT}${saved ? path.slice(0, -SAVED.length) : pasted ? path.slice(0, -PASTED.length) : path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      const sum = shifts.reduce((s, x) => s + x.value, 0);
      console.log(`${path.padEnd(45)} ${form.padEnd(8)} CLS ${sum.toFixed(4)}  (${shifts.length} shifts)`);
      for (const s of shifts) {
        console.log(`    ${s.value.toFixed(4)} at ${s.at} ms`);
        for (const src of s.sources) console.log(`      ${src.node}: ${src.from} → ${src.to}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stop(server);
}
