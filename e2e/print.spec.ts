import { expect, test } from '@playwright/test';
import { ARTICLE, LOCALES, hydrated } from './selectors';
import { pdfText } from './pdfText';

// Arabic comes out of Chromium's PDF as shaped glyphs (presentation forms, visual order), so the Arabic column is
// counted by its letters; the English text is read as words.
const ARABIC_LETTERS = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;

for (const locale of LOCALES) {
  test(`/${locale}: printing an article gives both texts, no navigation or controls, and its glossary after the text`, async ({ page }) => {
    await page.goto(`/${locale}/articles/${ARTICLE}`);
    await hydrated(page);
    const text = (await pdfText(await page.pdf({ format: 'A4' }))).join('\n').replace(/\s+/g, ' ');

    expect(text).toContain('Will we see a foreign military intervention to save Misrata from ISIS?');
    expect(text).toContain('central coast.');
    expect(text.match(ARABIC_LETTERS)?.length ?? 0).toBeGreaterThan(3000);
    // The interface's words are not printed. The language switch reads "English" on the Arabic page; on the English
    // page the word may be content (a glossary explanation names "Johnny English"), so it is checked in Arabic only.
    for (const gone of ['Skip to content', 'Read your own text', 'View settings', 'Review mode', 'Listen'])
      if (locale === 'en') expect(text).not.toContain(gone);
    if (locale === 'ar') expect(text).not.toContain('English');

    // Every term used is listed with its transliteration after the text (the glossary's Latin, in both locales).
    const translits = await page.locator('[data-print-term] .print-glossary-translit').allTextContents();
    expect(translits.length).toBeGreaterThan(10);
    const end = text.indexOf('central coast.');
    for (const t of translits) expect(text.indexOf(t.replace(/\s+/g, ' '), end)).toBeGreaterThan(end);
    if (locale === 'en') expect(text.indexOf('Glossary of the terms in this text')).toBeGreaterThan(end);

    // Terms print underlined, not only as a background colour; nothing to click is printed.
    await page.emulateMedia({ media: 'print' });
    const term = page.locator('[data-column="ar"] [data-term]').first();
    await expect(term).toHaveCSS('text-decoration-line', 'underline');
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByTestId('reader-controls')).toBeHidden();
    const [ar, en] = [await page.locator('[data-column="ar"]').boundingBox(), await page.locator('[data-column="en"]').boundingBox()];
    expect(Math.abs(ar!.y - en!.y)).toBeLessThan(1); // side by side
    const glossary = (await page.locator('[data-print-glossary]').boundingBox())!;
    expect(glossary.y).toBeGreaterThanOrEqual(Math.max(ar!.y + ar!.height, en!.y + en!.height));
  });
}
