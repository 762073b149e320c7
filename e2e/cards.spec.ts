import { expect, test } from '@playwright/test';
import { ARTICLE, WORDS_KEY, card, hydrated, openSettings, setting, term } from './selectors';

// Terms are plain links; one controller per region opens one card, whose code and data load after first paint.

test('before the card code has loaded a term is the link it is: a click goes to the glossary entry', async ({ page }) => {
  // Hold back the card's data (it loads with the card's code): the card cannot open, the link must still work.
  await page.route('**/card-data', (route) => route.abort());
  await page.goto(`/en/articles/${ARTICLE}`);
  const gna = term(page, 'ar', 'gna').first();
  await expect(gna).toHaveRole('link');
  await expect(gna).toHaveAttribute('href', '/en/glossary/gna');
  await gna.click();
  await expect(page).toHaveURL(/\/en\/glossary\/gna$/);
  await expect(card(page)).toHaveCount(0);
});

test('the card data is one prerendered JSON answer, fetched once, with nothing per occurrence in the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().endsWith('/card-data') && fetched.push(r.url()));
  const response = await page.goto(`/ar/articles/${ARTICLE}`);
  const html = await response!.text();
  // The occurrence's data (its clitics, the status label) is not repeated in the HTML or its RSC payload.
  expect(html).not.toContain('data-status-label');
  expect(html).not.toContain('"clitics"');
  await hydrated(page);
  await term(page, 'ar', 'gna').first().click();
  await expect(card(page)).toHaveAttribute('data-card', 'gna');
  await term(page, 'en', 'misrata').first().click();
  await expect(card(page)).toHaveAttribute('data-card', 'misrata');
  expect(fetched).toEqual([expect.stringMatching(/\/ar\/articles\/misrata-foreign-intervention\/card-data$/)]);
});

test('aria-expanded and aria-controls follow the one open card', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  const gna = term(page, 'ar', 'gna').first();
  const misrata = term(page, 'en', 'misrata').first();
  await expect(gna).toHaveAttribute('aria-expanded', 'false');
  await expect(gna).not.toHaveAttribute('aria-controls', /./);
  await gna.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(gna).toHaveAttribute('aria-expanded', 'true');
  await expect(gna).toHaveAttribute('aria-controls', (await dialog.getAttribute('id'))!);
  await expect(dialog).toBeFocused(); // opened by click: focus goes into the card

  await misrata.click();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(gna).toHaveAttribute('aria-expanded', 'false');
  await expect(gna).not.toHaveAttribute('aria-controls', /./);
  await expect(misrata).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('main [aria-expanded="true"]')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(misrata).toHaveAttribute('aria-expanded', 'false');
  await expect(misrata).toBeFocused();
});

test('Space on a term opens its card; a hover-opened card leaves focus where it was', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  const gna = term(page, 'ar', 'gna').first();
  await gna.focus();
  await page.keyboard.press(' ');
  await expect(card(page)).toHaveAttribute('data-card', 'gna');
  await page.keyboard.press('Escape');
  await expect(gna).toBeFocused();

  const misrata = term(page, 'en', 'misrata').first();
  await misrata.hover();
  await expect(card(page)).toHaveAttribute('data-card', 'misrata');
  await expect(gna).toBeFocused();
});

test('a saved word keeps its sentence with its tashkeel while tashkeel is hidden (the text is data, not read from the page)', async ({ page }) => {
  const vowelled = 'وَأَشَارَتْ تَقَارِيرُ إِخْبَارِيَّةٌ أَمْسِ إِلَى سَيْطَرَةِ تَنْظِيمِ الدَّوْلَةِ الْإِسْلَامِيَّةِ عَلَى مَنْطِقَةِ أَبُو قُرَيْن.';
  const english = 'News reports said yesterday that the Islamic State group had seized the Abu Qurayn area.';
  await page.goto('/en/read');
  await page.getByTestId('paste-ar').fill(vowelled);
  await page.getByTestId('paste-en').fill(english);
  await page.getByRole('button', { name: 'Read and annotate' }).click();
  const isis = term(page, 'ar', 'isis');
  await expect(isis).toHaveAttribute('aria-haspopup', 'dialog');
  await openSettings(page);
  await setting(page, 'tashkeel').uncheck();
  await expect(isis).toHaveText('تنظيم الدولة الإسلامية');
  // A card on /read's output, from the data the aligner gave, not from the page.
  await isis.click();
  await expect(card(page)).toHaveAttribute('data-card', 'isis');
  await card(page).locator('[data-save]').click();
  await expect(card(page).locator('[data-save]')).toHaveAttribute('aria-pressed', 'true');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), WORDS_KEY);
  expect(stored.words[0]).toMatchObject({ termId: 'isis', surface: 'تَنْظِيمِ الدَّوْلَةِ الْإِسْلَامِيَّةِ', context: { ar: vowelled, en: english } });
});

test('a multi-word term wraps across lines like words, the same inline link before and after the card code loads', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const locale of ['ar', 'en'] as const) {
    await page.goto(`/${locale}/articles/${ARTICLE}`);
    await hydrated(page);
    // Split terms: more than one line box each, all inline links (a button could not wrap).
    const split = await page.locator('main .term').evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 1).map((el) => `${el.tagName} ${getComputedStyle(el).display} ${el.textContent}`),
    );
    expect(split.length, `some term on /${locale} spans two lines`).toBeGreaterThan(0);
    for (const s of split) expect(s).toMatch(/^A inline /);
  }
  await context.close();
});
