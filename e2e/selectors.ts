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
export const anyTerm = (page: Page) => page.locator('main [data-term]');
export const pasteField = (page: Page, lang: 'ar' | 'en') => page.getByTestId(`paste-${lang}`);
export const pasteSubmit = (page: Page) => page.locator('.paste-form [type="submit"]');
export const pasteResult = (page: Page) => page.locator('.paste-result');
