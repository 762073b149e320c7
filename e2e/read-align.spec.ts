import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Lang } from '../lib/i18n/locales';
import {
  column,
  joinButton,
  pasteField,
  pasteSubmit,
  splitButton,
  splitItem,
  unitCheck,
  unitLabel,
  unitNone,
  unitRows,
  unitText,
} from './selectors';

// A real translation: NTREX-128, Microsoft (Federmann, Kocmi, Xin 2022), CC BY-SA 4.0, newsweek.51328 lines 2–7
// (the Arabic is NTREX's translation). The files are line-parallel, so line k of one is the counterpart of line k
// of the other: that is the correct pairing, whatever the sentence counts (line 7 is two Arabic sentences, one
// English). Pasted as paragraphs, with the English of line 4 left out, as an editor's copy might lose it: its
// Arabic then has no counterpart.
const AR_LINES = [
  'نظرًا لدعم العديد من كبار أعضاء الحزب الجمهوريودفاعهم عن مرشح المحكمة العليا بريت كافانو في مواجهة العديد من ادعاءات الاعتداء الجنسي، حذّر المحلّل من أنهم سيشهدون رد فعل عنيفًا، لا سيما من النساء، خلال الانتخابات النصفية القادمة.',
  'كانت الانفعالات المحيطة بهذا الشأنحادة للغاية، وقد أكّد معظم أعضاء الحزب الجمهوري بالفعل رغبتهم في المضي قدمًا في التصويت.',
  'أخبر جرانت ريهر، أستاذ العلوم السياسية في كلية ماكسويل بجامعة سيراكيوز لصحيفة "ذا هيل" في مقال نُشر يوم السبت: "لا يمكن أن نلغي حدوثمثل هذه الأشياء".',
  'عبّر ريهر عن شكّه في أن تحفيزعضو مجلس الشيوخ جيف فليك عن ولاية أريزونا، مكتب التحقيقات الفيدرالي لإجراء تحقيق في الدقيقة الأخيرة سيكون كافيًا لإرضاء الناخبين الغاضبين.',
  '"لن تنسى النساء ما حدث بالأمس - لن ينسين ذلك غدًا أو في نوفمبر"، وفقًا لما ذكرته صحيفة واشنطن بوستاقتباسًا عن كارين جان بيير، وهي مستشارة أقدم والمتحدثة الوطنية باسم المجموعةالتقدمية MoveOnيوم الجمعة.',
  'صباح يوم الجمعة، هتف المتظاهرون "نوفمبر قادم!" كما تظاهروا في مدخل مبنى مجلس الشيوخ حيث اختار أعضاء الحزب الجمهوري الذين يسيطرون على اللجنة القضائية المضي قدمًا بترشيح كافانو رغم شهادة الأستاذة كريستين بلاسي فورد، وفقًا لنشرة Mic الإخبارية',
];
const EN_LINES = [
  'As many top Republicans stand-by and defend Supreme Court nominee Brett Kavanaugh in the face of several allegations of sexual assault, analyst have warned they will see a backlash, particularly from women, during the upcoming midterm elections.',
  'The emotions surrounding this have been extremely high, and most Republicans are on record already showing they wanted to go forward with a vote.',
  'Those things can\'t be walked back," Grant Reeher, a professor of political science at Syracuse University\'s Maxwell School told The Hill for an article published Saturday.',
  "Reeher said he doubts Senator Jeff Flake's (R-Arizona) last-minute push for an FBI investigation will be enough to placate angry voters.",
  '"Women are not going to forget what happened yesterday - they are not going to forget it tomorrow and not in November," Karine Jean-Pierre, a senior adviser and national spokeswoman for the progressive group MoveOn said on Friday, according to the Washington, D.C. newspaper.',
  'On Friday morning, protestors chanted "November is coming!" as they demonstrated in the hallway of the Senate as the Republicans controlling the Judiciary Committee chose to move forward with Kavanaugh\'s nomination despite the testimony of Dr. Christine Blasey Ford, Mic reported.',
];
const DROPPED = 2; // line 4
const AR = AR_LINES.join('\n\n');
const EN = EN_LINES.filter((_, i) => i !== DROPPED).join('\n\n');

/** The correct pairing, from the source lines: each Arabic line with its English line, line 4 with nothing. */
const GOLD: [string, string | null][] = AR_LINES.map((ar, i) => [ar, i === DROPPED ? null : EN_LINES[i]]);

// Two Arabic sentences that say nearly the same thing, one English: cbsnews.248394 lines 6–9 of the same corpus
// as one paragraph each side, the English of line 8 left out. Which Arabic sentence has no English is a guess
// ("she believes his testimony showed he is unfit" and "I think he disqualifies himself"), and the aligner says so.
const UNSURE_AR = [
  'بجانب إدانته الصريحة للحزب الديموقراطي ونشاطه داخل اللجنة، واصفًا تلك المزاعم المقصودة بأنها "تدمير واغتيال بشع ومنظم للشخصيات" يقف وراءه الليبراليون الغاضبون نتيجة خسارة هيلاري كلينتون بدورة الانتخابات الرئاسية عام 2016.',
  'تعتقد نانسي أن شهادة كافانو أثبتت أنه غير مؤهل للعمل في المحكمة العليا،نظرًا لتحيزه ضد الحزب الديموقراطي.',
  'وصرحت قائلة: "أعتقد أنه يجرد نفسه من أهليتها للعمل بسبب تصريحاتها والطريقة التي هاجم بها هيلاري كلينتون والحزب الديموقراطي.',
  'اعترضت بيلوسي عندما سُئلت بشأن محاولتهالعزل كافانو إذا تمإثبات التهم عليه، وما إذا كان الحزب الديمقراطي قد حاز على أغلبية المقاعدبمجلس النواب.',
];
const UNSURE_EN = [
  'He also explicitly condemned Democrats on the committee, calling the allegations against him a "grotesque and coordinated character assassination" organized by liberals angry that Hillary Clinton lost the 2016 presidential election.',
  "Pelosi said that she believed Kavanaugh's testimony proved that he could not serve on the Supreme Court, because it showed that he is biased against Democrats.",
  'Pelosi demurred when asked if she would try to impeach Kavanaugh if he is confirmed, and if Democrats gain the majority in the House of Representatives.',
];
const UNSURE = { ar: UNSURE_AR.join(' '), en: UNSURE_EN.join(' ') };

const WORDS = {
  ar: { submit: 'اقرأ وميّز المصطلحات', noEnglish: 'لا جملة إنجليزية تقابل هذه الجملة.', check: 'راجع هذا الزوج', undo: 'تراجع عن كل التصحيحات' },
  en: { submit: 'Read and annotate', noEnglish: 'No English sentence matches this one.', check: 'Check this pair', undo: 'Undo all corrections' },
};

/** The rows shown are these pairs, in order (an empty English side says so in words). */
async function expectRows(page: Page, locale: Lang, rows: [string, string | null][]) {
  await expect(unitRows(page)).toHaveCount(rows.length);
  for (const [i, [ar, en]] of rows.entries()) {
    await expect(unitText(page, 'ar', i + 1)).toHaveText(ar);
    if (en === null) await expect(unitNone(page, 'en', i + 1)).toHaveText(WORDS[locale].noEnglish);
    else await expect(unitText(page, 'en', i + 1)).toHaveText(en);
  }
}

async function pasteAndAlign(page: Page, texts = { ar: AR, en: EN }) {
  await pasteField(page, 'ar').fill(texts.ar);
  await pasteField(page, 'en').fill(texts.en);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/align'));
  await pasteSubmit(page).click();
  return (await (await answer).json()) as { units: { score: number }[] };
}

test.use({ hasTouch: true });

for (const locale of ['ar', 'en'] as const) {
  test(`/${locale}/read: a pair whose sentence counts differ is shown as aligned units, corrected by keyboard and touch, kept over a reload`, async ({ page }) => {
    test.slow();
    await page.goto(`/${locale}/read`);
    const { units } = await pasteAndAlign(page);
    await expectRows(page, locale, GOLD);
    // The one-sided unit is said in words, in the interface language, and counted in the announced summary.
    await expect(unitNone(page, 'en', DROPPED + 1)).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('align-summary')).toContainText(locale === 'en' ? '6 pairs' : '6 أزواج');
    await expect(page.getByTestId('align-summary')).toContainText(locale === 'en' ? '1 one-sided' : 'بلا مقابل: 1');
    // Only the units the aligner scored under 0.5 (if any, here) say "Check this pair".
    await expect(unitCheck(page)).toHaveCount(units.filter((u) => u.score < 0.5).length);
    // Each cell carries its language and direction.
    await expect(column(page, 'ar')).toHaveAttribute('dir', 'rtl');
    await expect(column(page, 'en')).toHaveAttribute('lang', 'en');

    // Join pair 1 with pair 2, then with the one-sided line 4: one by keyboard, one by a tap (or the other way
    // round in the other locale). Focus stays on the row changed.
    const joinByKey = async () => {
      await joinButton(page, 1).focus();
      await page.keyboard.press('Enter');
    };
    const joinByTap = () => joinButton(page, 1).tap();
    await (locale === 'ar' ? joinByKey() : joinByTap());
    await expect(unitLabel(page, 1)).toBeFocused();
    await expectRows(page, locale, [[`${AR_LINES[0]} ${AR_LINES[1]}`, `${EN_LINES[0]} ${EN_LINES[1]}`], ...GOLD.slice(2)]);
    await (locale === 'ar' ? joinByTap() : joinByKey());
    const joined: [string, string | null][] = [[AR_LINES.slice(0, 3).join(' '), `${EN_LINES[0]} ${EN_LINES[1]}`], ...GOLD.slice(3)];
    await expectRows(page, locale, joined);

    // Split it after its first Arabic sentence: the English is cut at its boundary nearest in proportion (line 2's
    // Arabic is 45% of the unit's Arabic; line 2's English ends at 62% of its English, nearer than 0% or 100%).
    if (locale === 'ar') {
      await splitButton(page, 1).tap();
      await splitItem(page, 'ar:1').tap();
    } else {
      await splitButton(page, 1).focus();
      await page.keyboard.press('Enter');
      await expect(splitItem(page, 'ar:1')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    const corrected: [string, string | null][] = [GOLD[0], [`${AR_LINES[1]} ${AR_LINES[2]}`, EN_LINES[1]], ...GOLD.slice(3)];
    await expectRows(page, locale, corrected);
    await expect(unitLabel(page, 1)).toBeFocused();
    await expect(page.getByTestId('corrected')).toContainText(locale === 'en' ? '3 corrections' : '3 تصحيحات');

    // Kept with the text: a reload shows the corrected units, not the aligner's.
    await page.reload();
    await expectRows(page, locale, corrected);
    await expect(page.getByTestId('corrected')).toBeVisible();

    // Undo all: back to the aligner's units, also after a reload.
    await page.getByRole('button', { name: WORDS[locale].undo }).click();
    await expectRows(page, locale, GOLD);
    await expect(page.getByTestId('undo-all')).toHaveCount(0);
    await page.reload();
    await expectRows(page, locale, GOLD);
    await expect(page.getByTestId('corrected')).toHaveCount(0);
  });

  test(`/${locale}/read: the units the aligner is unsure of are marked in words, the others not`, async ({ page }) => {
    await page.goto(`/${locale}/read`);
    const { units } = await pasteAndAlign(page, UNSURE);
    // The rows are the aligner's units, whichever guess it made.
    await expect(unitRows(page)).toHaveCount(units.length);
    const low = units.flatMap((u, i) => (u.score < 0.5 ? [i + 1] : []));
    expect(low.length).toBeGreaterThan(0);
    await expect(unitCheck(page)).toHaveCount(low.length);
    for (const n of low) {
      await expect(page.locator(`[data-unit-tools="${n}"] [data-check]`)).toContainText(WORDS[locale].check);
      await expect(column(page, 'ar').locator(`[data-unit="${n}"]`)).toHaveAttribute('data-low', 'true');
    }
  });

  test(`/${locale}/read: axe finds nothing with the units shown and with a split menu open`, async ({ page }) => {
    test.slow();
    await page.goto(`/${locale}/read`);
    await pasteAndAlign(page);
    await expect(unitRows(page)).toHaveCount(GOLD.length);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const whole = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await joinButton(page, 1).click();
    await splitButton(page, 1).click();
    await expect(splitItem(page, 'ar:1')).toBeVisible();
    const menu = await new AxeBuilder({ page }).withTags(tags).include('[role="menu"]').analyze();
    expect(menu.violations.map((v) => v.id)).toEqual([]);
  });
}

test('editing a text drops its corrections: they are never applied to another text', async ({ page }) => {
  await page.goto('/en/read');
  await pasteAndAlign(page);
  await joinButton(page, 1).click();
  await expect(unitRows(page)).toHaveCount(GOLD.length - 1);
  await expect(page.getByTestId('corrected')).toBeVisible();
  // One word changed in the English: the stored corrections go with the old text.
  await pasteField(page, 'en').fill(EN.replace('extremely high', 'very high'));
  await page.reload();
  await expect(pasteField(page, 'en')).toHaveValue(/very high/);
  await expect(unitRows(page)).toHaveCount(GOLD.length);
  await expect(unitText(page, 'en', 2)).toHaveText(EN_LINES[1].replace('extremely high', 'very high'));
  await expect(page.getByTestId('corrected')).toHaveCount(0);
  // Dropped on editing, not found unfit later: nothing was set aside.
  await expect(page.getByTestId('kept-aside')).toHaveCount(0);
});

test('on a 320 px phone, each pair stays together (Arabic, its controls, then English) and nothing scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto('/ar/read');
  await pasteAndAlign(page);
  await expect(unitRows(page)).toHaveCount(GOLD.length);
  const top = async (lang: Lang, n: number) => (await column(page, lang).locator(`[data-unit="${n}"]`).boundingBox())!.y;
  for (const n of [1, 2, 3]) {
    expect(await top('ar', n)).toBeLessThan(await top('en', n));
    expect(await top('en', n)).toBeLessThan(await top('ar', n + 1));
  }
  await expect(joinButton(page, 5)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await context.close();
});

test('stored corrections that do not fit the text are set aside, said so, and the aligner’s units shown', async ({ page }) => {
  await page.goto('/en/read');
  await expect(pasteField(page, 'ar')).toBeVisible();
  const broken = JSON.stringify({ ar: AR, en: EN, units: [{ ar: { start: 0, end: 99999 }, en: null, score: 1 }], corrections: 1 });
  await page.evaluate((value) => localStorage.setItem('mizan.read.v1', value), broken);
  await page.reload();
  await expect(page.getByTestId('kept-aside')).toContainText('“mizan.read.v1.backup”');
  await expectRows(page, 'en', GOLD);
  const stored = await page.evaluate(() => [localStorage.getItem('mizan.read.v1.backup'), localStorage.getItem('mizan.read.v1')]);
  expect(stored).toEqual([broken, JSON.stringify({ ar: AR, en: EN })]);
});

test.describe('errors from the aligner are explained in the interface language', () => {
  const cases = [
    ['413', { status: 413, body: { error: { code: 'too_large', message: 'x' } } }, 'en', 'This text is too long: at most 100 KB per language.'],
    ['400', { status: 400, body: { error: { code: 'invalid_request', message: 'x' } } }, 'en', 'The server could not read these texts.'],
    ['400', { status: 400, body: { error: { code: 'invalid_request', message: 'x' } } }, 'ar', 'تعذّر على الخادم قراءة هذين النصين.'],
    ['500', { status: 500, body: { error: { code: 'x', message: 'x' } } }, 'ar', 'حدث خطأ في الخادم'],
    ['network failure', null, 'en', 'The server could not be reached.'],
  ] as const;
  for (const [name, answer, locale, message] of cases) {
    test(`${name} on /${locale}/read`, async ({ page }) => {
      await page.route('**/api/align', (route) =>
        answer ? route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) }) : route.abort('internetdisconnected'),
      );
      await page.goto(`/${locale}/read`);
      await pasteField(page, 'ar').fill(AR);
      await pasteField(page, 'en').fill(EN);
      await page.getByRole('button', { name: WORDS[locale].submit }).click();
      await expect(page.getByTestId('paste-error')).toContainText(message);
      // The page and what was pasted stay.
      await expect(pasteField(page, 'en')).toHaveValue(EN);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});
