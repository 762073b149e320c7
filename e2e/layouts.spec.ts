import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, LAYOUTS, LOCALES, SETTINGS_KEY, clickSentence, column, layoutRadio, openSettings, readerView, setting, term, hydrated } from './selectors';
import type { Lang } from '../lib/i18n/locales';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const top = async (page: import('@playwright/test').Page, lang: Lang, para: string) =>
  (await column(page, lang).locator(`p[data-para="${para}"]`).boundingBox())!;

/** What each layout shows: which columns, and where paired paragraphs stand. */
async function expectLayout(page: import('@playwright/test').Page, layout: (typeof LAYOUTS)[number]) {
  await expect(readerView(page)).toHaveAttribute('data-layout', layout);
  await expect(column(page, 'ar')).toBeVisible({ visible: layout !== 'en-only' });
  await expect(column(page, 'en')).toBeVisible({ visible: layout !== 'ar-only' });
  if (layout === 'side-by-side') {
    for (const para of ['2', '9']) expect(Math.abs((await top(page, 'ar', para)).y - (await top(page, 'en', para)).y)).toBeLessThan(2);
  }
  if (layout === 'interleaved') {
    // Arabic paragraph n, then its English paragraph, then Arabic paragraph n+1, in one column.
    const [ar2, en2, ar3] = [await top(page, 'ar', '2'), await top(page, 'en', '2'), await top(page, 'ar', '3')];
    expect(en2.y).toBeGreaterThanOrEqual(ar2.y + ar2.height - 1);
    expect(ar3.y).toBeGreaterThanOrEqual(en2.y + en2.height - 1);
    expect(Math.abs(ar2.width - en2.width)).toBeLessThan(2);
  }
}

for (const locale of LOCALES) {
  test.describe(`layouts, ${locale} interface`, () => {
    // axe over a whole article, twice a browser context: slow on a shared two-core machine.
    test.describe.configure({ timeout: 90_000 });
    for (const layout of LAYOUTS) {
      test(`${layout}: renders, survives a reload and a shared URL, axe finds nothing`, async ({ page, browser }) => {
        await page.goto(`/${locale}/articles/${ARTICLE}`);
        await hydrated(page);
        await openSettings(page);
        await layoutRadio(page, layout).check();
        await expectLayout(page, layout);
        if (layout === 'side-by-side') await expect(page).not.toHaveURL(/layout=/);
        else await expect(page).toHaveURL(new RegExp(`[?&]layout=${layout}(&|$)`));
        const shared = page.url();

        await page.reload();
        await hydrated(page);
        await expectLayout(page, layout);
        await expect(layoutRadio(page, layout)).toBeChecked();

        // A pair pinned and a card open, in the theme of this layout's turn (dark for every other one).
        const shown = layout === 'ar-only' ? 'ar' : 'en';
        await clickSentence(page, shown, '2.1');
        await term(page, shown, 'misrata').first().click();
        await page.emulateMedia({ colorScheme: LAYOUTS.indexOf(layout) % 2 ? 'dark' : 'light' });
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations).toEqual([]);

        // Someone else opens the shared URL: nothing in their storage, the URL alone reproduces the view.
        const other = await browser.newContext();
        const theirs = await other.newPage();
        await theirs.goto(shared);
        await hydrated(theirs);
        await expectLayout(theirs, layout);
        await other.close();
      });
    }
  });
}

test('the URL wins over storage; sizes and line spacing are separate, remembered and shared', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await expect(term(page, 'ar', 'gna').first()).toHaveAttribute('aria-haspopup', 'dialog');
  const size = (lang: Lang) => column(page, lang).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const lineHeight = (lang: Lang) => column(page, lang).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  const [ar0, en0, lh0] = [await size('ar'), await size('en'), await lineHeight('en')];
  await openSettings(page);
  await setting(page, 'ar').selectOption('130');
  await setting(page, 'spacing').selectOption('wide');
  await layoutRadio(page, 'interleaved').check();
  await expect.poll(() => size('ar')).toBeCloseTo(ar0 * 1.3, 0);
  expect(await size('en')).toBeCloseTo(en0, 1);
  await expect.poll(() => lineHeight('en')).toBeCloseTo(lh0 * 1.25, 0);
  await expect(page).toHaveURL(/ar=130/);
  await expect(page).toHaveURL(/spacing=wide/);

  // Stored: a visit without parameters gets the same view; the address bar says so.
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await expect(readerView(page)).toHaveAttribute('data-layout', 'interleaved');
  await expect.poll(() => size('ar')).toBeCloseTo(ar0 * 1.3, 0);
  await expect(page).toHaveURL(/layout=interleaved/);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SETTINGS_KEY))!)).toMatchObject({ layout: 'interleaved', ar: '130' });

  // A shared URL overrides what is stored, key by key.
  await page.goto(`/en/articles/${ARTICLE}?layout=en-only&en=115`);
  await hydrated(page);
  await expect(readerView(page)).toHaveAttribute('data-layout', 'en-only');
  await expect.poll(() => size('en')).toBeCloseTo(en0 * 1.15, 0);
  await expect(column(page, 'ar')).toBeHidden();
});

test('the layout and sizes apply before any bundle runs (no flash of the default layout)', async ({ page }) => {
  // Block every script bundle: only the inline settings script can act, as in the moment before hydration.
  await page.route('**/_next/static/chunks/**', (route) => route.abort());
  await page.goto(`/en/articles/${ARTICLE}`);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ layout: 'ar-only', spacing: 'wide' })), SETTINGS_KEY);
  await page.goto(`/en/articles/${ARTICLE}?layout=interleaved&ar=150`);
  await expect(readerView(page)).toHaveAttribute('data-layout', 'interleaved');
  await expect(readerView(page)).toHaveAttribute('style', /--ar-scale: ?1\.5/);
  await expect(readerView(page)).toHaveAttribute('style', /--lh-scale: ?1\.25/);
  await expect(term(page, 'ar', 'gna').first()).toHaveRole('link');
});
