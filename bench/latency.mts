// Card latency on the reader page, over every highlighted term: from the hover (after the configured hover delay)
// and from a tap to the card on screen, measured in the page (event timestamp to the first frame after the card
// is in the DOM), with the network requests made while a card opens. Run `npm run build` first. Prints figures.
import { readFileSync } from 'node:fs';
import { chromium, devices, type Page } from '@playwright/test';
import { startNext, stop } from './server.ts';

const PORT = 3216;
const PAGE = '/en/articles/misrata-foreign-intervention';
const HOVER_OPEN_MS = Number(/HOVER_OPEN_MS = (\d+)/.exec(readFileSync('components/ui/hoverIntent.ts', 'utf8'))?.[1]);
const launchOptions = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] };

type Mark = { start?: number; frame?: number };

/** Arm the i-th term: note the start event's time and the first frame after its card is open. */
async function arm(page: Page, index: number, startEvent: 'pointerenter' | 'pointerdown') {
  await page.evaluate(
    ([i, event]) => {
      const el = document.querySelectorAll<HTMLElement>('main [data-term]')[i as number];
      const mark: Mark = {};
      (window as unknown as { __mark: Mark }).__mark = mark;
      el.addEventListener(event as string, (e) => (mark.start ??= e.timeStamp), { once: true });
      // On screen: the card is in the DOM and Radix has placed it (until then its wrapper sits at translate(0, -200%)).
      const placed = () => {
        const wrapper = document.querySelector<HTMLElement>('[data-radix-popper-content-wrapper]');
        return !!wrapper?.querySelector('.term-card') && !wrapper.style.transform.includes('-200%');
      };
      const untilPlaced = () => (placed() ? (mark.frame = performance.now()) : requestAnimationFrame(untilPlaced));
      const observer = new MutationObserver(() => {
        if (el.getAttribute('aria-expanded') !== 'true') return;
        observer.disconnect();
        requestAnimationFrame(untilPlaced);
      });
      observer.observe(el, { attributes: true, attributeFilter: ['aria-expanded'] });
    },
    [index, startEvent] as const,
  );
}

async function measure(page: Page, mode: 'hover' | 'tap') {
  const terms = page.locator('main [data-term]');
  const count = Math.min(await terms.count(), Number(process.env.BENCH_TERMS ?? Infinity));
  const latencies: number[] = [];
  let requests = 0;
  let opening = 0;
  const urls: string[] = [];
  page.on('request', (request) => {
    requests++;
    urls.push(request.url());
  });
  for (let i = 0; i < count; i++) {
    const term = terms.nth(i);
    await term.scrollIntoViewIfNeeded();
    await arm(page, i, mode === 'hover' ? 'pointerenter' : 'pointerdown');
    const before = requests;
    if (mode === 'hover') await term.hover();
    else await term.tap();
    await page.waitForFunction(() => (window as unknown as { __mark: Mark }).__mark.frame !== undefined);
    const mark = await page.evaluate(() => (window as unknown as { __mark: Mark }).__mark);
    latencies.push(mark.frame! - mark.start! - (mode === 'hover' ? HOVER_OPEN_MS : 0));
    if (requests > before) {
      opening += requests - before;
      console.log(`  term ${i}: ${urls.slice(before).join(', ')}`);
    }
    await page.keyboard.press('Escape');
    if (mode === 'hover') await page.mouse.move(1, 1);
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
  }
  return { latencies, requests: opening, count };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const server = await startNext(PORT);
  const browser = await chromium.launch(launchOptions);
  try {
    for (const mode of ['hover', 'tap'] as const) {
      const context = await browser.newContext(mode === 'tap' ? { ...devices['Pixel 7'] } : { viewport: { width: 1280, height: 800 } });
      // tsx (esbuild) names functions with a __name helper that the page does not have.
      await context.addInitScript('window.__name = (f) => f');
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}${PAGE}`);
      // Hydrated: the terms are buttons.
      await page.waitForFunction(() => document.querySelector('main [data-term]')?.tagName === 'BUTTON');
      // Let the page's own after-load requests (link prefetches) finish: they are not the card's.
      await page.waitForLoadState('networkidle');
      const { latencies, requests, count } = await measure(page, mode);
      const sorted = [...latencies].sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      console.log(
        `${mode.padEnd(5)} ${count} terms: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms` +
          `${mode === 'hover' ? ` (after the ${HOVER_OPEN_MS} ms hover delay)` : ''}; network requests while opening: ${requests}` +
          ` → p95 ≤ 50 ms ${p95 <= 50 ? 'met' : 'NOT met'}, no request ${requests === 0 ? 'met' : 'NOT met'}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await stop(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
