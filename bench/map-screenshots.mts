// Screenshots of the Misrata article's map for docs/ (run `npm run build` first): each interface language, in the
// light and the dark theme, with Tripoli lit as when a reader focuses it in the text. Writes docs/map-<locale>-<theme>.png.
import { chromium } from '@playwright/test';
import { startNext, stop } from './server.ts';

const PORT = Number(process.env.PORT ?? 4140);
const server = await startNext(PORT);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const locale of ['en', 'ar']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${PORT}/${locale}/articles/misrata-foreign-intervention`);
      await page.evaluate(() => document.fonts.ready);
      // Focus, not hover: taking the screenshot scrolls, and the pointer would end up over another place.
      await page.locator('[data-column] [data-term="tripoli"]').first().focus();
      await page.locator('.place-map [data-place="tripoli"][data-place-lit]').first().waitFor();
      await page.locator('.place-map').screenshot({ path: `docs/map-${locale}-${colorScheme}.png` });
      console.log(`docs/map-${locale}-${colorScheme}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await stop(server);
}
