'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { providePageText } from '@/components/reader/pageTextStore';
import { ReaderControls, type ReaderControlsLabels } from '@/components/reader/ReaderControls';
import { ReaderView } from '@/components/reader/ReaderView';
import { reviewLabels } from '@/components/review/labels';
import { ReviewMode, ReviewToggle } from '@/components/review/ReviewMode';
import type { ApiError } from '@/components/data/api';
import { reviewIssues, summarize } from '@/lib/content/qa';
import { pageText } from '@/lib/reader/pageText';
import { soloRows, unitRows, type FormStatuses } from '@/lib/read/rows';
import { splitOptions } from '@/lib/read/corrections';
import './read.css';
import { PasteForm } from './PasteForm';
import { UnitRows } from './UnitRows';
import { UnitTools } from './UnitTools';
import { usePairing } from './usePairing';

export type { FormStatuses } from '@/lib/read/rows';

export function PastedTexts({ forms, controls }: { forms: FormStatuses; controls: ReaderControlsLabels }) {
  const t = useTranslations('Read');
  const tr = useTranslations('Review');
  const tq = useTranslations('QaStatus');
  const locale = useLocale();
  const p = usePairing();
  const { data, units, seg } = p;

  const view = useMemo(() => {
    if (!data) return null;
    const both = Boolean(data.texts.ar.trim() && data.texts.en.trim());
    if (both && !units) return null;
    const rows = units && seg ? unitRows(seg, data.spans, units, forms) : soloRows(data.texts, data.spans, data.texts.ar.trim() ? 'ar' : 'en');
    return { ...rows, langs: both ? (['ar', 'en'] as const) : data.texts.ar.trim() ? (['ar'] as const) : (['en'] as const) };
  }, [data, units, seg, forms]);
  const issues = useMemo(() => (view ? reviewIssues(view.pairs) : []), [view]);
  // Save and listen take the text from here, as data (the annotated result), never from the page.
  useEffect(() => providePageText(view ? pageText(view.paragraphs) : undefined), [view]);

  // After a correction, focus stays on the row it changed (its label), not lost with the control it used.
  const labels = useRef<(HTMLElement | null)[]>([]);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    labels.current[Math.min(focusRow.current, (units?.length ?? 1) - 1)]?.focus();
    focusRow.current = null;
  }, [units]);

  const errorText = (e: ApiError) =>
    e.status === 413 ? t('tooLarge') : e.status === 0 ? t('network') : e.status === 400 ? t('badRequest') : t('failed', { status: String(e.status) });
  const low = view?.info.filter((i) => i.low).length ?? 0;
  const single = view?.info.filter((i) => i.missing).length ?? 0;

  return (
    <>
      <PasteForm
        labels={{ ar: t('label.ar'), en: t('label.en'), annotate: t('annotate'), clear: t('clear'), undoAll: t('undoAll') }}
        texts={p.texts}
        pending={p.pending}
        corrected={p.corrections > 0}
        onChange={p.change}
        onSubmit={p.submit}
        onClear={p.clear}
        onUndoAll={p.undoAll}
      />
      <div role="status" aria-live="polite" className="paste-status">
        {p.pending && t('pending')}
        {p.unsaved && (
          <span className="paste-error" data-testid="not-kept">
            {t('notKept')}{' '}
          </span>
        )}
        {p.recovery && (
          <span data-testid="kept-aside">
            {t(p.recovery.problem === 'corrections' ? 'correctionsDropped' : 'keptAside', { key: p.recovery.backupKey || 'mizan.read.v1' })}{' '}
          </span>
        )}
        {p.error && (
          <span className="paste-error" data-testid="paste-error">
            {errorText(p.error)}{' '}
          </span>
        )}
        {!!p.truncatedAt && <span data-testid="truncated">{t('truncated', { max: p.truncatedAt })} </span>}
        {view && units && (
          <span data-testid="align-summary">{t('summary', { units: units.length, low, single })} </span>
        )}
        {view && p.corrections > 0 && <span data-testid="corrected">{t('corrected', { count: p.corrections })}</span>}
      </div>
      {view && (
        <section aria-label={t('result')} className="paste-result">
          <ReaderView>
            <ReaderControls labels={controls}>
              <ReviewToggle label={tr('toggle')} />
            </ReaderControls>
            <ReviewMode summary={summarize(view.pairs)} issues={issues} labels={reviewLabels(tr, tq, issues)}>
              <UnitRows
                locale={locale}
                paragraphs={view.paragraphs}
                info={view.info}
                langs={[...view.langs]}
                labels={{ ar: t('label.ar'), en: t('label.en') }}
                none={{ ar: t('none.ar'), en: t('none.en') }}
                tools={
                  units && seg
                    ? (k) => (
                        <UnitTools
                          k={k}
                          total={units.length}
                          info={view.info[k]}
                          locale={locale}
                          splits={splitOptions(seg, units[k])}
                          labelRef={(el) => {
                            labels.current[k] = el;
                          }}
                          onJoin={() => {
                            focusRow.current = k;
                            p.join(k);
                          }}
                          onSplit={(o) => {
                            focusRow.current = k;
                            p.split(k, o.lang, o.at);
                          }}
                        />
                      )
                    : undefined
                }
              />
            </ReviewMode>
          </ReaderView>
        </section>
      )}
    </>
  );
}
