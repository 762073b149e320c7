import { expect, type Page } from '@playwright/test';
import { ARTICLE, SAMPLE, pasteField, pasteResult, pasteSubmit } from './selectors';

export type SweepRoute = {
  /** After the locale prefix: '' is the home page. */
  path: string;
  /** The status the page answers with (200 unless said). */
  status?: number;
  /** The page shows highlighted terms (once `prepare` has run): the sweep also checks it with a card open. */
  cards?: boolean;
  /** Puts the page in the state worth checking, e.g. a pasted text on /read. */
  prepare?: (page: Page) => Promise<void>;
};

// Two sentences and their translation: /read shows two aligned units, with their controls (join, split…).
const PASTED = {
  ar: 'وتعمل قوات مصراته الداعمة للمجلس الرئاسي في طرابلس. ودعت لحكومة الوفاق الوطني وللمجلس الرئاسي بالنجاح.',
  en: 'Misrata forces back the Presidential Council in Tripoli. They wished the Government of National Accord and the Presidential Council success.',
};

/** Paste a pair on /read and wait for it to come back annotated and aligned. */
async function pasteAndAnnotate(page: Page) {
  await pasteField(page, 'ar').fill(PASTED.ar);
  await pasteField(page, 'en').fill(PASTED.en);
  await pasteSubmit(page).click();
  await expect(pasteResult(page).locator('[data-term]').first()).toBeVisible();
  await expect(pasteResult(page).locator('[data-join]').first()).toBeVisible();
}

/** A search typed into the URL: wait for its results. */
async function searchResults(page: Page) {
  await expect(page.locator('[data-search-results] [data-result]').first()).toBeVisible();
}

/**
 * Every route the accessibility sweep, the security-header test and the keyboard walkthrough visit, in each
 * locale. Add new pages here (one place).
 */
export const ROUTES: SweepRoute[] = [
  { path: '' },
  { path: `/articles/${ARTICLE}`, cards: true },
  { path: `/articles/${SAMPLE}`, cards: true },
  { path: '/glossary' },
  { path: '/glossary/gna' },
  { path: '/glossary/qa' },
  { path: '/glossary/candidates' },
  { path: '/glossary?q=accord', prepare: searchResults },
  { path: '/articles?q=referendum&lang=en' },
  { path: '/words' },
  { path: '/read', cards: true, prepare: pasteAndAnnotate },
  { path: '/no/such/page', status: 404 },
];
