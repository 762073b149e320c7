import { expect, test } from '@playwright/test';
import { PAGE_SIZE, SAMPLE, libraryCount, libraryItems, librarySearch } from './selectors';

// The index is plain HTML: a GET form and links. Everything here runs with scripting off.
test.use({ javaScriptEnabled: false });

// axe needs scripting: the sweep in a11y.spec.ts covers the index and a search (e2e/routes.ts).

test('the search finds an article by an Arabic word with clitics attached', async ({ page }) => {
  await page.goto('/ar');
  // The text has «الاستفتاء»; the query carries و + ال and a damma.
  await librarySearch(page).fill('والاستفتاءُ');
  await page.getByRole('button', { name: 'ابحث' }).click();
  await expect(page).toHaveURL(/\/ar\/articles\?q=/);
  await expect(libraryItems(page).filter({ has: page.locator(`[href="/ar/articles/${SAMPLE}"]`) })).toHaveCount(1);
  await expect(librarySearch(page)).toHaveValue('والاستفتاءُ');
});

test('the search finds an article by an English word in another case, and a shared URL gives the same list', async ({ page }) => {
  await page.goto('/en');
  await librarySearch(page).fill('PLEBISCITE');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(libraryItems(page).first()).toHaveAttribute('data-article', SAMPLE);
  const url = page.url();
  const count = await libraryCount(page).getAttribute('data-library-count');
  await page.goto('/en');
  await page.goto(url);
  await expect(libraryCount(page)).toHaveAttribute('data-library-count', count!);
  await expect(libraryItems(page).first()).toHaveAttribute('data-article', SAMPLE);
});

test('filters by source and original language without JavaScript', async ({ page }) => {
  await page.goto('/en');
  await page.getByLabel('Source').selectOption('rt.com');
  await page.getByLabel('Original language').selectOption('en');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/source=rt\.com/);
  await expect(page).toHaveURL(/lang=en/);
  const items = libraryItems(page);
  await expect(items.first()).toBeVisible();
  for (const site of await items.locator('[data-site]').allTextContents()) expect(site).toBe('rt.com');
  await expect(page.getByLabel('Source')).toHaveValue('rt.com');
  await page.getByRole('link', { name: 'Show all articles' }).click();
  await expect(page).toHaveURL(/\/en\/articles$/);
});

test('pages through the whole index with links, every article once', async ({ page }) => {
  await page.goto('/en');
  const total = Number(await libraryCount(page).getAttribute('data-library-count'));
  // The published corpus fills several pages: there is something to walk.
  expect(total).toBeGreaterThan(2 * PAGE_SIZE);
  const pages = Math.ceil(total / PAGE_SIZE);
  const nav = page.getByRole('navigation', { name: 'Pages of the article list' });
  const seen: string[] = [];
  const firstPage = await libraryItems(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-article')!));
  for (let n = 1; n <= pages; n++) {
    if (n > 1) {
      await nav.getByRole('link', { name: 'Next' }).click();
      await expect(page).toHaveURL(new RegExp(`page=${n}$`));
      await expect(page.getByRole('link', { name: `Page ${n}` })).toHaveAttribute('aria-current', 'page');
    }
    const items = await libraryItems(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-article')!));
    expect(items.length).toBe(n < pages ? PAGE_SIZE : total - PAGE_SIZE * (pages - 1));
    seen.push(...items);
  }
  // The last page has no Next link; every article came once.
  await expect(nav.getByRole('link', { name: 'Next' })).toHaveCount(0);
  expect(new Set(seen).size).toBe(total);
  expect(seen).toHaveLength(total);
  // Previous goes back, and a page past the last is a 404.
  await nav.getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(new RegExp(`page=${pages - 1}$`));
  await page.getByRole('link', { name: 'Page 1' }).click();
  await expect(libraryItems(page).first()).toHaveAttribute('data-article', firstPage[0]);
  expect((await page.goto(`/en/articles?page=${pages + 1}`))?.status()).toBe(404);
});

test('a malformed parameter or a page past the last is a 404', async ({ page }) => {
  for (const q of ['page=0', 'page=9999', 'source=nowhere', 'lang=fr']) {
    const response = await page.goto(`/en/articles?${q}`);
    expect(response?.status()).toBe(404);
  }
});

test('an article page links to its neighbours in the index', async ({ page }) => {
  await page.goto(`/en/articles/${SAMPLE}`);
  const nav = page.getByRole('navigation', { name: 'More articles' });
  const link = nav.locator('[data-previous] a, [data-next] a').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('navigation', { name: 'More articles' }).locator(`[href="/en/articles/${SAMPLE}"]`).first()).toBeVisible();
});
