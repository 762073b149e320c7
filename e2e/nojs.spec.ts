import { expect, test } from '@playwright/test';
import { ARTICLE, column, term } from './selectors';

test.use({ javaScriptEnabled: false });

test('without JavaScript the article reads fully and each term links to its glossary entry', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await expect(column(page, 'ar').locator('[data-sent]')).toHaveCount(19);
  await expect(column(page, 'en')).toContainText('Tunisia');
  const first = term(page, 'ar', 'gna').first();
  await expect(first).toHaveRole('link');
  await expect(first).toHaveAttribute('href', '/ar/glossary/gna');
  await first.click();
  await expect(page).toHaveURL(/\/ar\/glossary\/gna$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('حكومة الوفاق الوطني');
});
