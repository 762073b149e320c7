import { expect, test, type Page } from '@playwright/test';
import { ROUTES } from './routes';
import { ARTICLE, LOCALES, card, languageSwitch, openCardOnArticle, term } from './selectors';

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex="0"]';

/** Put the keyboard's starting point at the top of the page, as after a fresh load. */
async function fromTheTop(page: Page) {
  await page.evaluate(() => {
    const start = document.createElement('div');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
}

/** Tab through the page from the top; the elements that took focus, each with whether its focus is visible. */
async function tabThrough(page: Page, max: number) {
  await fromTheTop(page);
  const seen = new Map<string, boolean>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      el.dataset.kbd ??= String(Math.random());
      return { id: el.dataset.kbd, visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
    });
    if (!focused || seen.has(focused.id)) break;
    seen.set(focused.id, focused.visible);
  }
  return seen;
}

for (const locale of LOCALES) {
  for (const route of ROUTES) {
    test(`every control of /${locale}${route.path} is reached by Tab, with a visible focus`, async ({ page }) => {
      // An article has some 230 terms to Tab through: slow on a busy machine.
      test.slow(!!route.cards);
      await page.goto(`/${locale}${route.path}`);
      await route.prepare?.(page);
      const controls = page.locator(FOCUSABLE).filter({ visible: true });
      await expect(controls.first()).toBeVisible();
      const count = await controls.count();
      const seen = await tabThrough(page, count + 5);
      const ids = await controls.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.kbd ?? null));
      expect(ids.filter((id) => id === null)).toHaveLength(0);
      expect([...seen.values()].every(Boolean)).toBe(true);
    });
  }
}

test('keyboard only: skip link, open and close a card, switch language', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await expect(term(page, 'ar', 'gna').first()).toHaveAttribute('aria-haspopup', 'dialog');
  await fromTheTop(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the content, Tab reaches the first term; Enter opens its card and moves focus into it.
  const first = page.locator('main [data-column] [data-term]').first();
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(page.locator('[role="dialog"]')).toBeFocused();
  // Inside the card, Tab walks its controls in order: save, listen, then the link to the entry.
  await page.keyboard.press('Tab');
  await expect(card(page).locator('[data-save]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card(page).locator('[data-listen]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('link')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(first).toBeFocused();

  // Back to the top: the language switch is in the header, a few Tabs from the start.
  await fromTheTop(page);
  for (let i = 0; i < 10 && !(await languageSwitch(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(languageSwitch(page)).toBeFocused();
  await page.keyboard.press('Enter');
  // The switch keeps the anchor the skip link set.
  await expect(page).toHaveURL(new RegExp(`/ar/articles/${ARTICLE}(#main)?$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test.describe('reflow: 320 CSS px wide (a 1280 px window at 400 %, or 640 px at 200 %)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const locale of LOCALES) {
    for (const route of ROUTES) {
      test(`/${locale}${route.path} scrolls only vertically`, async ({ page }) => {
        await page.goto(`/${locale}${route.path}`);
        await route.prepare?.(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  }

  test('an open card fits the narrow screen', async ({ page }) => {
    await openCardOnArticle(page, 'ar', 'en', 'presidential-guard');
    const box = (await page.locator('[role="dialog"]').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
