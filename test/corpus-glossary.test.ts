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
    ['"Senator" and "Sen." are the Senate', 'en', 'an agreement engineered by Arizona Sen. Jeff Flake', [['arizona', 'Arizona'], ['us-senate', 'Sen'], ['jeff-flake', 'Jeff Flake']]],
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
});

describe('the term QA flags the Arabic slips the corpus entries list as deprecated', () => {
  test.each<[string, string, string, string]>([
    ['LSU rendered as Arizona State (reuters.218909)', 'lsu', 'Arrest made in shooting death of LSU basketball player Wayde Sims', 'اعتقال مشتبه به في مقتل لاعب فريق كرة سلة جامعة ولاية أريزونا، وايد سيمز.'],
    ['Labour rendered as حزب العمل (guardian.221679)', 'labour-party', 'Ever since I joined Labour 32 years ago', 'منذ أن انضممت إلى حزب العمل منذ 32 عامًا'],
    ['West Virginia misspelt (newsweek.51330)', 'west-virginia', 'Speaking at a rally in West Virginia', 'وأثناء حديث ترامب بالمؤتمر المنعقد بولاية فيرجينا الغربية'],
  ])('%s', (_, termId, en, ar) => {
    const unit = { id: '1.1', ar: annotateText(matchers, 'ar', ar), en: annotateText(matchers, 'en', en) };
    const pairs = checkUnit(unit, 'en', formStatusLookup(terms)).filter((p) => p.termId === termId);
    expect(pairs.map((p) => p.status)).toEqual(['variant']);
  });
});
