import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { ARTICLE, LOCALES, card, column, hydrated, term } from './selectors';

// The place entries of the glossary, read from the content file the site is built from.
const glossary = YAML.parse(readFileSync('content/glossary.yaml', 'utf8')) as { terms: { id: string; category: string; place?: { kind: string } }[] };
const PLACES = glossary.terms.filter((t) => t.category === 'place');

const map = (page: Page) => page.locator('.place-map');
const onMap = (page: Page, id: string) => map(page).locator(`[data-place="${id}"]`);
const marker = (page: Page, id: string) => map(page).locator(`svg a.pm-marker[data-place="${id}"]`);

test('every place term of the Misrata article is on its map: a marker, a shaded country or an entry beside it', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await expect(map(page).locator('svg')).toBeVisible();
  let named = 0;
  for (const place of PLACES) {
    if ((await page.locator(`[data-column] [data-term="${place.id}"]`).count()) === 0) continue;
    named++;
    // Each is a link to the term's entry carrying the term, so a card can open from it.
    await expect(onMap(page, place.id).first(), place.id).toHaveAttribute('href', `/en/glossary/${place.id}`);
    await expect(onMap(page, place.id).first()).toHaveAttribute('data-term', place.id);
    if (place.place?.kind === 'city' && place.id !== 'skhirat') await expect(marker(page, place.id), place.id).toHaveCount(1);
  }
  expect(named).toBeGreaterThan(12);
  // Far places are listed, not drawn: the map stays on Libya.
  await expect(map(page).locator('.pm-far [data-place="united-states"]')).toBeVisible();
  await expect(map(page).locator('svg [data-place="united-states"]')).toHaveCount(0);
  await expect(map(page).locator('svg a.pm-country[data-place="libya"]')).toHaveCount(1);
});

test('the text alternative says how far and which way each place is, in both languages', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  // The SVG is described by the list of distances, which a disclosure beside the map shows.
  await expect(map(page).locator('svg')).toHaveAccessibleDescription(/Tripoli: about 190 km west-north-west of Misrata/);
  await map(page).getByText('Distances from Misrata').click();
  await expect(map(page).getByText('Tripoli: about 190 km west-north-west of Misrata')).toBeVisible();
  await expect(map(page).getByText('Sirte: about 190 km south-east of Misrata')).toBeVisible();
  // Markers are named by the same sentence.
  await expect(marker(page, 'abu-qurayn')).toHaveAccessibleName(/^Abu Qurayn: about 1\d0 km south of Misrata$/);
  await page.goto(`/ar/articles/${ARTICLE}`);
  await expect(marker(page, 'tripoli')).toHaveAccessibleName(/^طرابلس: على بُعد نحو .+ كم إلى الغرب الشمالي الغربي من مصراته$/);
  await expect(map(page).locator('svg title')).toHaveText('خريطة الأماكن الواردة في المقال');
});

test('hovering a term lights its marker; focusing a marker lights its terms in both columns', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await term(page, 'en', 'sirte').first().hover();
  await expect(marker(page, 'sirte')).toHaveAttribute('data-place-lit', '');
  await expect(marker(page, 'tripoli')).not.toHaveAttribute('data-place-lit', '');
  await term(page, 'ar', 'tripoli').first().hover();
  await expect(marker(page, 'tripoli')).toHaveAttribute('data-place-lit', '');
  await expect(marker(page, 'sirte')).not.toHaveAttribute('data-place-lit', '');

  await page.mouse.move(0, 0);
  await marker(page, 'abu-qurayn').focus();
  for (const lang of ['ar', 'en'] as const) {
    const occurrences = term(page, lang, 'abu-qurayn');
    expect(await occurrences.count()).toBeGreaterThan(0);
    for (const o of await occurrences.all()) await expect(o).toHaveAttribute('data-place-lit', '');
  }
  await expect(column(page, 'en').locator('[data-place-lit]:not([data-term="abu-qurayn"])')).toHaveCount(0);
});

test('on a narrow screen the map is collapsed behind "Map" and reflows at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/en/articles/${ARTICLE}`);
  const details = page.locator('details#place-map');
  await expect(details).not.toHaveAttribute('open');
  await map(page).getByText('Map', { exact: true }).click();
  await expect(details).toHaveAttribute('open');
  await expect(map(page).locator('svg')).toBeVisible();
  const box = (await map(page).locator('svg').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("a place's term page shows where it is in its country", async ({ page }) => {
  await page.goto('/en/glossary/misrata');
  await expect(page.locator('.locator-map svg')).toHaveAccessibleName('Where Misrata is: Misrata, in Libya');
  await expect(page.locator('.locator-map .pm-marker circle')).toHaveCount(1);
  await page.goto('/ar/glossary/libya');
  await expect(page.locator('.locator-map figcaption')).toHaveText('ليبيا');
  await expect(page.locator('.locator-map .pm-country use')).toHaveCount(1);
});

/**
 * The outlines are `<use>`s of the sprite the site serves: each points at a country the sprite has, the sprite
 * comes as a cacheable SVG, and the browser draws every outline (a `<use>` of a missing sprite or id has no box).
 */
async function expectOutlinesDrawn(page: Page, svg: string) {
  const uses = page.locator(`${svg} use`);
  const hrefs = await uses.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const files = new Map<string, string[]>();
  for (const href of hrefs) {
    const [file, id] = href.split('#');
    expect(href).toMatch(/^\/map\/outlines-(50m|110m)-[0-9a-f]{12}\.svg#c\d+$/);
    files.set(file, [...(files.get(file) ?? []), id]);
  }
  for (const [file, ids] of files) {
    const response = await page.request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const sprite = await response.text();
    for (const id of ids) expect(sprite, `${file}#${id}`).toContain(`<path id="${id}" d="`);
  }
  await expect.poll(() => uses.evaluateAll((els) => els.filter((el) => (el as SVGGraphicsElement).getBBox().width === 0).length)).toBe(0);
}

test('the outlines are drawn from the sprite, in the article map and the locator map', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await expectOutlinesDrawn(page, '.place-map svg');
  await expect(map(page).locator('svg a.pm-country[data-place="libya"] use')).toHaveCount(1);
  // An outline the sprite does not have is not drawn: the check above would see it.
  const missing = await page.evaluate(async () => {
    const use = document.querySelector('.place-map svg .pm-land use')!.cloneNode() as SVGUseElement;
    use.setAttribute('href', use.getAttribute('href')!.replace(/#c\d+$/, '#c999'));
    document.querySelector('.place-map svg .pm-land')!.append(use);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return use.getBBox().width;
  });
  expect(missing).toBe(0);
  await page.goto('/en/glossary/united-states');
  await expectOutlinesDrawn(page, '.locator-map svg');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of LOCALES) {
    test(`axe: the open map, /${locale}, ${colorScheme}`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/articles/${ARTICLE}`);
      await expect(page.locator('details#place-map')).toHaveAttribute('open');
      await hydrated(page);
      await marker(page, 'misrata').focus();
      await expect(marker(page, 'misrata')).toHaveAttribute('data-place-lit', '');
      const { violations } = await new AxeBuilder({ page }).include('.place-map').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map shows and its markers are links to the glossary entries', async ({ page }) => {
    await page.goto(`/ar/articles/${ARTICLE}`);
    await expect(map(page).locator('svg')).toBeVisible();
    await expect(marker(page, 'sirte')).toHaveAttribute('href', '/ar/glossary/sirte');
    await marker(page, 'sirte').click();
    await expect(page).toHaveURL(/\/ar\/glossary\/sirte$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('سرت');
  });
});

test('a marker opens the card by keyboard; Escape closes it', async ({ page }) => {
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await marker(page, 'sirte').focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('Sirte');
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${ARTICLE}$`));
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });
  test('a marker opens the card by tap', async ({ page }) => {
    await page.goto(`/ar/articles/${ARTICLE}`);
    await hydrated(page);
    await marker(page, 'tripoli').tap();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText('طرابلس');
    await expect(page).toHaveURL(new RegExp(`/ar/articles/${ARTICLE}$`));
  });
});
