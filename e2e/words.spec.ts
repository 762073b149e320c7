import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, WORDS_BACKUP_KEY, WORDS_KEY, card, recoveryNotice, saveButton, savedWord, term, wordsCount, hydrated } from './selectors';

test('a word saved from a card appears on the words page after a reload, with its sentence, and exports as CSV', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await term(page, 'ar', 'gna').first().click();
  await expect(card(page)).toHaveAttribute('data-card', 'gna');
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'false');
  await saveButton(page).click();
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page).getByRole('status')).toHaveText('Saved to your words.');
  await page.keyboard.press('Escape');
  // From the English column too, with the other sentence.
  await term(page, 'en', 'nafir').first().click();
  await saveButton(page).click();
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/en/words');
  await page.reload();
  await expect(wordsCount(page)).toHaveText('2 saved words');
  const gna = savedWord(page, 'gna');
  await expect(gna.getByRole('heading')).toHaveText('حكومة الوفاق الوطني · Government of National Accord');
  await expect(gna.locator('[data-context="ar"]')).toHaveText(/^مع اقتراب تنظيم الدولة الإسلامية .*لحكومة الوفاق الوطني الليبية\.$/);
  await expect(gna.locator('[data-context="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(gna.locator('[data-context="en"]')).toHaveText(/^As the Islamic State group \(ISIS\) closes in on the city of Misrata.*once again\.$/);
  await expect(gna.getByRole('link')).toHaveAttribute('href', `/en/articles/${ARTICLE}#p1`);
  await expect(savedWord(page, 'nafir').locator('[data-context="en"]')).toContainText('general mobilisation');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('mizan-words.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('#separator:comma\r\n#html:false\r\n#columns:Front,Back,Context,Tags\r\n#tags column:4\r\n')).toBe(true);
  // Newest first: nafir was saved from the English column, so English is on its front.
  const lines = csv.split('\r\n');
  expect(lines[4]).toMatch(/^state of general mobilisation,"حالة النفير \(ḥālat al-nafīr\)\n/);
  expect(csv).toContain('حكومة الوفاق الوطني,"Government of National Accord (ḥukūmat al-wifāq al-waṭanī)\nLibya’s UN-backed unity government","مع اقتراب تنظيم الدولة الإسلامية ""داعش"" من مدينة مصراته');
  expect(csv).toContain(',mizan institution misrata-foreign-intervention\r\n');
});

test('remove one, then clear all after confirming; the page says what happened', async ({ page }) => {
  await page.goto('/ar/words');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 2, words: ['gna', 'nafir', 'misrata'].map((termId) => ({ termId, lang: 'ar', savedAt: '' })) })), WORDS_KEY);
  await page.reload();
  await expect(wordsCount(page)).toHaveText('3 كلمات محفوظة');
  await savedWord(page, 'nafir').getByRole('button').click();
  await expect(savedWord(page, 'nafir')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('أُزيلت الكلمة «حالة النفير».');
  await expect(wordsCount(page)).toHaveText('كلمتان محفوظتان');

  await page.getByRole('button', { name: 'امسح الكل' }).click();
  await expect(page.getByText('أتريد إزالة الكلمتين المحفوظتين؟')).toBeVisible();
  await page.getByRole('button', { name: 'أبقِها' }).click();
  await expect(wordsCount(page)).toHaveText('كلمتان محفوظتان');
  await page.getByRole('button', { name: 'امسح الكل' }).click();
  await page.getByRole('button', { name: 'نعم، أزلها كلها' }).click();
  await expect(wordsCount(page)).toHaveText('لا كلمات محفوظة بعد.');
  await page.reload();
  await expect(wordsCount(page)).toHaveText('لا كلمات محفوظة بعد.');
});

test('corrupted storage does not break the page: the learner is told, and the raw data is kept aside', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"v":2,"words":[{"termId":"gna"'), WORDS_KEY);
  await page.reload();
  await hydrated(page);
  // The reader still works and saving starts a fresh list.
  await term(page, 'ar', 'misrata').first().click();
  await saveButton(page).click();
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/en/words');
  await expect(recoveryNotice(page)).toContainText('Your saved words could not be read');
  await expect(recoveryNotice(page)).toContainText(`under the key “${WORDS_BACKUP_KEY}”`);
  expect(await page.evaluate((key) => localStorage.getItem(key), WORDS_BACKUP_KEY)).toBe('{"v":2,"words":[{"termId":"gna"');
  await expect(wordsCount(page)).toHaveText('1 saved word');
  await expect(savedWord(page, 'misrata')).toBeVisible();
  await recoveryNotice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(recoveryNotice(page)).toHaveCount(0);
  await page.reload();
  await expect(recoveryNotice(page)).toHaveCount(0);
  await expect(savedWord(page, 'misrata')).toBeVisible();
});

test('entries that cannot be read are left out and counted; the old format (a list of ids) is migrated', async ({ page }) => {
  await page.goto('/en/words');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 2, words: [{ termId: 'gna', lang: 'ar', savedAt: '' }, { nope: 1 }, 7] })), WORDS_KEY);
  await page.reload();
  await expect(recoveryNotice(page)).toContainText('2 saved entries could not be read and were left out; the others were kept.');
  await expect(savedWord(page, 'gna')).toBeVisible();

  await page.evaluate((key) => localStorage.setItem(key, '["sanctions","libya"]'), WORDS_KEY);
  await page.reload();
  await expect(recoveryNotice(page)).toHaveCount(0);
  await expect(wordsCount(page)).toHaveText('2 saved words');
  await expect(savedWord(page, 'sanctions')).toContainText('punitive measures');
});

for (const locale of ['ar', 'en'] as const) {
  test(`axe finds no violation on the words page, ${locale} interface (list, notice, confirmation; light and dark)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${locale}/words`);
    const context = { ar: 'مع اقتراب تنظيم الدولة الإسلامية "داعش" من مدينة مصراته.', en: 'As the Islamic State group (ISIS) closes in on the city of Misrata.', href: `/${locale}/articles/${ARTICLE}#p1` };
    await page.evaluate(
      ([key, ctx]) => localStorage.setItem(key, JSON.stringify({ v: 2, words: [{ termId: 'gna', lang: 'ar', context: ctx, savedAt: '' }, { nope: 1 }] })),
      [WORDS_KEY, context] as const,
    );
    await page.reload();
    await expect(recoveryNotice(page)).toBeVisible();
    await page.getByRole('button', { name: locale === 'ar' ? 'امسح الكل' : 'Clear all' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations).toEqual([]);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the words page says the list needs JavaScript, and shows no empty-state hint', async ({ page }) => {
    await page.goto('/en/words');
    await expect(page.getByText('Your saved words are kept in this browser: turn on JavaScript to see them.')).toBeVisible();
    await expect(page.getByText('No saved words yet.')).toBeHidden();
    await expect(page.getByText('Open a highlighted term in an article')).toBeHidden();
    await page.goto('/ar/words');
    await expect(page.getByText('كلماتك المحفوظة موجودة في هذا المتصفح: فعّل JavaScript لتراها.')).toBeVisible();
    await expect(page.getByText('لا كلمات محفوظة بعد.')).toBeHidden();
  });
});
