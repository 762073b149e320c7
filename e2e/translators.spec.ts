import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE, LOCALES, column, concordanceRows, exportLink, reviewCount, reviewPosition, reviewToggle, searchBox, searchResult, term } from './selectors';

test.describe('review mode', () => {
  test('on an article: statuses, icons and a summary; the choice survives a reload', async ({ page }) => {
    await page.goto(`/en/articles/${ARTICLE}`);
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await reviewToggle(page).click();
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'true');
    // Every highlighted term carries a status; our translation renders every term as the glossary says.
    const terms = page.locator('[data-column] [data-term]');
    const total = await terms.count();
    await expect(page.locator('[data-column] [data-term][data-status="ok"]')).toHaveCount(total);
    await expect(reviewCount(page, 'variant')).toHaveText('0');
    await expect(reviewCount(page, 'missing')).toHaveText('0');
    await expect(reviewPosition(page)).toContainText('No problems');
    // The status is an icon as well as a colour.
    const icon = await term(page, 'ar', 'gna').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(icon).toContain('✓');
    await page.reload();
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await reviewToggle(page).click();
    await expect(reviewToggle(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await term(page, 'ar', 'gna').first().evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });

  test('on a pasted translation: the reviewer steps through the problems, both columns lit, the term focused', async ({ page }) => {
    await page.goto('/en/read');
    await page.evaluate(() => localStorage.setItem('mizan.review.v1', 'on'));
    // One sentence a paragraph in both: the aligner pairs them one to one (left to itself it would rather join the
    // last two, to pair "UN" with الأمم المتحدة, which is a correct reading of this deliberately loose translation).
    await page.getByTestId('paste-ar').fill('أعلنت حكومة الوفاق الوطني حالة النفير.\n\nوطلب المجلس الرئاسي دعم الأمم المتحدة.\n\nورحبت مصراته بالقرار.');
    await page.getByTestId('paste-en').fill('The Government of National Reconciliation declared a state of alert.\n\nThe council asked for help.\n\nMisrata welcomed the UN decision.');
    await page.getByRole('button', { name: 'Read and annotate' }).click();
    await expect(reviewCount(page, 'variant')).toHaveText('2');
    await expect(reviewCount(page, 'missing')).toHaveText('3');
    await expect(reviewPosition(page)).toHaveText('5 problems to review');

    const next = page.locator('[data-review-next]');
    await next.click();
    await expect(reviewPosition(page)).toHaveText('Problem 1 of 5');
    // Units are numbered by row on /read: the first pair is "1".
    await expect(page.locator(':focus')).toHaveAttribute('data-occ', '1:ar:0');
    await expect(page.locator(':focus')).toHaveText('حكومة الوفاق الوطني');
    await expect(column(page, 'en').locator('[data-occ="1:en:0"]')).toHaveAttribute('data-current-issue', '');
    await expect(page.locator('[data-current-issue][data-sent="1"]')).toHaveCount(2);

    await next.click();
    await expect(page.locator(':focus')).toHaveText('حالة النفير');
    await next.click();
    await expect(reviewPosition(page)).toHaveText('Problem 3 of 5');
    await expect(page.locator(':focus')).toHaveText('المجلس الرئاسي');
    await expect(page.locator(':focus')).toHaveAttribute('data-status', 'missing');
    await next.click();
    await expect(page.locator(':focus')).toHaveText('الأمم المتحدة');
    await next.click();
    // The last problem is the reverse direction: "UN" in the English, no UN in the Arabic of pair 3.
    await expect(reviewPosition(page)).toHaveText('Problem 5 of 5');
    await expect(page.locator(':focus')).toHaveText('UN');
    await page.locator('[data-review-prev]').click();
    await expect(reviewPosition(page)).toHaveText('Problem 4 of 5');
    // The list jumps straight to a problem.
    await page.locator('.review-list summary').click();
    await page.locator('[data-review-issue="1"]').click();
    await expect(reviewPosition(page)).toHaveText('Problem 2 of 5');
    await expect(page.locator(':focus')).toHaveText('حالة النفير');
    await expect(page.locator(':focus')).toHaveAttribute('data-status', 'variant');
  });
});

test.describe('term page', () => {
  test('الوفاق: all seven occurrences with their English sentences, sortable and filterable', async ({ page }) => {
    await page.goto('/ar/glossary/gna');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('حكومة الوفاق الوطني');
    const wifaq = concordanceRows(page).filter({ has: page.locator('mark', { hasText: 'الوفاق' }) });
    await expect(wifaq).toHaveCount(9); // seven sentences; 1.1 and 15.1 name the GNA twice in English
    for (const unit of ['1.1', '2.1', '9.1', '10.1', '13.1', '15.1', '16.1']) {
      const row = wifaq.and(page.locator(`[data-concordance-row="${unit}"]`)).first();
      await expect(row.locator('td[lang="en"] mark')).toBeVisible();
      await expect(row).toHaveAttribute('data-status', 'ok');
    }
    await expect(concordanceRows(page).first().locator('td[lang="en"]')).toContainText("Libya's Government of National Accord");
    await expect(concordanceRows(page).first().getByRole('link')).toHaveAttribute('href', `/ar/articles/${ARTICLE}#p1`);
    await expect(page.locator('[data-rendering-counts="en"]')).toContainText('Government of National Accord');

    await page.locator('[data-concordance-sort]').selectOption('rendering');
    await expect(concordanceRows(page).first().locator('td[lang="en"] mark')).toHaveText('GNA');
    await expect(concordanceRows(page).last().locator('td[lang="en"] mark')).toHaveText('Sarraj government');
    await page.locator('[data-concordance-filter="ok"]').uncheck();
    await expect(concordanceRows(page)).toHaveCount(0);
    await expect(page.getByText('لا يُعرض أي صف من 12', { exact: true })).toBeVisible();
    await page.locator('[data-concordance-filter="ok"]').check();
    await expect(concordanceRows(page)).toHaveCount(12);
  });

  test('an unknown term is a 404', async ({ page }) => {
    const response = await page.goto('/en/glossary/no-such-term');
    expect(response?.status()).toBe(404);
  });
});

test.describe('glossary search', () => {
  for (const [q, locale] of [['بالوفاق', 'ar'], ['accord', 'en'], ['wifaq', 'en']] as const) {
    test(`"${q}" finds the GNA entry, and the query is in the URL`, async ({ page }) => {
      await page.goto(`/${locale}/glossary`);
      await searchBox(page).fill(q);
      await expect(searchResult(page, 'gna')).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(q)}`));
      await searchResult(page, 'gna').getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/gna$`));
    });
  }

  test('a shared search URL opens with its results, and the category filter narrows them', async ({ page }) => {
    await page.goto('/en/glossary?q=a&category=person');
    await expect(searchBox(page)).toHaveValue('a');
    await expect(searchResult(page, 'aguila-saleh')).toBeVisible();
    await expect(page.locator('#glossary-category')).toHaveValue('person');
    await page.locator('#glossary-category').selectOption('place');
    await expect(page).toHaveURL(/category=place/);
    await expect(searchResult(page, 'misrata')).toBeVisible();
    await expect(searchResult(page, 'aguila-saleh')).toHaveCount(0);
  });

  test('a query over the limit in the URL is cut to what the box holds, and searches instead of failing', async ({ page }) => {
    await page.goto(`/en/glossary?q=accord${'x'.repeat(294)}`);
    await expect(searchBox(page)).toHaveValue(`accord${'x'.repeat(194)}`);
    await expect(page.locator('.search-status')).toHaveText('No entry found');
    await searchBox(page).fill('a'.repeat(300));
    await expect(searchBox(page)).toHaveValue('a'.repeat(200));
    await expect(page.locator('.search-status')).toHaveText('No entry found');
  });

  test('an unknown category in the URL is ignored, not an error', async ({ page }) => {
    await page.goto('/en/glossary?q=accord&category=nope');
    await expect(searchResult(page, 'gna')).toBeVisible();
    await expect(page.locator('#glossary-category')).toHaveValue('');
    await expect(page.locator('.search-status')).not.toHaveText(/failed/);
  });

  test('the API answers bad parameters with a 400 and a message', async ({ request }) => {
    const tooLong = await request.get(`/api/glossary/search?q=${'x'.repeat(201)}`);
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error.code).toBe('query_too_long');
    const category = await request.get('/api/glossary/search?q=a&category=nope');
    expect(category.status()).toBe(400);
    const ok = await request.get(`/api/glossary/search?q=${encodeURIComponent('بالوفاق')}&locale=en`);
    expect((await ok.json()).results[0]).toMatchObject({ id: 'gna', href: '/en/glossary/gna' });
  });
});

test.describe('exports', () => {
  const FILES = [
    ['tbx-basic', 'mizan-glossary.tbx', 'application/xml', '<tbx '],
    ['tbx-martif', 'mizan-glossary-martif.tbx', 'application/xml', '<martif '],
    ['omegat-ar-en', 'mizan-glossary-ar-en.utf8', 'text/plain', 'حكومة الوفاق الوطني\tGovernment of National Accord\t'],
    ['omegat-en-ar', 'mizan-glossary-en-ar.utf8', 'text/plain', 'Government of National Accord\tحكومة الوفاق الوطني\t'],
    ['csv', 'mizan-glossary.csv', 'text/csv', 'gna,institution,ḥukūmat al-wifāq al-waṭanī,حكومة الوفاق الوطني'],
    ['qa-csv', 'mizan-term-qa.csv', 'text/csv', 'لحكومة الوفاق الوطني'],
  ] as const;
  for (const [format, filename, type, content] of FILES) {
    test(`${format} downloads from the glossary page as ${filename}, Arabic intact`, async ({ page, request }) => {
      await page.goto('/en/glossary');
      const [download] = await Promise.all([page.waitForEvent('download'), exportLink(page, format).click()]);
      expect(download.suggestedFilename()).toBe(filename);
      const path = await download.path();
      const body = (await import('node:fs')).readFileSync(path, 'utf8');
      expect(body).toContain(content);
      const response = await request.get(`/api/glossary/export/${format}`);
      expect(response.headers()['content-type']).toContain(type);
      expect(response.headers()['content-type']).toContain('charset=utf-8');
    });
  }

  test('an unknown export is a JSON 404', async ({ request }) => {
    const response = await request.get('/api/glossary/export/docx');
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('unknown_format');
  });
});

test.describe('accessibility of the translator views', () => {
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  for (const locale of LOCALES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${locale}, ${scheme}: axe finds nothing on review mode with a problem lit, the term page and search results`, async ({ page }) => {
        test.slow(); // three full axe runs
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${locale}/read`);
        await page.evaluate(() => localStorage.setItem('mizan.review.v1', 'on'));
        await page.getByTestId('paste-ar').fill('أعلنت حكومة الوفاق الوطني حالة النفير.');
        await page.getByTestId('paste-en').fill('The Government of National Reconciliation declared a state of alert.');
        await page.locator('.paste-actions button[type="submit"]').click();
        await page.locator('[data-review-next]').click();
        await expect(page.locator('[data-current-issue]').first()).toBeVisible();
        expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

        await page.goto(`/${locale}/glossary/gna`);
        await expect(concordanceRows(page).first()).toBeVisible();
        expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

        await page.goto(`/${locale}/glossary?q=gna`);
        await expect(searchResult(page, 'gna')).toBeVisible();
        expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
      });
    }
  }
});
