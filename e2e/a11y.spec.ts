import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ROUTES } from './routes';
import { LOCALES, anyTerm, card } from './selectors';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe over the page, or over some parts of it only (the whole page was checked once already). */
async function expectNoViolations(page: Page, only: string[] = []) {
  const builder = only.reduce((b, selector) => b.include(selector), new AxeBuilder({ page }).withTags(WCAG));
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Every route × both interface languages × light and dark, then again with a card open where the page has terms.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of LOCALES) {
    for (const route of ROUTES) {
      for (const withCard of route.cards ? [false, true] : [false]) {
        test(`axe: /${locale}${route.path}, ${colorScheme}${withCard ? ', a card open' : ''}`, async ({ page }) => {
          // axe takes a while over a whole article or the glossary on a busy machine.
          test.slow();
          await page.emulateMedia({ colorScheme });
          const response = await page.goto(`/${locale}${route.path}`);
          expect(response?.status()).toBe(route.status ?? 200);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await route.prepare?.(page);
          if (withCard) {
            await expect(anyTerm(page).first()).toHaveAttribute('aria-haspopup', 'dialog');
            await anyTerm(page).first().click();
            await expect(card(page)).toBeVisible();
          }
          // With a card open, what changed: the card and its expanded term.
          await expectNoViolations(page, withCard ? ['[role="dialog"]', '[aria-expanded="true"]'] : []);
        });
      }
    }
  }

  test(`axe: the page for an undecodable address, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const response = await page.goto('/en/%E0%A4%A');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Invalid address');
    await expectNoViolations(page);
  });
}
