import { expect, test } from '@playwright/test';
import { ARTICLE, card, openCardOnArticle } from './selectors';

test('a tap on a term opens its card, a tap elsewhere closes it', async ({ page }) => {
  await openCardOnArticle(page, 'en', 'ar', 'presidential-guard', 'tap');
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
