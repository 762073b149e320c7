import { expect, test } from '@playwright/test';
import { card, column, term, unitRows, unitText } from './selectors';

const AR = 'وتعمل قوات مصراته الداعمة للمجلس الرئاسي في طرابلس. ودعت لحكومة الوفاق الوطني وللمجلس الرئاسي بالنجاح.';
const EN = 'Misrata forces back the Presidential Council in Tripoli. They wished the Government of National Accord well.';

test.describe('read your own text', () => {
  test('pasted Arabic is annotated: both terms highlighted, a card opens, and the text survives a reload', async ({ page }) => {
    await page.goto('/ar/read');
    await page.getByTestId('paste-ar').fill(AR);
    await page.getByRole('button', { name: 'اقرأ وميّز المصطلحات' }).click();
    await expect(term(page, 'ar', 'gna')).toHaveText('لحكومة الوفاق الوطني');
    await expect(term(page, 'ar', 'presidential-council')).toHaveText(['للمجلس الرئاسي', 'وللمجلس الرئاسي']);
    await term(page, 'ar', 'gna').click();
    await expect(card(page)).toHaveAttribute('data-card', 'gna');
    // The API returns each span's clitics, so the card breaks the pasted word down as it does in an article.
    await expect(card(page).locator('.term-card-facts').getByText('ل + حكومة الوفاق الوطني')).toHaveAttribute('lang', 'ar');
    await page.keyboard.press('Escape');

    await page.reload();
    await expect(page.getByTestId('paste-ar')).toHaveValue(AR);
    await expect(term(page, 'ar', 'gna')).toHaveText('لحكومة الوفاق الوطني');

    await page.getByRole('button', { name: 'امسح' }).click();
    await expect(page.getByTestId('paste-ar')).toHaveValue('');
    await page.reload();
    await expect(page.getByTestId('paste-ar')).toHaveValue('');
  });

  test('a pair is aligned sentence by sentence, one row per pair', async ({ page }) => {
    await page.goto('/en/read');
    await page.getByTestId('paste-ar').fill(AR);
    await page.getByTestId('paste-en').fill(EN);
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(unitRows(page)).toHaveCount(2);
    await expect(unitText(page, 'ar', 2)).toContainText('لحكومة الوفاق الوطني');
    await expect(unitText(page, 'en', 2)).toContainText('Government of National Accord');
    // Counterparts light per unit, as in an article.
    await column(page, 'ar').locator('.sent[data-sent="2"]').hover();
    await expect(column(page, 'en').locator('.sent[data-sent="2"]')).toHaveAttribute('data-lit', '');
  });

  test('texts paragraphed differently are still paired, sentence by sentence', async ({ page }) => {
    await page.goto('/en/read');
    await page.getByTestId('paste-ar').fill(AR);
    await page.getByTestId('paste-en').fill(EN.replace('. ', '.\n\n'));
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(unitRows(page)).toHaveCount(2);
    await expect(unitText(page, 'ar', 1)).toHaveText(AR.slice(0, AR.indexOf('.') + 1));
    await expect(unitText(page, 'en', 1)).toHaveText(EN.slice(0, EN.indexOf('.') + 1));
    await expect(column(page, 'en')).toContainText('Government of National Accord');
  });

  test('a text with more terms than one answer carries says that only the first are marked', async ({ page }) => {
    const start = EN.indexOf('Government of National Accord');
    const span = { start, end: start + 29, termId: 'gna', surface: 'Government of National Accord', form: 'Government of National Accord', clitics: [] };
    await page.route('**/api/annotate', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ spans: [span], truncated: true }) }));
    await page.goto('/en/read');
    await page.getByTestId('paste-en').fill(EN);
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(page.getByTestId('truncated')).toHaveText('This text has more terms than are marked at once: only the first is marked, and the rest of the text is not.');
    await expect(term(page, 'en', 'gna')).toHaveText('Government of National Accord');
  });

  test('a server error is explained, not swallowed', async ({ page }) => {
    await page.route('**/api/annotate', (route) =>
      route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ error: { code: 'too_large', message: 'x' } }) }),
    );
    await page.goto('/en/read');
    await page.getByTestId('paste-en').fill(EN);
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(page.getByTestId('paste-error')).toHaveText('This text is too long: at most 100 KB per language.');
  });
});

test.describe('read your own text: browser storage', () => {
  test('when storage is full, the page warns that the text will not be kept, and annotating still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/en/read');
    await expect(page.getByTestId('not-kept')).toHaveCount(0);
    await page.getByTestId('paste-ar').fill(AR);
    await expect(page.getByTestId('not-kept')).toHaveText(/will be lost on reload/);
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(term(page, 'ar', 'gna')).toHaveText('لحكومة الوفاق الوطني');
  });

  test('an unreadable stored text is kept aside, said so, and not overwritten by the next keystroke', async ({ page }) => {
    await page.goto('/en/read');
    // Once the form is there, this page has read storage; the broken value is for the next load to find.
    await expect(page.getByTestId('paste-ar')).toBeVisible();
    await page.evaluate(() => localStorage.setItem('mizan.read.v1', '{"ar": "half a tex'));
    await page.reload();
    await expect(page.getByTestId('kept-aside')).toContainText('“mizan.read.v1.backup”');
    await page.getByTestId('paste-en').fill('New text.');
    const stored = await page.evaluate(() => [localStorage.getItem('mizan.read.v1.backup'), localStorage.getItem('mizan.read.v1')]);
    expect(stored).toEqual(['{"ar": "half a tex', JSON.stringify({ ar: '', en: 'New text.' })]);
  });
});

test.describe('POST /api/annotate over HTTP', () => {
  test('answers spans with UTF-16 offsets', async ({ request }) => {
    const response = await request.post('/api/annotate', { data: { lang: 'ar', text: AR } });
    expect(response.status()).toBe(200);
    const { spans } = await response.json();
    expect(spans.map((s: { termId: string }) => s.termId)).toEqual(['misrata-brigades', 'presidential-council', 'tripoli', 'gna', 'presidential-council']);
    for (const s of spans) expect(AR.slice(s.start, s.end)).toBe(s.surface);
  });

  for (const method of ['GET', 'PUT', 'DELETE'] as const) {
    test(`${method} → 405 with a JSON error`, async ({ request }) => {
      const response = await request.fetch('/api/annotate', { method });
      expect(response.status()).toBe(405);
      expect(response.headers()['allow']).toBe('POST, OPTIONS');
      expect((await response.json()).error.code).toBe('method_not_allowed');
    });
  }

  test('invalid JSON → 400, a text over the limit → 413', async ({ request }) => {
    const bad = await request.post('/api/annotate', { data: Buffer.from('lang=ar'), headers: { 'content-type': 'application/json' } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_json');
    const big = await request.post('/api/annotate', { data: { lang: 'en', text: 'x'.repeat(100 * 1024 + 1) } });
    expect(big.status()).toBe(413);
  });
});
