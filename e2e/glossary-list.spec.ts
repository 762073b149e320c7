import { expect, test } from '@playwright/test';
import { LOCALES, glossaryEntries } from './selectors';

// The glossary list lays out only the entries near the screen (CSS content-visibility) and its entries are one HTML
// string each (no React elements inside): links into the list must still land on their entry, and the entries must
// still be there for find-in-page, print and assistive technology.
for (const locale of LOCALES) {
  test(`/${locale}/glossary: a link to an entry far down the list shows that entry, and a category link its heading`, async ({ page }) => {
    await page.goto(`/${locale}/glossary`);
    const entries = glossaryEntries(page);
    const last = entries.last();
    const id = (await last.getAttribute('id'))!;
    await page.goto(`/${locale}/glossary#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    const categories = page.locator('.category-index a');
    const href = (await categories.last().getAttribute('href'))!;
    await categories.last().click();
    await expect(page.locator(href)).toBeInViewport();
    // The entries off screen are in the page and in the accessibility tree, with their title link.
    await expect(last.getByRole('link')).toHaveAttribute('href', new RegExp(`/${locale}/glossary/${id}$`));
    await expect(last.getByRole('heading', { level: 3 })).toBeAttached();
  });
}
