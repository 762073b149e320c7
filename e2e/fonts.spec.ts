import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, column } from './selectors';

// The Arabic face is split by unicode-range (components/layout/fonts.ts): an article downloads only the core file,
// draws its Arabic with it, and a text with letters beyond Arabic's (Persian پ, گ) brings in the rest file.

const fontRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') urls.push(new URL(request.url()).pathname);
  });
  return urls;
};
/** The status of each Noto Naskh face the page's CSS declares, by family ("naskh Fallback" is a local font). */
const faces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return Object.fromEntries([...document.fonts].filter((f) => f.family.startsWith('naskh')).map((f) => [f.family, f.status]));
  });

for (const locale of ['ar', 'en'] as const) {
  test(`/${locale} article: the Arabic column is drawn with the core Naskh file, the only font file fetched`, async ({ page }) => {
    const urls = fontRequests(page);
    await page.goto(`/${locale}/articles/${ARTICLE}`);
    await expect.poll(() => faces(page)).toMatchObject({ naskh: 'loaded', naskhRest: 'unloaded' });
    expect(urls.length).toBe(1);
    expect(urls[0]).toMatch(/naskh_arabic_core.*\.woff2$/);
    // The column's first family that has Arabic letters is the core face, and it is the one in use.
    await expect(column(page, 'ar')).toHaveCSS('font-family', /^naskhRest, naskh, "naskh Fallback"/);
    expect(await page.evaluate(() => document.fonts.check('1.3rem naskh', 'الوفاق'))).toBe(true);
  });
}

test('a pasted text with Persian letters brings in the rest of the Arabic block', async ({ page }) => {
  const urls = fontRequests(page);
  await page.goto('/ar/read');
  await page.getByTestId('paste-ar').fill('گفت‌وگو با پزشک');
  await page.getByRole('button', { name: 'اقرأ وميّز المصطلحات' }).click();
  await expect(column(page, 'ar')).toContainText('پزشک');
  await expect.poll(() => faces(page)).toMatchObject({ naskh: 'loaded', naskhRest: 'loaded' });
  expect(urls.some((url) => /naskh_arabic_rest.*\.woff2$/.test(url))).toBe(true);
});
