// A sweep over a fixed sample of the published NTREX articles (content/ntrex/documents.tsv), in both interface
// languages: every other site in alphabetical order, the site's first document in the table that has a glossary
// term (13 articles have none yet: upi.176266, the first upi one, is such; upi.176249 stands in for it). Each page must
// read side by side with the same aligned sentence ids in both columns as in its article.yaml, right lang/dir on
// every text, a working term card, its editorial notes, and the attribution the licence asks for, with the link.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import YAML from 'yaml';
import { card, column, hydrated, LOCALES } from './selectors';

const ROOT = path.join(__dirname, '..');
const rows = readFileSync(path.join(ROOT, 'content/ntrex/documents.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .slice(1)
  .map((l) => l.split('\t'))
  .filter((cells) => cells[4] !== 'keep');
const siteOf = (id: string) => id.replace(/\.\d+$/, '');
const SAMPLE_IDS = ['abcnews.306815', 'cbsnews.248384', 'cnn.304489', 'euronews-en.153835', 'guardian.221754', 'newsweek.51331', 'reuters.218888', 'scotsman.133765', 'upi.176249'];
const SAMPLE = SAMPLE_IDS.map((id) => rows.find(([row]) => row === id)!);

type ArticleYaml = { site: string; notes?: unknown[]; paragraphs: { sentences: unknown[] }[] };
const articleOf = (slug: string) => YAML.parse(readFileSync(path.join(ROOT, 'content/articles', slug, 'article.yaml'), 'utf8')) as ArticleYaml;
const idsOf = (a: ArticleYaml) => a.paragraphs.flatMap((p, pi) => p.sentences.map((_, si) => `${pi + 1}.${si + 1}`));

test('the sample spreads over the sites: every other one in alphabetical order', () => {
  const sites = [...new Set(rows.map(([id]) => siteOf(id)))].sort();
  expect(SAMPLE.every(Boolean)).toBe(true);
  expect(SAMPLE.map(([id]) => siteOf(id))).toEqual(sites.filter((_, i) => i % 2 === 0));
});

for (const [id, slug] of SAMPLE) {
  for (const locale of LOCALES) {
    test(`${id} (${slug}), ${locale} interface`, async ({ page }) => {
      const article = articleOf(slug);
      const response = await page.goto(`/${locale}/articles/${slug}`);
      expect(response?.status()).toBe(200);

      // Both columns, each with its language and direction, and the aligned sentence ids of the file in each.
      const ids = idsOf(article);
      for (const lang of ['ar', 'en'] as const) {
        await expect(column(page, lang)).toHaveAttribute('lang', lang);
        await expect(column(page, lang)).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expect(column(page, lang).locator('.column-title')).not.toBeEmpty();
        const onPage = await column(page, lang).locator('[data-sent]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sent')));
        expect(onPage).toEqual(ids);
      }

      // Every HTML element that names a language gives the direction that goes with it (SVG has no dir attribute).
      const mismatched = await page.locator('main [lang]').evaluateAll((els) =>
        els
          .filter((e) => e.namespaceURI === 'http://www.w3.org/1999/xhtml')
          .filter((e) => (e.getAttribute('lang') === 'ar' ? 'rtl' : 'ltr') !== e.getAttribute('dir'))
          .map((e) => e.outerHTML.slice(0, 120)),
      );
      expect(mismatched).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');

      // A term opens its card.
      await hydrated(page);
      const first = column(page, 'en').locator('[data-term]').first();
      const termId = await first.getAttribute('data-term');
      await first.hover();
      await expect(card(page)).toBeVisible();
      await expect(card(page)).toHaveAttribute('data-card', termId!);
      await page.mouse.move(5, 5);
      await expect(card(page)).toBeHidden();

      // The attribution the licence asks for, the original site, the translation note, and the licence link.
      const attribution = page.getByTestId('attribution');
      await expect(attribution).toBeVisible();
      await expect(attribution).toContainText('NTREX-128, Microsoft (Federmann, Kocmi, Xin 2022), CC BY-SA 4.0');
      await expect(attribution).toContainText(`(${article.site})`);
      await expect(attribution).toContainText(locale === 'en' ? "the Arabic is NTREX's professional translation" : 'والنص العربي ترجمة NTREX الاحترافية');
      const license = attribution.getByRole('link', { name: 'CC BY-SA 4.0' });
      await expect(license).toBeVisible();
      await expect(license).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');

      // Its editorial notes, if it has any, in the interface language.
      await expect(page.locator('.article-info [data-note]')).toHaveCount(article.notes?.length ?? 0);
    });
  }
}

test('an article with editorial notes shows them, each linking to its paragraph', async ({ page }) => {
  const slug = rows.find(([id]) => id === 'reuters.218909')![1];
  const notes = articleOf(slug).notes as { at: string }[];
  expect(notes.length).toBeGreaterThanOrEqual(2);
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/articles/${slug}`);
    const items = page.locator('.article-info [data-note]');
    await expect(items).toHaveCount(notes.length);
    await expect(items.first()).toContainText(locale === 'en' ? 'Louisiana State University' : 'جامعة ولاية لويزيانا');
    await expect(items.first().getByRole('link')).toHaveAttribute('href', `#p${notes[0].at.split('.')[0]}`);
  }
});
