import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Lang } from '../lib/i18n/locales';

// The one place the end-to-end tests name what they look for.
export const ARTICLE = 'misrata-foreign-intervention';
export const SAMPLE = 'macedonia-name-referendum';
export const LOCALES = ['ar', 'en'] as const;

// The article index (lib/library/listing.ts PAGE_SIZE).
export const PAGE_SIZE = 20;
export const libraryItems = (page: Page) => page.locator('[data-library] [data-article]');
export const libraryCount = (page: Page) => page.locator('[data-library-count]');
export const librarySearch = (page: Page) => page.locator('#library-q');

export const column = (page: Page, lang: Lang) => page.locator(`[data-column="${lang}"]`);
export const term = (page: Page, lang: Lang, termId: string) => column(page, lang).locator(`[data-term="${termId}"]`);
export const card = (page: Page) => page.locator('[role="dialog"] .term-card');
export const glossaryEntries = (page: Page) => page.locator('[data-entry]');
export const languageSwitch = (page: Page) => page.getByTestId('language-switch');

// Translators: review mode, term pages, search, exports.
export const reviewToggle = (page: Page) => page.locator('[data-review-toggle]');
export const reviewPosition = (page: Page) => page.locator('[data-review-position]');
export const reviewCount = (page: Page, status: 'ok' | 'variant' | 'missing') => page.locator(`[data-review-summary] [data-count="${status}"] .count`);
export const concordanceRows = (page: Page) => page.locator('[data-concordance-row]');
export const searchBox = (page: Page) => page.locator('#glossary-q');
export const searchResult = (page: Page, termId: string) => page.locator(`[data-search-results] [data-result="${termId}"]`);
export const exportLink = (page: Page, format: string) => page.locator(`[data-export="${format}"]`);

// Language learners: counterpart sentences, view settings, saved words, listening.
export const LAYOUTS = ['side-by-side', 'interleaved', 'ar-only', 'en-only'] as const;
export const WORDS_KEY = 'mizan.words';
export const WORDS_BACKUP_KEY = 'mizan.words.backup';
export const SETTINGS_KEY = 'mizan.reader.v1';
export const readerView = (page: Page) => page.locator('#reader-view');
export const sentence = (page: Page, lang: Lang, id: string) => column(page, lang).locator(`.sent[data-sent="${id}"]`);
export const litSentences = (page: Page) => page.locator('[data-column] .sent[data-lit]');
export const pinnedSentences = (page: Page) => page.locator('[data-column] .sent[data-pinned]');
export const tabStops = (page: Page, lang: Lang) => column(page, lang).locator('.sent[tabindex="0"]');
export const readerControls = (page: Page) => page.getByTestId('reader-controls');
export const layoutRadio = (page: Page, layout: string) => readerControls(page).locator(`input[name="layout"][value="${layout}"]`);
export const setting = (page: Page, key: Lang | 'spacing' | 'tashkeel') => readerControls(page).locator(`[data-setting="${key}"]`);
export const saveButton = (page: Page) => card(page).locator('[data-save]');
export const listenButton = (scope: Page | ReturnType<Page['locator']>, lang: Lang) => scope.locator(`[data-listen="${lang}"]`);
export const savedWord = (page: Page, termId: string) => page.locator(`[data-word="${termId}"]`);
export const wordsCount = (page: Page) => page.getByTestId('words-count');
export const recoveryNotice = (page: Page) => page.getByTestId('recovery-notice');

/** Open the reader's view settings (a disclosure, closed by default). */
export async function openSettings(page: Page) {
  const summary = readerControls(page).locator('summary');
  if ((await readerControls(page).locator('details').getAttribute('open')) === null) await summary.click();
}

/**
 * A point on a sentence's own text, outside any term: the middle of its first plain letter. (An inline sentence's
 * bounding box also covers its neighbours, and the middle of a line may fall on a term.)
 */
export async function firstLineCentre(page: Page, lang: Lang, id: string) {
  const s = sentence(page, lang, id);
  await s.scrollIntoViewIfNeeded();
  return s.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('.term')) continue;
      const at = n.textContent!.search(/\S/);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error('no plain text in this sentence');
  });
}

export async function hoverSentence(page: Page, lang: Lang, id: string) {
  const { x, y } = await firstLineCentre(page, lang, id);
  await page.mouse.move(x, y);
}

export async function clickSentence(page: Page, lang: Lang, id: string) {
  const { x, y } = await firstLineCentre(page, lang, id);
  await page.mouse.click(x, y);
}

/** Terms open cards once the card's code has loaded (after first paint): clicking one before that follows its link. */
export async function hydrated(page: Page) {
  await expect(page.locator('[data-column] .term').first()).toHaveAttribute('aria-haspopup', 'dialog');
}

/** On the article in `locale`, open the card of a term of column `lang` by a click or a tap, once cards work. */
export async function openCardOnArticle(page: Page, locale: Lang, lang: Lang, termId: string, how: 'click' | 'tap' = 'click') {
  await page.goto(`/${locale}/articles/${ARTICLE}`);
  const target = term(page, lang, termId).first();
  await expect(target).toHaveAttribute('aria-haspopup', 'dialog');
  await target[how]();
  await expect(card(page)).toBeVisible();
}
export const anyTerm = (page: Page) => page.locator('main [data-column] [data-term]');
export const pasteField = (page: Page, lang: Lang) => page.getByTestId(`paste-${lang}`);
export const pasteSubmit = (page: Page) => page.locator('.paste-form [type="submit"]');
export const pasteResult = (page: Page) => page.locator('.paste-result');

// /read's aligned units: a row per unit (data-unit, 1-based), its controls in the interface language's cell.
export const unitRows = (page: Page) => column(page, 'ar').locator('[data-unit]');
export const unitText = (page: Page, lang: Lang, n: number) => column(page, lang).locator(`[data-unit="${n}"] .unit-text`);
export const unitNone = (page: Page, lang: Lang, n: number) => column(page, lang).locator(`[data-unit="${n}"] [data-none="${lang}"]`);
export const unitLabel = (page: Page, n: number) => page.locator(`[data-unit-tools="${n}"] .unit-label`);
export const unitCheck = (page: Page) => page.locator('[data-unit-tools] [data-check]');
export const joinButton = (page: Page, n: number) => page.locator(`[data-join="${n}"]`);
export const splitButton = (page: Page, n: number) => page.locator(`[data-split="${n}"]`);
/** An item of a split menu: `ar:1` splits after the unit's first Arabic sentence. */
export const splitItem = (page: Page, at: string) => page.locator(`[role="menuitem"][data-split-at="${at}"]`);
