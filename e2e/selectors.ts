import type { Page } from '@playwright/test';

// The one place the end-to-end tests name what they look for.
export const ARTICLE = 'misrata-foreign-intervention';
export const SAMPLE = 'macedonia-name-referendum';
export const LOCALES = ['ar', 'en'] as const;

export const column = (page: Page, lang: 'ar' | 'en') => page.locator(`[data-column="${lang}"]`);
export const term = (page: Page, lang: 'ar' | 'en', termId: string) => column(page, lang).locator(`[data-term="${termId}"]`);
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
