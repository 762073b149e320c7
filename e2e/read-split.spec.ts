import { expect, test, type Page } from '@playwright/test';
import { joinButton, pasteField, pasteSubmit, splitButton, splitItem, unitRows, unitText } from './selectors';

// The split menu of /read offers the sentence boundaries the aligner itself paired, soft ones included (a
// quotation run into its attribution with no full stop: the aligner cuts there when that pairs better).
// NTREX-128, Microsoft (Federmann, Kocmi, Xin 2022), CC BY-SA 4.0, cbsnews.248394 lines 2–4 (the Arabic is
// NTREX's translation); in line 4 both texts run the quotation into "Pelosi said…" without a full stop.
const QUOTE = {
  ar: '"لم يسعني التفكير سوى أنه إذا وجدت امرأة ما تتصرف بهذا الطريقة، فيصفونها بالمجنونة"',
  en: '"I couldn\'t help but think that if a woman had ever performed that way, they would say \'hysterical,\'"',
};
const SAID = {
  ar: 'هذا ما صرحت به نانسي معلقةً على شهادة كافانو أمام اللجنة القضائية بمجلس الشيوخ يوم الخميس الماضي.',
  en: "Pelosi said about her reaction to Kavanaugh's testimony before the Senate Judiciary Committee on Thursday.",
};
const LINES = {
  ar: [
    'وصفت نانسي بيلوسي، زعيمة الأقلية بمجلس النواب، مرشح المحكمة العليا بريت كافانو بأنه " شخص مجنون " وغير لائق عقليًا للعمل بالمحكمة العليا.',
    'أدلت نانسي بتصريحاتها تلكالمقابلة التي أجريت معها يوم السبت الماضيبمهرجان تكساس تريبيون في أوستن، تكساس.',
    `${QUOTE.ar} ${SAID.ar}`,
  ],
  en: [
    'House Minority Leader Nancy Pelosi called Supreme Court nominee Brett Kavanaugh "hysterical" and said that he was temperamentally unfit to serve on the Supreme Court.',
    'Pelosi made the comments in an interview Saturday at the Texas Tribune Festival in Austin, Texas.',
    `${QUOTE.en} ${SAID.en}`,
  ],
};
const TEXTS = { ar: LINES.ar.join('\n\n'), en: LINES.en.join('\n\n') };
/** The aligner's pairing: lines 2 and 3 whole, line 4 as the quotation and its attribution. */
const ALIGNED: [string, string][] = [[LINES.ar[0], LINES.en[0]], [LINES.ar[1], LINES.en[1]], [QUOTE.ar, QUOTE.en], [SAID.ar, SAID.en]];

async function expectRows(page: Page, rows: [string, string][]) {
  await expect(unitRows(page)).toHaveCount(rows.length);
  for (const [i, [ar, en]] of rows.entries()) {
    await expect(unitText(page, 'ar', i + 1)).toHaveText(ar);
    await expect(unitText(page, 'en', i + 1)).toHaveText(en);
  }
}

async function paste(page: Page) {
  await pasteField(page, 'ar').fill(TEXTS.ar);
  await pasteField(page, 'en').fill(TEXTS.en);
  await pasteSubmit(page).click();
  await expectRows(page, ALIGNED);
}

for (const locale of ['ar', 'en'] as const) {
  test(`/${locale}/read: a pair joined across a soft boundary the aligner cut at splits there again`, async ({ page }) => {
    await page.goto(`/${locale}/read`);
    await paste(page);
    await joinButton(page, 3).click();
    await expectRows(page, [...ALIGNED.slice(0, 2), [LINES.ar[2], LINES.en[2]]]);
    // The menu offers the aligner's boundary inside line 4, on each side, named by the end of the quotation.
    await splitButton(page, 3).click();
    await expect(page.getByRole('menuitem')).toHaveCount(2);
    await expect(splitItem(page, 'ar:1')).toContainText('بالمجنونة"');
    await expect(splitItem(page, 'en:1')).toContainText('\'hysterical,\'"');
    await splitItem(page, locale === 'ar' ? 'ar:1' : 'en:1').click();
    await expectRows(page, ALIGNED);
  });
}

test('corrections kept from an earlier aligner that split where it has no boundary now are set aside, said so, and the aligner’s units shown', async ({ page }) => {
  await page.goto('/en/read');
  await expect(pasteField(page, 'ar')).toBeVisible();
  // Units that fit the texts (whole words, the text covered once) but split the Arabic of line 2 at a comma,
  // where the aligner sees no sentence boundary.
  const comma = TEXTS.ar.indexOf('،') + 1;
  const line3 = TEXTS.ar.indexOf(LINES.ar[2]);
  const enLine3 = TEXTS.en.indexOf(LINES.en[2]);
  const kept = JSON.stringify({
    ...TEXTS,
    units: [
      { ar: { start: 0, end: comma }, en: { start: 0, end: LINES.en[0].length }, score: 1 },
      { ar: { start: comma + 1, end: line3 - 2 }, en: { start: LINES.en[0].length + 2, end: enLine3 - 2 }, score: 1 },
      { ar: { start: line3, end: TEXTS.ar.length }, en: { start: enLine3, end: TEXTS.en.length }, score: 1 },
    ],
    corrections: 2,
  });
  await page.evaluate((value) => localStorage.setItem('mizan.read.v1', value), kept);
  await page.reload();
  await expectRows(page, ALIGNED);
  await expect(page.getByTestId('kept-aside')).toContainText('no longer fit this text');
  await expect(page.getByTestId('kept-aside')).toContainText('“mizan.read.v1.backup”');
  await expect(page.getByTestId('corrected')).toHaveCount(0);
  const stored = await page.evaluate(() => [localStorage.getItem('mizan.read.v1.backup'), localStorage.getItem('mizan.read.v1')]);
  expect(stored).toEqual([kept, JSON.stringify(TEXTS)]);
});
