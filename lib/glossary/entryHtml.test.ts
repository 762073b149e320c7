import { createElement as h, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { EntryTitle } from '@/components/glossary/EntryTitle';
import { WordStudy } from '@/components/glossary/WordStudy';
import { Fact } from '@/components/ui/Fact';
import { Mixed } from '@/components/ui/Mixed';
import { getEntryViews } from '@/lib/content';
import type { Lang } from '@/lib/i18n/locales';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { readTags } from '@/test/htmlTags';
import { entryHtml, mixedHtml, type EntryLabels } from './entryHtml';
import { otherForms, type EntryView } from './view';

const labelsOf = (m: typeof en): EntryLabels => ({
  otherForms: m.GlossaryPage.otherForms,
  deprecated: m.GlossaryPage.deprecated,
  root: m.TermCard.root,
  partOfSpeech: m.TermCard.partOfSpeech,
  literal: m.TermCard.literal,
  translatorNote: m.TermCard.translatorNote,
});
const LABELS: Record<Lang, EntryLabels> = { ar: labelsOf(ar), en: labelsOf(en) };

/** The entry as JSX with the components cards and search results still use: the markup entryHtml must write. */
function reference(entry: EntryView, locale: Lang, labels: EntryLabels, standalone: boolean): ReactNode {
  const title = h(EntryTitle, { ar: entry.ar, en: entry.en });
  const forms = (lang: Lang) => {
    const list = otherForms(entry, lang);
    if (!list.length) return null;
    return h(
      Fact,
      {
        key: lang,
        label: labels.otherForms[lang],
        lang,
        dir: lang === 'ar' ? 'rtl' : 'ltr',
        className: lang === 'ar' ? 'ar' : undefined,
        children: list.map((f, i) =>
        h(
          Fragment,
          { key: f.form },
          i > 0 && (lang === 'ar' ? '، ' : ', '),
          h('span', { className: `form form-${f.status}` }, f.form),
          f.status === 'deprecated' && h(Fragment, null, ' ', h('span', { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', className: 'muted' }, '(', labels.deprecated, ')')),
        ),
        ),
      },
    );
  };
  const s = entry.study;
  return h(
    Fragment,
    null,
    standalone ? h('h1', { className: 'entry-title' }, title) : h('h3', { className: 'entry-title' }, h('a', { href: entry.href }, title)),
    h('p', { className: 'entry-translit', lang: 'ar-Latn', dir: 'ltr' }, entry.translit),
    h('p', { className: 'entry-gloss' }, entry.gloss),
    h('p', null, h(Mixed, { text: entry.explanation, lang: locale })),
    h(
      'dl',
      { className: 'entry-forms' },
      forms('ar'),
      forms('en'),
      s &&
        h(
          Fragment,
          null,
          h(WordStudy, { root: s.root, pattern: s.pattern, pos: s.posLabel, labels: { root: labels.root, partOfSpeech: labels.partOfSpeech } }),
          h(Fact, { label: labels.literal, children: s.literal }),
          h(Fact, { label: labels.translatorNote, children: h(Mixed, { text: s.note, lang: locale }) }),
        ),
    ),
  );
}

describe('entryHtml: the same elements, attributes and text as the JSX components', () => {
  for (const locale of ['ar', 'en'] as const) {
    const entries = [...getEntryViews(locale).values()];
    test(`every entry of the glossary, ${locale}, in the list and on its own page`, () => {
      expect(entries.length).toBeGreaterThan(100);
      // The glossary has word entries (with a study) and entries with deprecated forms: both branches are compared.
      expect(entries.some((e) => e.study)).toBe(true);
      expect(entries.some((e) => otherForms(e, 'en').some((f) => f.status === 'deprecated'))).toBe(true);
      for (const entry of entries) {
        for (const standalone of [false, true]) {
          const react = renderToStaticMarkup(reference(entry, locale, LABELS[locale], standalone));
          expect(readTags(entryHtml(entry, locale, LABELS[locale], standalone)), `${entry.id} ${standalone}`).toEqual(readTags(react));
        }
      }
    });
  }

  const made: EntryView = {
    id: 'x',
    category: 'political',
    categoryLabel: 'Political term',
    translit: 'x & y',
    href: '/en/glossary/x',
    ar: 'س <ص>',
    en: 'X "quoted" <b>',
    forms: { ar: [{ form: 'س', status: 'preferred' }], en: [{ form: 'X', status: 'preferred' }, { form: 'A&B', status: 'deprecated' }] },
    gloss: '1 < 2',
    explanation: 'Named «سين» & <em>not</em> bold.',
  };
  test('text that looks like markup stays text, and an entry with no Arabic forms has no Arabic row', () => {
    const html = entryHtml(made, 'en', LABELS.en, false);
    expect(html).not.toMatch(/<b>|<em>|<ص>/);
    expect(html).toContain('A&amp;B</span> <span lang=en dir=ltr class=muted>(not recommended)</span>');
    expect(html).not.toContain(LABELS.en.otherForms.ar);
    expect(readTags(html)).toEqual(readTags(renderToStaticMarkup(reference(made, 'en', LABELS.en, false))));
  });
});

test.each<[string, Lang, string]>([
  ['The word «وفاق» means accord.', 'en', 'The word «<span lang=ar dir=rtl>وفاق</span>» means accord.'],
  ['اختصار NTREX-128 هنا', 'ar', 'اختصار <span lang=en dir=ltr>NTREX-128</span> هنا'],
  ['plain & simple', 'en', 'plain &amp; simple'],
])('mixedHtml(%j, %s)', (text, lang, out) => expect(mixedHtml(text, lang)).toBe(out));
