import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, LOCALES, SAMPLE, card, column, languageSwitch, term } from './selectors';
import { HOVER_CLOSE_MS } from '../components/ui/hoverIntent';

for (const locale of LOCALES) {
  test.describe(`reader, ${locale} interface`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${locale}/articles/${ARTICLE}`);
      // Terms become buttons once the page is hydrated.
      await expect(term(page, 'ar', 'gna').first()).toHaveAttribute('aria-haspopup', 'dialog');
    });

    test('the page and each column carry the right lang and dir', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(column(page, 'ar')).toHaveAttribute('lang', 'ar');
      await expect(column(page, 'ar')).toHaveAttribute('dir', 'rtl');
      await expect(column(page, 'en')).toHaveAttribute('lang', 'en');
      await expect(column(page, 'en')).toHaveAttribute('dir', 'ltr');
      await expect(column(page, 'ar').locator('[data-sent]')).toHaveCount(19);
      await expect(column(page, 'en').locator('[data-sent]')).toHaveCount(19);
      await expect(column(page, 'en').locator('[data-sent="5.2"]')).toContainText('Tunisia');
    });

    test('aligned paragraphs start level with each other', async ({ page }) => {
      for (const para of ['2', '9', '16']) {
        const a = await column(page, 'ar').locator(`p[data-para="${para}"]`).boundingBox();
        const e = await column(page, 'en').locator(`p[data-para="${para}"]`).boundingBox();
        expect(Math.abs(a!.y - e!.y)).toBeLessThan(2);
      }
    });

    test('hovering the first الوفاق opens a card about the Government of National Accord', async ({ page }) => {
      const first = term(page, 'ar', 'gna').first();
      await expect(first).toHaveText('لحكومة الوفاق الوطني');
      await first.hover();
      await expect(card(page)).toBeVisible();
      await expect(card(page)).toHaveAttribute('data-card', 'gna');
      await expect(card(page)).toContainText('Government of National Accord');
      await expect(card(page).getByRole('link')).toHaveAttribute('href', `/${locale}/glossary/gna`);
      // Leaving both term and card closes it.
      await page.mouse.move(5, 5);
      await expect(card(page)).toBeHidden();
    });

    test('the card stays open while the pointer moves onto it', async ({ page }) => {
      await term(page, 'ar', 'nafir').first().hover();
      await expect(card(page)).toBeVisible();
      await card(page).hover();
      // Still open, checked every 50 ms, until twice the close delay has passed (a wait on the condition, not a sleep).
      const until = Date.now() + 2 * HOVER_CLOSE_MS;
      await expect.poll(async () => ((await card(page).isVisible()) ? (Date.now() > until ? 'stayed open' : 'open') : 'closed'), { intervals: [50] }).toBe('stayed open');
      await expect(card(page)).toContainText('ن ف ر');
    });

    test('keyboard: Tab to a term, Enter opens, Escape closes and focus returns', async ({ page }) => {
      const target = term(page, 'ar', 'gna').first();
      await target.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(card(page)).toBeVisible();
      await expect(target).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(card(page)).toBeHidden();
      await expect(target).toBeFocused();
    });

    test('one card at a time', async ({ page }) => {
      await term(page, 'ar', 'gna').first().click();
      await expect(card(page)).toHaveAttribute('data-card', 'gna');
      await term(page, 'en', 'misrata').first().click();
      await expect(card(page)).toHaveCount(1);
      await expect(card(page)).toHaveAttribute('data-card', 'misrata');
    });

    test('the trigger is a link named by the term itself, announcing its card', async ({ page }) => {
      const nafir = page.getByRole('link', { name: 'حالة النفير' });
      await expect(nafir).toHaveAttribute('data-term', 'nafir');
      await expect(nafir).toHaveAttribute('aria-haspopup', 'dialog');
      await expect(nafir).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('link', { name: 'Presidential Guard' }).first()).toHaveAttribute('data-term', 'presidential-guard');
    });

    test('axe finds no WCAG 2.1 AA violation with a card open', async ({ page }) => {
      await term(page, 'ar', 'presidential-guard').first().click();
      await expect(card(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    });

    test('the language switch keeps the page and the paragraph anchor', async ({ page }) => {
      await page.goto(`/${locale}/articles/${ARTICLE}#p9`);
      await languageSwitch(page).click();
      const other = locale === 'ar' ? 'en' : 'ar';
      await expect(page).toHaveURL(new RegExp(`/${other}/articles/${ARTICLE}#p9$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  });
}

test('the sample article shows its attribution and licence', async ({ page }) => {
  await page.goto(`/en/articles/${SAMPLE}`);
  await expect(page.getByTestId('attribution')).toContainText('NTREX-128');
  await expect(page.getByTestId('attribution').getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible();
  await expect(term(page, 'en', 'nato').first()).toBeVisible();
  await expect(term(page, 'ar', 'nato').first()).toBeVisible();
});
