import { describe, expect, test } from 'vitest';
import { annotateText, buildMatchers } from '@/lib/content/annotate';
import { readGlossary } from '@/lib/content/load';
import { checkUnit, formStatusLookup } from '@/lib/content/qa';
import type { Lang } from '@/lib/text/matcher';

// The NTREX corpus entries (docs/corpus-glossary.md): lines of the corpus, and the terms they must (not) mark.
const terms = readGlossary();
const matchers = buildMatchers(terms);
const marks = (lang: Lang, text: string) => matchers[lang].find(text).map((s) => [s.termId, s.surface]);

describe('corpus entries mark what the corpus writes', () => {
  test.each<[string, Lang, string, string[][]]>([
    ['every Arabic spelling of Blasey', 'ar', 'شهادة بريت كافانو أمام اللجنة القضائية في مجلس الشيوخ بشأن ادعاءات كريستين بلاسي فورد', [
      ['brett-kavanaugh', 'بريت كافانو'], ['senate-judiciary-committee', 'اللجنة القضائية في مجلس الشيوخ'], ['christine-blasey-ford', 'كريستين بلاسي فورد'],
    ]],
    ['clitics and the longest name', 'ar', 'وقال سوتوبو بورو نوجروهو إن أمواج تسونامي ضربت بالو ولدونغالا', [
      ['sutopo-purwo-nugroho', 'سوتوبو بورو نوجروهو'], ['tsunami', 'أمواج تسونامي'], ['palu', 'بالو'], ['donggala', 'ولدونغالا'],
    ]],
    ['"Sen." is a senator, not the Senate', 'en', 'an agreement engineered by Arizona Sen. Jeff Flake', [['arizona', 'Arizona'], ['senator', 'Sen'], ['jeff-flake', 'Jeff Flake']]],
    ['عضو مجلس الشيوخ is a senator (the longest match)', 'ar', 'وهو اتفاق أعده جيف فليك عضو مجلس الشيوخ عن ولاية أريزونا', [['jeff-flake', 'جيف فليك'], ['senator', 'عضو مجلس الشيوخ'], ['arizona', 'أريزونا']]],
    ['the bare مجلس النواب is the US House (cbsnews.248394)', 'ar', 'نانسي بيلوسي، زعيمة الأقلية بمجلس النواب', [['nancy-pelosi', 'نانسي بيلوسي'], ['us-house-of-representatives', 'بمجلس النواب']]],
    ['the House in Tobruk is Libya\'s (misrata)', 'ar', 'فشل مجلس النواب في طبرق في عقد جلسة', [['house-of-representatives', 'مجلس النواب في طبرق']]],
    ['the House in Tobruk is Libya\'s, in English too', 'en', 'the House of Representatives in Tobruk has failed', [['house-of-representatives', 'House of Representatives in Tobruk']]],
    ['the Trades Union Congress is not the US Congress (dailymail.co.uk.298686)', 'en', 'endorsed by the Trades Union Congress as a way', [['trades-union-congress', 'Trades Union Congress']]],
    ['the Premier League is not a premier (upi.176249)', 'en', 'saved Liverpool from a Premier League loss', [['premier-league', 'Premier League']]],
    ['the South China Morning Post is not China (newsweek.51331)', 'en', 'the South China Morning Post reported Sunday', [['south-china-morning-post', 'South China Morning Post']]],
    ['U.S. and F.B.I. with full stops (nytimes.184830)', 'en', 'to the F.B.I. and the U.S. Senate.', [['fbi', 'F.B.I.'], ['us-senate', 'U.S. Senate']]],
    ['رئيسة الوزراء is the prime minister (dailymail.co.uk.298696)', 'ar', 'وبخطابها الموجه لرئيسة الوزراء تيريزا ماي', [['prime-minister', 'لرئيسة الوزراء'], ['theresa-may', 'تيريزا ماي']]],
    ['Team USA is the United States (euronews-en.153826)', 'en', 'defeating Team USA by a final score', [['united-states', 'USA']]],
    ['the Washington Examiner is not the city', 'en', 'as cited by Washington Examiner.', [['washington-examiner', 'Washington Examiner']]],
    ['Ford Kiernan is not Christine Blasey Ford', 'en', 'Still Game star Ford Kieran looks set to move', [['ford-kiernan', 'Ford Kieran']]],
    ['Hurricane Rosa before hurricane', 'ar', 'ومن المتوقع أن يتجه إعصار روزا نحو الشمال', [['hurricane-rosa', 'إعصار روزا']]],
  ])('%s', (_, lang, text, expected) => {
    expect(marks(lang, text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['"waters" and "water" are not Maxine Waters', 'Flood waters rose and the water reached the town.'],
    ['the modal "may" is not Theresa May', 'The death toll may rise.'],
    ['Hamilton Academical is not Lewis Hamilton', 'his playing career at Clyde, Falkirk and Hamilton Academical'],
    ['Track Palin alone is not Sarah Palin', 'Track Palin, 26, spent a year in Iraq'],
  ])('%s', (_, text) => {
    expect(marks('en', text).filter(([id]) => ['maxine-waters', 'theresa-may', 'lewis-hamilton', 'sarah-palin'].includes(id))).toEqual([]);
  });

  // Generic words that name one body only in some articles are not forms of it (docs/corpus-glossary.md).
  test.each<[string, string, Lang, string]>([
    ['"the bureau" is not the FBI', 'fbi', 'en', "whether the bureau's findings could sway any Republican"],
    ['the Treasury of a UK article is not the US Treasury (dailymail.co.uk.298622)', 'us-treasury', 'en', 'The Treasury expects the move to raise up to £120 million a year.'],
    ['the Scottish Premiership is not the Premier League (bbc.381746)', 'premier-league', 'ar', 'ويواصل فريق جيرارد هزيمته في الدوري الممتاز هذا الموسم'],
    ['كأني ("as if I") is not Kanye (cnn.304447)', 'kanye-west', 'ar', 'وقال: كأني أقف أمام مرآة'],
  ])('%s', (_, termId, lang, text) => {
    expect(marks(lang, text).filter(([id]) => id === termId)).toEqual([]);
  });
});

describe('the term QA flags the Arabic slips the corpus entries list as deprecated', () => {
  test.each<[string, string, string, string]>([
    ['LSU rendered as Arizona State (reuters.218909)', 'lsu', 'Arrest made in shooting death of LSU basketball player Wayde Sims', 'اعتقال مشتبه به في مقتل لاعب فريق كرة سلة جامعة ولاية أريزونا، وايد سيمز.'],
    ['Labour rendered as حزب العمل (guardian.221679)', 'labour-party', 'Ever since I joined Labour 32 years ago', 'منذ أن انضممت إلى حزب العمل منذ 32 عامًا'],
    ['West Virginia misspelt (newsweek.51330)', 'west-virginia', 'Speaking at a rally in West Virginia', 'وأثناء حديث ترامب بالمؤتمر المنعقد بولاية فيرجينا الغربية'],
    ['the TUC rendered as the craftsmen\'s union (dailymail.co.uk.298686)', 'trades-union-congress', 'endorsed by the Trades Union Congress', 'صدّقت "نقابة اتحاد الحرفيين" على التحول'],
    ['Mrs May rendered as the month (dailymail.co.uk.298622)', 'theresa-may', 'and urged Mrs May to abandon quotas', 'وحث السيدة مايو على التخلي عن الحصص'],
  ])('%s', (_, termId, en, ar) => {
    const unit = { id: '1.1', ar: annotateText(matchers, 'ar', ar), en: annotateText(matchers, 'en', en) };
    const pairs = checkUnit(unit, 'en', formStatusLookup(terms)).filter((p) => p.termId === termId);
    expect(pairs.map((p) => p.status)).toEqual(['variant']);
  });
});
