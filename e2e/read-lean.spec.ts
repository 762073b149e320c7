import { expect, test } from '@playwright/test';
import { LOCALES, pasteField, pasteResult, pasteSubmit, term, unitRows } from './selectors';
import { holdScripts } from './holdScripts';

// /read's first load is the form alone: the pairing's code and its data (every term's forms, the messages formatted
// in the browser, the card data) load on the first submit, or at once when storage holds a text to show again.
const AR = 'وتعمل قوات مصراته الداعمة للمجلس الرئاسي في طرابلس. ودعت لحكومة الوفاق الوطني وللمجلس الرئاسي بالنجاح.';
const EN = 'Misrata forces back the Presidential Council in Tripoli. They wished the Government of National Accord well.';
const KEY = 'mizan.read.v1';
const DATA = /\/read\/(pairing|card)-data$/;

for (const locale of LOCALES) {
  test(`a first visit to /${locale}/read fetches no pairing data; the first submit does`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`/${locale}/read`);
    await expect(pasteField(page, 'ar')).toBeEnabled();
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => DATA.test(p))).toEqual([]);

    await pasteField(page, 'ar').fill(AR);
    await pasteField(page, 'en').fill(EN);
    await pasteSubmit(page).click();
    await expect(unitRows(page)).toHaveCount(2);
    await expect(term(page, 'ar', 'gna')).toHaveText('لحكومة الوفاق الوطني');
    await expect.poll(() => fetched.filter((p) => DATA.test(p)).sort()).toEqual([`/${locale}/read/card-data`, `/${locale}/read/pairing-data`]);
  });
}

// A text kept from an earlier visit is in its boxes from the first paint (the boot script), before any of the
// page's code has run; when the code comes, the form stays where it was and the result fills the room kept for it.
for (const locale of LOCALES) {
  test(`a stored pair on /${locale}/read is in its boxes before the code runs, and nothing moves when the result comes`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [KEY, JSON.stringify({ ar: AR, en: EN })]);
    const release = await holdScripts(page);
    const where = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const box = (el: Element | null) => {
          const r = el!.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        };
        return {
          boxes: [...document.querySelectorAll('.paste-form textarea, .paste-form button, .paste-status:not(noscript *)')].map(box),
          footer: Math.round(document.querySelector('footer')!.getBoundingClientRect().top),
        };
      });
    await page.goto(`/${locale}/read`, { waitUntil: 'commit' });
    await expect(page.locator('footer')).toBeAttached();
    await expect(pasteField(page, 'ar')).toHaveValue(AR);
    await expect(pasteField(page, 'en')).toHaveValue(EN);
    await expect(pasteField(page, 'ar')).toBeDisabled();
    const before = await where();
    release();
    await expect(unitRows(page)).toHaveCount(2);
    await expect(pasteResult(page).locator('[data-term="gna"]').first()).toBeVisible();
    await expect(pasteField(page, 'ar')).toHaveValue(AR);
    await expect(pasteField(page, 'en')).toBeEnabled();
    const after = await where();
    // The form's boxes and buttons stay put (the pairing's form adds no button: no corrections yet).
    expect(after.boxes).toEqual(before.boxes);
    // The footer was below the screen before the result came, and is still.
    expect(before.footer).toBeGreaterThanOrEqual(900);
    expect(after.footer).toBeGreaterThanOrEqual(900);
  });
}
