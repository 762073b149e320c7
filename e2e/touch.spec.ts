import { expect, test } from '@playwright/test';
import { ARTICLE, card, term } from './selectors';

test('a tap on a term opens its card, a tap elsewhere closes it', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  const target = term(page, 'ar', 'presidential-guard').first();
  await expect(target).toHaveAttribute('aria-haspopup', 'dialog');
  await target.tap();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('data-card', 'presidential-guard');
  await page.locator('.article-info h2').tap();
  await expect(card(page)).toBeHidden();
});

test('on a narrow screen the columns stack', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  const ar = await page.locator('[data-column="ar"]').boundingBox();
  const en = await page.locator('[data-column="en"]').boundingBox();
  expect(en!.y).toBeGreaterThan(ar!.y + ar!.height - 1);
});
