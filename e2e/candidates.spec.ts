import { expect, test } from '@playwright/test';

test('the candidates page lists mined pairs, each side in its language, none already in the glossary', async ({ page }) => {
  await page.goto('/en/glossary/candidates');
  const total = Number(await page.locator('[data-candidates-total]').getAttribute('data-candidates-total'));
  const items = page.locator('[data-candidate]');
  await expect(items).toHaveCount(Math.min(total, 100));
  // The published articles yield candidates (names recur between the two texts of each article).
  expect(total).toBeGreaterThan(0);
  await expect(items.first().locator('[data-candidate-ar]')).toHaveAttribute('lang', 'ar');
  await expect(items.first().locator('[data-candidate-ar]')).toHaveAttribute('dir', 'rtl');
  await items.first().locator('summary').click();
  await expect(items.first().locator('details p[lang="en"]').first()).toBeVisible();
  // The glossary's GNA is never a candidate.
  await expect(page.locator('[data-candidate-en]', { hasText: /^GNA$/ })).toHaveCount(0);
});
