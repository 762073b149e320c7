import { describe, expect, test } from 'vitest';
import { scriptRuns } from './scriptRuns';

describe('scriptRuns', () => {
  test.each<[string, string, 'ar' | 'en', string[]]>([
    ['English quoting one Arabic word', 'The UN says “Accord”. وفاق means concord.', 'en', ['ar:وفاق']],
    ['an Arabic phrase in guillemets: the quotes stay outside', 'The article writes «حكومة الوفاق الوطني» throughout.', 'en', ['ar:حكومة الوفاق الوطني']],
    ['two separate Arabic quotations', 'Compare «النفير» with «الحرس الرئاسي».', 'en', ['ar:النفير', 'ar:الحرس الرئاسي']],
    ['Arabic-Indic digits belong to the Arabic run', 'Written «عام ٢٠١١» in the text.', 'en', ['ar:عام ٢٠١١']],
    ['English with no Arabic', 'Plain English, with 3.5 % and “quotes”.', 'en', []],
    ['a Latin name ending an Arabic sentence: the full stop stays Arabic', 'من مجموعة NTREX-128.', 'ar', ['en:NTREX-128']],
    ['an abbreviation keeps its full stops', 'قالت الحكومة U.S. إن', 'ar', ['en:U.S.']],
    ['a Latin phrase with spaces is one run', 'تُترجم عادةً Government of National Accord في الصحافة.', 'ar', ['en:Government of National Accord']],
    ['Arabic with no Latin', 'حكومة الوفاق الوطني، ٢٠١٥.', 'ar', []],
  ])('%s', (_name, text, lang, expected) => {
    const runs = scriptRuns(text, lang);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.lang).map((r) => `${r.lang}:${r.text}`)).toEqual(expected);
  });
});
