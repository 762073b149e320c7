import { expect, test, type Browser } from '@playwright/test';
import { ARTICLE, LOCALES } from './selectors';

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
