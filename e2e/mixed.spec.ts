import { expect, test } from '@playwright/test';
import { card, hydrated, term } from './selectors';

// Text in one language that quotes the other (an Arabic phrase in an English note or explanation, a Latin name in
// Arabic) marks the quotation with its own lang and dir, so it is read in the right voice and isolated for bidi.

test('an English editorial note quoting the Arabic marks the quotation as Arabic, right to left', async ({ page }) => {
  await page.goto('/en/articles/misrata-foreign-intervention');
  const quoted = page.locator('.article-info [data-note] span[lang="ar"][dir="rtl"]', { hasText: 'إذ أضحت يحاصرها' });
  await expect(quoted).toHaveCount(1);
  // The guillemets stay with the English sentence, outside the isolated Arabic.
  await expect(quoted).not.toContainText('«');
});

test('Latin names in the Arabic page information are marked as English, left to right', async ({ page }) => {
  await page.goto('/ar/articles/misrata-foreign-intervention');
  await expect(page.locator('.article-info span[lang="en"][dir="ltr"]', { hasText: 'Markdown' })).toHaveCount(1);
});

test('an English translator\'s note naming Arabic words marks them, on the entry page and in the card', async ({ page }) => {
  await page.goto('/en/glossary/gna');
  await expect(page.locator('main dd span[lang="ar"][dir="rtl"]', { hasText: 'وفاق' }).first()).toBeVisible();
  await page.goto('/en/articles/misrata-foreign-intervention');
  await hydrated(page);
  await term(page, 'en', 'gna').first().focus();
  await page.keyboard.press(' ');
  await expect(card(page)).toHaveAttribute('data-card', 'gna');
  await expect(card(page).locator('.term-card-note span[lang="ar"][dir="rtl"]', { hasText: 'وفاق' }).first()).toBeVisible();
});
