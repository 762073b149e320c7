import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, card, clickSentence, column, listenButton, readerControls, term, hydrated } from './selectors';

type Spoken = { text: string; lang: string; voice?: string };

/** Replace the browser's speech synthesis by a recorder with these voices (headless Chromium has none). */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: Spoken[] = [];
    (window as unknown as { __spoken: Spoken[] }).__spoken = spoken;
    class Utterance {
      lang = '';
      voice: { name: string } | null = null;
      constructor(public text: string) {}
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => list.map((v) => ({ ...v, voiceURI: v.name, default: false, localService: true })),
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      cancel: () => {},
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

test('with Arabic and English voices: the card reads the word, the sentence control reads the pinned pair', async ({ page }) => {
  await stubSpeech(page, [
    { lang: 'en-GB', name: 'English' },
    { lang: 'ar-SA', name: 'Arabic' },
  ]);
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await term(page, 'ar', 'gna').first().click();
  await listenButton(card(page), 'ar').click();
  await expect.poll(() => spoken(page)).toEqual([{ text: 'لحكومة الوفاق الوطني', lang: 'ar-SA', voice: 'Arabic' }]);
  await page.keyboard.press('Escape');

  await clickSentence(page, 'en', '4.1');
  await listenButton(readerControls(page), 'ar').click();
  await listenButton(readerControls(page), 'en').click();
  const ar = (await column(page, 'ar').locator('.sent[data-sent="4.1"]').textContent())!;
  const en = (await column(page, 'en').locator('.sent[data-sent="4.1"]').textContent())!;
  await expect.poll(async () => (await spoken(page)).slice(1)).toEqual([
    { text: ar.trim(), lang: 'ar-SA', voice: 'Arabic' },
    { text: en.trim(), lang: 'en-GB', voice: 'English' },
  ]);
});

test('without an Arabic voice the Arabic buttons say so and stay silent; English still works', async ({ page }) => {
  await stubSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await term(page, 'ar', 'gna').first().click();
  const button = listenButton(card(page), 'ar');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription('No Arabic voice on this device');
  await button.click({ force: true }); // inactive, not disabled: it can be reached and pressed, and does nothing
  await page.keyboard.press('Escape');
  await term(page, 'en', 'gna').first().click();
  await listenButton(card(page), 'en').click();
  await expect.poll(() => spoken(page)).toEqual([{ text: 'Government of National Accord', lang: 'en-US', voice: 'English' }]);
});

test('a browser with no voices at all (headless Chromium) explains, in the interface language', async ({ page }) => {
  await page.goto(`/ar/articles/${ARTICLE}`);
  await hydrated(page);
  await expect(readerControls(page).getByTestId('no-voice-ar')).toHaveText('لا صوت عربي على هذا الجهاز');
  await expect(listenButton(readerControls(page), 'en')).toHaveAttribute('aria-disabled', 'true');
});
