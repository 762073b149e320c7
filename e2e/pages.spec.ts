import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, LOCALES, PAGE_SIZE, SAMPLE, glossaryEntries } from './selectors';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const locale of LOCALES) {
  test.describe(`${locale} pages`, () => {
    test('home lists the articles with titles in both languages', async ({ page }) => {
      await page.goto(`/${locale}`);
      const total = Number(await page.locator('[data-library-count]').getAttribute('data-library-count'));
      expect(total).toBeGreaterThanOrEqual(2);
      await expect(page.locator('[data-article]')).toHaveCount(Math.min(total, PAGE_SIZE));
      const other = locale === 'ar' ? 'en' : 'ar';
      await expect(page.locator('[data-article] .other-title').first()).toHaveAttribute('lang', other);
      await expect(page.locator('[data-article] .other-title').first()).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
      await page.goto(`/${locale}/articles?lang=ar`);
      const item = page.locator(`[data-article="${ARTICLE}"]`);
      await expect(item).toContainText('مصراته');
      await expect(item).toContainText('Misrata');
      await page.goto(`/${locale}/articles?q=Macedonia`);
      await expect(page.locator(`[data-article="${SAMPLE}"]`)).toContainText('Macedonia');
      expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    });

    test('the glossary lists at least 35 entries, each with an anchor', async ({ page }) => {
      test.slow(); // axe over the whole glossary (142 entries) takes most of a minute on a loaded 2-core machine
      await page.goto(`/${locale}/glossary`);
      expect(await glossaryEntries(page).count()).toBeGreaterThanOrEqual(35);
      await expect(page.locator('#gna')).toContainText('حكومة الوفاق الوطني');
      await expect(page.locator('#nafir')).toContainText('ن ف ر');
      expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    });

    test('an unknown slug gives the localized 404 with status 404', async ({ page }) => {
      const response = await page.goto(`/${locale}/articles/no-such-article`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page not found');
    });

    test('an unknown path gives the localized 404 with status 404', async ({ page }) => {
      const response = await page.goto(`/${locale}/no/such/page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ar' ? 'الصفحة غير موجودة' : 'Page not found');
    });
  });
}

test.describe('/ sends a visitor to their language', () => {
  test('by Accept-Language', async ({ browser }) => {
    // The context's locale is what Chromium sends as Accept-Language.
    for (const [browserLocale, locale] of [['en-US', 'en'], ['ar-EG', 'ar'], ['fr-FR', 'ar']]) {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await context.close();
    }
  });

  test('by the cookie the language switch sets, over Accept-Language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-EG' });
    const page = await context.newPage();
    await page.goto('/ar');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('a path without a locale gets one', async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}`);
    await expect(page).toHaveURL(new RegExp(`/(ar|en)/articles/${ARTICLE}$`));
  });
});
