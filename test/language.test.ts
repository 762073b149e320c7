import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { annotateText, buildMatchers } from '@/lib/content/annotate';
import { leafKeys } from '@/lib/content/messages';
import { readGlossary } from '@/lib/content/load';
import { checkUnit, formStatusLookup } from '@/lib/content/qa';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

const terms = readGlossary();
const term = (id: string) => terms.find((t) => t.id === id)!;
type Tree = { [key: string]: string | Tree };
const messages = (tree: Tree): [string, string][] =>
  leafKeys(tree).map((k) => [k, k.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string]);
const format = (message: string, values: Record<string, unknown>) => String(new IntlMessageFormat(message, 'ar').format(values as never));

describe('glossary corrections stay made', () => {
  test('the Oil Crescent is a region, not a form of oil-ports', () => {
    const forms = [...term('oil-ports').ar, ...term('oil-ports').en].map((f) => f.form);
    expect(forms.filter((f) => /crescent|الهلال/i.test(f))).toEqual([]);
  });

  test('the term QA does not accept "Oil Crescent" as a rendering of الموانئ النفطية', () => {
    const matchers = buildMatchers(terms);
    const unit = {
      id: '1.1',
      ar: annotateText(matchers, 'ar', 'فشل التنظيم في السيطرة على منطقة الموانئ النفطية'),
      en: annotateText(matchers, 'en', 'the group failed to seize the Oil Crescent'),
    };
    const pairs = checkUnit(unit, 'ar', formStatusLookup(terms)).filter((p) => p.termId === 'oil-ports');
    expect(pairs.map((p) => [p.status, p.missingIn])).toEqual([['missing', 'en']]);
  });

  test('every political and military term (words, not names) has a word study, literal sense and note', () => {
    const words = terms.filter((t) => t.category === 'political' || t.category === 'military');
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((t) => !t.study).map((t) => t.id)).toEqual([]);
    for (const file of [ar, en] as unknown as { Glossary: Record<string, Record<string, string>> }[]) {
      expect(words.filter((t) => !file.Glossary[t.id].literal || !file.Glossary[t.id].note).map((t) => t.id)).toEqual([]);
    }
  });

  test('the GNA note names every deprecated English form the glossary lists', () => {
    const deprecated = term('gna').en.filter((f) => f.status === 'deprecated').map((f) => f.form);
    expect(deprecated).toContain('Government of National Unity');
    for (const note of [ar.Glossary.gna.note, en.Glossary.gna.note]) {
      expect(deprecated.filter((f) => !note.includes(f))).toEqual([]);
    }
  });

  test('the Presidential Council note does not say the UN uses "Presidential Council"', () => {
    expect(en.Glossary['presidential-council'].note).toMatch(/UN documents .* say “Presidency Council”/);
    expect(ar.Glossary['presidential-council'].note).toMatch(/وثائق الأمم المتحدة .* فتسميه Presidency Council/);
  });
});

describe('Arabic interface wording', () => {
  test('deprecated forms are «غير مستحسنة» everywhere, never «غير موصى بها»', () => {
    expect(messages(ar as unknown as Tree).filter(([, m]) => /غير موصى/.test(m)).map(([k]) => k)).toEqual([]);
    expect(ar.GlossaryPage.deprecated).toBe('غير مستحسنة');
    expect(ar.QaStatus.variant).toBe('غير مستحسنة');
  });

  test('one word for transliteration: «النقل الحرفي»', () => {
    expect(ar.TermCard.transliteration).toBe('النقل الحرفي');
    expect(ar.GlossarySearch.placeholder).toContain('النقل الحرفي');
    expect(messages(ar as unknown as Tree).filter(([, m]) => /النقل الصوتي|الحروف اللاتينية/.test(m)).map(([k]) => k)).toEqual([]);
  });

  test('no zero or two branch puts a bare number before a noun (Arabic says those in words)', () => {
    const bad = messages(ar as unknown as Tree).filter(([, m]) => /\b(zero|two) \{[^{}]*#/.test(m));
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  // [message, values, expected rendering]
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['Concordance.shown, zero', ar.Concordance.shown, { shown: 0, total: 5 }, 'لا يُعرض أي صف من 5'],
    ['Concordance.shown, one', ar.Concordance.shown, { shown: 1, total: 5 }, 'يُعرض صف واحد من 5'],
    ['Concordance.shown, two', ar.Concordance.shown, { shown: 2, total: 5 }, 'يُعرض صفّان من 5'],
    ['GlossaryPage.intro, zero', ar.GlossaryPage.intro, { count: 0 }, 'لا مصطلحات في المسرد بعد.'],
    ['GlossaryPage.intro, one', ar.GlossaryPage.intro, { count: 1 }, 'مصطلح واحد من المقالات، بصيغه العربية والإنجليزية وشرحه.'],
    ['GlossaryPage.intro, two', ar.GlossaryPage.intro, { count: 2 }, 'مصطلحان من المقالات، مرتَّبان حسب الفئة، ولكلٍّ منهما صيغه العربية والإنجليزية وشرحه.'],
    ['Words.removed, a masculine term', ar.Words.removed, { term: 'المجلس الرئاسي' }, 'أُزيلت الكلمة «المجلس الرئاسي».'],
  ];
  test.each(cases)('%s', (_what, message, values, expected) => {
    expect(format(message, values)).toBe(expected);
  });
});
