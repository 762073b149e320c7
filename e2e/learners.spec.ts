import { expect, test } from '@playwright/test';
import { ARTICLE, LOCALES, card, clickSentence, column, hoverSentence, litSentences, pinnedSentences, sentence, tabStops, term, hydrated } from './selectors';

for (const locale of LOCALES) {
  test.describe(`counterpart sentences, ${locale} interface`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${locale}/articles/${ARTICLE}`);
      await expect(term(page, 'ar', 'gna').first()).toHaveAttribute('aria-haspopup', 'dialog');
    });

    test('hovering an Arabic sentence lights its English counterpart, and the other way round', async ({ page }) => {
      await hoverSentence(page, 'ar', '2.2');
      await expect(sentence(page, 'en', '2.2')).toHaveAttribute('data-lit', '');
      await expect(sentence(page, 'ar', '2.2')).toHaveAttribute('data-lit', '');
      await expect(litSentences(page)).toHaveCount(2);

      // Straight onto the counterpart: the pair stays lit.
      await hoverSentence(page, 'en', '2.2');
      await expect(sentence(page, 'ar', '2.2')).toHaveAttribute('data-lit', '');
      await expect(litSentences(page)).toHaveCount(2);

      await hoverSentence(page, 'en', '5.1');
      await expect(sentence(page, 'ar', '5.1')).toHaveAttribute('data-lit', '');
      await expect(sentence(page, 'ar', '2.2')).not.toHaveAttribute('data-lit');

      await page.mouse.move(2, 2);
      await expect(litSentences(page)).toHaveCount(0);
    });

    test('a click pins the pair, a second click unpins it; a term click does not pin', async ({ page }) => {
      await clickSentence(page, 'en', '3.1');
      await expect(pinnedSentences(page)).toHaveCount(2);
      await expect(sentence(page, 'ar', '3.1')).toHaveAttribute('aria-current', 'true');
      await page.mouse.move(2, 2);
      await expect(sentence(page, 'ar', '3.1')).toHaveAttribute('data-pinned', '');
      await clickSentence(page, 'ar', '3.1');
      await expect(pinnedSentences(page)).toHaveCount(0);
      await term(page, 'ar', 'gna').first().click();
      await expect(pinnedSentences(page)).toHaveCount(0);
    });

    test('keyboard: one tab stop per column, arrows move by sentence and across to the counterpart', async ({ page }) => {
      await expect(tabStops(page, 'ar')).toHaveCount(1);
      await expect(tabStops(page, 'en')).toHaveCount(1);
      const first = sentence(page, 'ar', '1.1');
      await expect(first).toHaveAttribute('tabindex', '0');
      // Tab from the column's heading reaches its first sentence.
      await column(page, 'ar').locator('.column-title .term').last().focus();
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await expect(sentence(page, 'en', '1.1')).toHaveAttribute('data-lit', '');

      await page.keyboard.press('ArrowDown');
      await expect(sentence(page, 'ar', '2.1')).toBeFocused();
      await page.keyboard.press('j');
      await expect(sentence(page, 'ar', '2.2')).toBeFocused();
      await page.keyboard.press('k');
      await expect(sentence(page, 'ar', '2.1')).toBeFocused();
      await expect(sentence(page, 'en', '2.1')).toHaveAttribute('data-lit', '');
      await expect(tabStops(page, 'ar')).toHaveCount(1);
      await expect(sentence(page, 'ar', '2.1')).toHaveAttribute('tabindex', '0');

      // Left and right follow the screen, not the reading direction. The interface language's column comes first
      // at the start side, so in both interfaces English is on the left (LTR page: first; RTL page: second).
      const arBox = (await column(page, 'ar').boundingBox())!;
      const enBox = (await column(page, 'en').boundingBox())!;
      expect(enBox.x).toBeLessThan(arBox.x);
      const towardsEnglish = 'ArrowLeft';
      const towardsArabic = 'ArrowRight';
      await page.keyboard.press(towardsArabic);
      await expect(sentence(page, 'ar', '2.1')).toBeFocused();
      await page.keyboard.press(towardsEnglish);
      await expect(sentence(page, 'en', '2.1')).toBeFocused();
      await page.keyboard.press(towardsArabic);
      await expect(sentence(page, 'ar', '2.1')).toBeFocused();

      await page.keyboard.press('Enter');
      await expect(pinnedSentences(page)).toHaveCount(2);
      await page.keyboard.press('Escape');
      await expect(pinnedSentences(page)).toHaveCount(0);
      await page.keyboard.press('End');
      await expect(column(page, 'ar').locator('.sent').last()).toBeFocused();
    });
  });
}

test.describe('word study in the card', () => {
  test('the clicked occurrence breaks down into its clitics, with root, pattern, literal sense and transliteration', async ({ page }) => {
    await page.goto(`/en/articles/${ARTICLE}`);
    await hydrated(page);
    const occurrence = term(page, 'ar', 'presidential-council').filter({ hasText: 'للمجلس الرئاسي' }).first();
    await expect(occurrence).toHaveText('للمجلس الرئاسي'); // one element, the word not split in the text
    await occurrence.click();
    const facts = card(page).locator('.term-card-facts');
    await expect(facts.locator('dd[lang="ar-Latn"]')).toHaveText('al-majlis al-riʾāsī');
    await expect(facts.getByText('ل + المجلس الرئاسي')).toHaveAttribute('lang', 'ar');
    await expect(facts).toContainText('ج ل س');
    await expect(facts).toContainText('noun · مَفْعِل');
    await expect(facts).toContainText('majlis: a place of sitting, hence a council');
  });

  test('a name has a transliteration but no root', async ({ page }) => {
    await page.goto(`/ar/articles/${ARTICLE}`);
    await hydrated(page);
    await term(page, 'ar', 'misrata').first().click();
    await expect(card(page).locator('dd[lang="ar-Latn"]')).toHaveText('Miṣrāta');
    await expect(card(page).getByText('الجذر')).toHaveCount(0);
  });
});
