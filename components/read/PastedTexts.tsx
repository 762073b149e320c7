'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Columns, type ParagraphView } from '@/components/reader/Columns';
import { providePageText } from '@/components/reader/pageTextStore';
import { ReaderControls, type ReaderControlsLabels } from '@/components/reader/ReaderControls';
import { ReaderView } from '@/components/reader/ReaderView';
import { reviewLabels } from '@/components/review/labels';
import { ReviewMode, ReviewToggle } from '@/components/review/ReviewMode';
import { toPieces } from '@/lib/content/annotate';
import { checkUnit, markRuns, occurrenceStatuses, reviewIssues, summarize, type FormStatus, type QaPair } from '@/lib/content/qa';
import type { AnnotateSpan } from '@/lib/api/annotate';
import { alignTexts } from '@/lib/text/align';
import { pageText } from '@/lib/reader/pageText';
import type { Range } from '@/lib/text/segment';
import { useAnnotate, type Annotated } from '@/components/data/useAnnotate';
import { pastedItem, type Pasted } from './storage';
import type { Lang } from '@/lib/i18n/locales';

/** Each term's forms and their statuses, for checking a pasted translation as review mode does an article. */
export type FormStatuses = Record<string, Record<Lang, Record<string, FormStatus>>>;

/** The pieces of one sentence: the spans inside it, shifted to the sentence's own offsets. */
function sentencePieces(text: string, range: Range, spans: AnnotateSpan[]) {
  const inside = spans
    .filter((s) => s.start >= range.start && s.end <= range.end)
    .map((s) => ({ ...s, start: s.start - range.start, end: s.end - range.start }));
  return toPieces(text.slice(range.start, range.end), inside);
}

/**
 * Aligned paragraphs, with the term check of every aligned sentence pair (the Arabic read as the original). A
 * paragraph whose sentences could not be paired is shown but not checked.
 */
function toParagraphs({ texts, spans }: Annotated, forms: FormStatuses) {
  const alignment = alignTexts(texts.ar || undefined, texts.en || undefined);
  const statusOf = (termId: string, lang: Lang, form: string) => forms[termId]?.[lang]?.[form] ?? 'admitted';
  const pairs: QaPair[] = [];
  const paragraphs: ParagraphView[] = alignment.paragraphs.map((p, pi) => {
    const runs = (lang: Lang) => p[lang].map((r) => sentencePieces(texts[lang], r, spans[lang]));
    const ar = runs('ar');
    const en = runs('en');
    if (!p.paired) {
      // Not checked, but keyed all the same, so the card finds each occurrence as written in the page's text.
      const unpaired = (lang: Lang, list: typeof ar) => list.map((run, si) => ({ pieces: markRuns([run], `u${pi + 1}.${si + 1}`, lang, new Map()) }));
      return { id: String(pi + 1), ar: unpaired('ar', ar), en: unpaired('en', en) };
    }
    const ids = ar.map((_, si) => `${pi + 1}.${si + 1}`);
    const checked = ids.flatMap((id, si) => (ar[si] && en[si] ? checkUnit({ id, ar: ar[si], en: en[si] }, 'ar', statusOf) : []));
    pairs.push(...checked);
    const statuses = occurrenceStatuses(checked);
    const side = (lang: Lang, list: typeof ar) => list.map((run, si) => ({ id: ids[si], pieces: markRuns([run], ids[si], lang, statuses) }));
    return { id: String(pi + 1), ar: side('ar', ar), en: side('en', en) };
  });
  return { alignment, paragraphs, pairs };
}

export function PastedTexts({ forms, controls }: { forms: FormStatuses; controls: ReaderControlsLabels }) {
  const t = useTranslations('Read');
  const tr = useTranslations('Review');
  const tq = useTranslations('QaStatus');
  const locale = useLocale();
  // Rendered only once hydrated (see ReadYourOwn), so browser storage can be read at once.
  // Read once (storage's recovery too: an unreadable value was copied aside); later changes are this state's.
  const [stored] = useState(pastedItem.snapshot);
  const [texts, setTexts] = useState<Pasted>(stored.value);
  const [unsaved, setUnsaved] = useState(false);
  const restored = useRef(false);
  const annotation = useAnnotate();

  // What was pasted before a reload is shown annotated again.
  const { run } = annotation;
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (texts.ar || texts.en) run(texts);
  }, [run, texts]);

  const keep = (next: Pasted) => {
    setTexts(next);
    setUnsaved(!pastedItem.set(next) && Boolean(next.ar || next.en));
  };
  const change = (lang: Lang, value: string) => keep({ ...texts, [lang]: value });
  const clear = () => {
    keep({ ar: '', en: '' });
    annotation.reset();
  };

  const view = annotation.data ? toParagraphs(annotation.data, forms) : null;
  const issues = view ? reviewIssues(view.pairs) : [];
  // Save and listen take the text from here, as data (the annotated result), never from the page.
  useEffect(() => providePageText(view ? pageText(view.paragraphs) : undefined), [view]);
  const langs = view ? (['ar', 'en'] as const).filter((l) => annotation.data!.texts[l]) : [];
  const { error } = annotation;

  return (
    <>
      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (texts.ar.trim() || texts.en.trim()) annotation.run(texts);
        }}
      >
        <div className="paste-fields">
          {(['ar', 'en'] as const).map((lang) => (
            <label key={lang} className="paste-field">
              <span>{t(`label.${lang}`)}</span>
              <textarea
                name={lang}
                lang={lang}
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                rows={8}
                value={texts[lang]}
                onChange={(e) => change(lang, e.target.value)}
                data-testid={`paste-${lang}`}
              />
            </label>
          ))}
        </div>
        <div className="paste-actions">
          <button type="submit" disabled={annotation.pending || !(texts.ar.trim() || texts.en.trim())}>
            {t('annotate')}
          </button>
          <button type="button" onClick={clear}>
            {t('clear')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="paste-status">
        {annotation.pending && t('pending')}
        {unsaved && (
          <span className="paste-error" data-testid="not-kept">
            {t('notKept')}{' '}
          </span>
        )}
        {stored.recovery && (
          <span data-testid="kept-aside">
            {t('keptAside', { key: stored.recovery.backupKey || pastedItem.key })}{' '}
          </span>
        )}
        {error && (
          <span className="paste-error" data-testid="paste-error">
            {error.status === 413 ? t('tooLarge') : error.status === 0 ? t('network') : t('failed', { message: error.message })}
          </span>
        )}
        {!!annotation.data?.truncatedAt && <span data-testid="truncated">{t('truncated', { max: annotation.data.truncatedAt })} </span>}
        {view?.alignment.paragraphMismatch && <span data-testid="mismatch">{t('paragraphMismatch')} </span>}
        {view && view.alignment.sentenceMismatches.length > 0 && (
          <span data-testid="mismatch">{t('sentenceMismatch', { list: view.alignment.sentenceMismatches.join(locale === 'ar' ? '، ' : ', ') })}</span>
        )}
      </div>
      {view && (
        <section aria-label={t('result')} className="paste-result">
          <ReaderView>
            <ReaderControls labels={controls}>
              <ReviewToggle label={tr('toggle')} />
            </ReaderControls>
            <ReviewMode summary={summarize(view.pairs)} issues={issues} labels={reviewLabels(tr, tq, issues)}>
              <Columns locale={locale} paragraphs={view.paragraphs} labels={{ ar: t('label.ar'), en: t('label.en') }} langs={[...langs]} />
            </ReviewMode>
          </ReaderView>
        </section>
      )}
    </>
  );
}
