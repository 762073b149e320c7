import { expect, test } from '@playwright/test';
import { ARTICLE, column, openSettings, readerView, sentence, setting, term, unitText } from './selectors';

const MARKS = /[\u064B-\u0652\u0670]/;
// A fully vowelled version of the article's sentence 2.1 (its first clause), pasted as a learner would.
const VOWELLED = 'وَأَشَارَتْ تَقَارِيرُ إِخْبَارِيَّةٌ أَمْسِ إِلَى سَيْطَرَةِ تَنْظِيمِ الدَّوْلَةِ الْإِسْلَامِيَّةِ عَلَى مَنْطِقَةِ أَبُو قُرَيْن.';
const BARE = 'وأشارت تقارير إخبارية أمس إلى سيطرة تنظيم الدولة الإسلامية على منطقة أبو قرين.';
const ENGLISH = 'News reports said yesterday that the Islamic State group had seized the Abu Qurayn area.';

test('the tashkeel toggle removes and restores every diacritic of a fully vowelled sentence; terms still match', async ({ page }) => {
  await page.goto('/en/read');
  await page.getByTestId('paste-ar').fill(VOWELLED);
  await page.getByTestId('paste-en').fill(ENGLISH);
  await page.getByRole('button', { name: 'Read and annotate' }).click();
  const ar = column(page, 'ar');
  // Matching ignores diacritics: both terms are found in the vowelled text.
  await expect(term(page, 'ar', 'isis')).toHaveText('تَنْظِيمِ الدَّوْلَةِ الْإِسْلَامِيَّةِ');
  await expect(term(page, 'ar', 'abu-qurayn')).toHaveText('أَبُو قُرَيْن');
  await expect(ar).toHaveText(VOWELLED);

  await openSettings(page);
  await setting(page, 'tashkeel').uncheck();
  await expect(ar).toHaveText(BARE);
  expect(await ar.textContent()).not.toMatch(MARKS);
  // The term elements are intact, and still open their cards.
  await expect(term(page, 'ar', 'isis')).toHaveText('تنظيم الدولة الإسلامية');
  await expect(term(page, 'ar', 'abu-qurayn')).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(page).toHaveURL(/tashkeel=hide/);

  await setting(page, 'tashkeel').check();
  await expect(ar).toHaveText(VOWELLED);
  await expect(term(page, 'ar', 'isis')).toHaveText('تَنْظِيمِ الدَّوْلَةِ الْإِسْلَامِيَّةِ');
  await expect(unitText(page, 'en', 1)).toHaveText(ENGLISH);
});

test('in an article, hidden tashkeel is remembered and the tanween come back when shown', async ({ page }) => {
  // The text changes only after hydration: React must not report a mismatch.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`/ar/articles/${ARTICLE}?tashkeel=hide`);
  await expect(term(page, 'ar', 'gna').first()).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(readerView(page)).toHaveAttribute('data-layout', 'side-by-side');
  await expect(sentence(page, 'ar', '2.1')).toContainText('بدأت قبل أسبوع تقريبا مع قوات');
  expect(await column(page, 'ar').textContent()).not.toMatch(MARKS);
  // The English text is never touched.
  await expect(sentence(page, 'en', '2.1')).toContainText('almost a week ago');

  await openSettings(page);
  await expect(setting(page, 'tashkeel')).not.toBeChecked();
  await setting(page, 'tashkeel').check();
  await expect(sentence(page, 'ar', '2.1')).toContainText('بدأت قبل أسبوع تقريبًا مع قوات');
  await expect(page).not.toHaveURL(/tashkeel/);
  expect(errors).toEqual([]);
});
