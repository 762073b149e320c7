import { expect, test, type Browser } from '@playwright/test';
import { ARTICLE, LOCALES, WORDS_KEY, savedWord, wordsCount } from './selectors';
import { holdScripts } from './holdScripts';

/** Where every term and paragraph of the reader sits, with or without JavaScript, once the fonts are in. */
async function layout(browser: Browser, path: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  if (javaScriptEnabled) await expect(page.locator('main [data-column] [data-term]').first()).toHaveAttribute('aria-haspopup', 'dialog');
  else await expect(page.locator('main [data-column] [data-term]').first()).toHaveRole('link');
  const boxes = await page.locator('main [data-term], main p').evaluateAll(async (els) => {
    await document.fonts.ready;
    return els.map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return [x, y, width, height].map(Math.round).join(',');
    });
  });
  await context.close();
  return boxes;
}

// Terms stay the same links when the page hydrates and the card code loads: nothing may move (layout shift).
for (const locale of LOCALES) {
  test(`hydrating the /${locale} reader moves no term and no paragraph`, async ({ browser }) => {
    const path = `/${locale}/articles/${ARTICLE}`;
    const before = await layout(browser, path, false);
    const after = await layout(browser, path, true);
    expect(after.length).toBeGreaterThan(200);
    expect(after).toEqual(before);
  });
}

// The saved words live in browser storage, so the list renders after hydration: nothing on the screen may move
// when it does (layout shift), whether words are saved or not. The page's scripts are held until the server's
// HTML has been laid out and measured, as on a slow phone.
for (const locale of LOCALES) {
  for (const saved of [false, true]) {
    test(`hydrating /${locale}/words ${saved ? 'with words saved' : 'with none'} moves nothing on the screen`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      if (saved) {
        const words = ['gna', 'nafir', 'misrata', 'tripoli', 'sirte', 'libya'].map((termId) => ({ termId, lang: 'ar', savedAt: '' }));
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [WORDS_KEY, JSON.stringify({ v: 2, words })]);
      }
      const release = await holdScripts(page);
      const where = () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const top = (el: Element | null) => Math.round(el!.getBoundingClientRect().top);
          const lines = [...document.querySelectorAll('.words-region > p:not(.visually-hidden)')].slice(0, 2);
          return { footer: top(document.querySelector('footer')), count: top(lines[0]), second: lines[1] ? top(lines[1]) : null };
        });
      await page.goto(`/${locale}/words`, { waitUntil: 'commit' });
      await expect(page.locator('footer')).toBeAttached();
      await expect(page.locator('.words-region')).toHaveAttribute('data-words', saved ? 'some' : 'none');
      const before = await where();
      release();
      await expect(wordsCount(page)).toBeVisible();
      if (saved) await expect(savedWord(page, 'libya')).toBeVisible();
      const after = await where();
      expect(after.count).toBe(before.count);
      if (saved) {
        // Room was kept for the list: the footer starts below the screen before and after.
        expect(before.footer).toBeGreaterThanOrEqual(823);
        expect(after.footer).toBeGreaterThanOrEqual(823);
      } else {
        expect(after.second).toBe(before.second);
        expect(after.footer).toBe(before.footer);
      }
    });
  }
}
