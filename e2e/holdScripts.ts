import type { Page } from '@playwright/test';

/** Holds the page's script chunks until the returned function is called: the page as painted before its code runs. */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const scripts = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
    await scripts;
    await route.continue();
  });
  return release;
}
