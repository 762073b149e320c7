import { expect, test } from '@playwright/test';
import { concordanceRows, reviewToggle } from './selectors';

test('the corpus QA page ranks articles by term problems and opens one in review mode', async ({ page }) => {
  await page.goto('/en/glossary/qa');
  const rows = page.locator('[data-qa-article]');
  await expect(rows.first()).toBeVisible();
  const problems = (await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-problems'))))) as number[];
  expect(problems.length).toBeGreaterThanOrEqual(2);
  expect(problems).toEqual([...problems].sort((a, b) => b - a));
  const first = rows.first().getByRole('link');
  await expect(first).toHaveAttribute('href', /\?review=on$/);
  await first.click();
  await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-review-summary]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a concordance pages, sorts and filters on the server', async ({ page }) => {
    await page.goto('/en/glossary/gna/occurrences');
    const all = Number(await page.locator('[data-concordance-shown]').getAttribute('data-concordance-shown'));
    expect(all).toBeGreaterThan(1);
    await expect(concordanceRows(page)).toHaveCount(Math.min(all, 50));
    await page.locator('[data-concordance-filter="ok"]').uncheck();
    await page.locator('[data-concordance-sort]').selectOption('status');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/sort=status/);
    const statuses = await concordanceRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).not.toContain('ok');
    expect(statuses.length).toBeLessThan(all);
    expect(Number(await page.locator('[data-concordance-shown]').getAttribute('data-concordance-shown'))).toBe(statuses.length);
    const response = await page.goto('/en/glossary/gna/occurrences?page=999');
    expect(response?.status()).toBe(404);
  });
});
