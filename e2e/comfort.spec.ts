import { devices, expect, test, type Page } from '@playwright/test';
import { ARTICLE, LOCALES, card, column, hydrated, listenButton, pasteField, readerControls } from './selectors';
import { strayPunctuation } from './lines';

// Reading comfort at a phone's size (touch) and a laptop's: text first, punctuation with its word, cards on screen.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { defaultBrowserType, ...pixel } = devices['Pixel 7'];
const SIZES = [
  { name: 'phone', use: { ...pixel, viewport: { width: 390, height: 844 } } },
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false } },
] as const;
const NO_VOICE = { ar: 'لا صوت عربي على هذا الجهاز', en: 'No Arabic voice on this device' };

const headlineTop = async (page: Page) => (await column(page, page.url().includes('/ar/') ? 'ar' : 'en').locator('.column-title').boundingBox())!.y;

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(size.use);

    for (const locale of LOCALES) {
      test(`/${locale}: no punctuation mark on another line than its word; terms wrap like words`, async ({ page }) => {
        await page.goto(`/${locale}/articles/${ARTICLE}`);
        const terms = page.locator('main [data-column] [data-term]');
        // A term is one inline link before and after hydration (an inline-block or a button could not wrap).
        await expect(terms.first()).toHaveCSS('display', 'inline');
        const split = () => terms.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 1).length);
        await page.evaluate(() => document.fonts.ready);
        expect(await strayPunctuation(page)).toEqual([]);
        await hydrated(page);
        expect(await strayPunctuation(page)).toEqual([]);
        // Some multi-word term runs across a line end, its highlight on both parts.
        expect(await split()).toBeGreaterThan(0);
      });

      test(`/${locale}: a card opened on the last term of the page lies inside the viewport`, async ({ page }) => {
        await page.goto(`/${locale}/articles/${ARTICLE}`);
        await hydrated(page);
        const last = page.locator('main [data-column] [data-term]').last();
        await last.scrollIntoViewIfNeeded();
        await last.click();
        await expect(card(page)).toBeVisible();
        const viewport = page.viewportSize()!;
        const box = (await page.locator('[role="dialog"]').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      });

      test(`/${locale}/read: the two boxes start level, each with its own lang and dir`, async ({ page }) => {
        await page.goto(`/${locale}/read`);
        const ar = pasteField(page, 'ar');
        const en = pasteField(page, 'en');
        await expect(ar).toHaveAttribute('lang', 'ar');
        await expect(ar).toHaveAttribute('dir', 'rtl');
        await expect(en).toHaveAttribute('lang', 'en');
        await expect(en).toHaveAttribute('dir', 'ltr');
        const [a, e] = [(await ar.boundingBox())!, (await en.boundingBox())!];
        if (size.name === 'desktop') expect(a.y).toBe(e.y);
        else expect(e.y).toBeGreaterThan(a.y + a.height - 1); // stacked on a phone
      });
    }
  });
}

test.describe('phone: text first', () => {
  test.use(SIZES[0].use);
  for (const locale of LOCALES) {
    test(`/${locale}: the headline starts within 250 px; no voice shows on the listen controls themselves`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${ARTICLE}`);
      await hydrated(page);
      expect(await headlineTop(page)).toBeLessThanOrEqual(250);
      // Everything secondary sits in one compact toolbar: at most two rows of small controls.
      const toolbar = (await readerControls(page).boundingBox())!;
      expect(toolbar.height).toBeLessThanOrEqual(90);
      const listen = listenButton(readerControls(page), 'ar');
      await expect(listen).toHaveAttribute('aria-disabled', 'true');
      await expect(listen).toHaveAccessibleDescription(NO_VOICE[locale]);
      await expect(listen).toHaveAccessibleName(locale === 'ar' ? 'استمع: الجملة العربية' : 'Listen: Arabic sentence');
    });
  }
});

test.describe('a long card on a short screen', () => {
  test.use({ ...pixel, viewport: { width: 844, height: 390 } });
  for (const locale of LOCALES) {
    test(`/${locale}: it scrolls inside, keeps its heading in view and shows a cue at the cut edge`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${ARTICLE}`);
      await hydrated(page);
      const target = column(page, 'en').locator('[data-term="gna"]').first();
      await target.click();
      await expect(card(page)).toBeVisible();
      const dialog = page.locator('[role="dialog"]');
      const cue = () => dialog.evaluate((el) => Number(getComputedStyle(el, '::after').opacity));
      expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight + 10)).toBe(true);
      await expect.poll(cue).toBeGreaterThan(0.9);
      await dialog.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(cue).toBeLessThan(0.1);
      const heading = (await dialog.locator('.term-card-title').boundingBox())!;
      const box = (await dialog.boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(box.y - 1);
      expect(heading.y + heading.height).toBeLessThanOrEqual(box.y + box.height);
      // Escape still closes it and gives focus back to the term.
      await page.keyboard.press('Escape');
      await expect(card(page)).toBeHidden();
      await expect(target).toBeFocused();
    });
  }
});
