'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { QaSummary } from '@/lib/content/qa';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qaStatus';
import type { ReviewLabels } from './labels';
import { setReviewMode, useReviewMode } from './reviewStore';
import { StatusBadge } from './StatusBadge';
import type { Lang } from '@/lib/i18n/locales';

/** A problem the reviewer can jump to: the occurrences to light (the one to focus first) and a short label. */
export type ReviewIssue = { unitId: string; status: QaStatus; missingIn?: Lang; occ: string[]; text: string; lang: Lang };

type Props = { summary: QaSummary; issues: ReviewIssue[]; labels: ReviewLabels; children: ReactNode };

const CURRENT = 'data-current-issue';

/** Light the pair in both columns, scroll to it and focus the term. DOM work in an event handler, not a render. */
function showIssue(issue: ReviewIssue) {
  document.querySelectorAll(`[${CURRENT}]`).forEach((el) => el.removeAttribute(CURRENT));
  const sentences = document.querySelectorAll<HTMLElement>(`[data-sent="${CSS.escape(issue.unitId)}"]`);
  const terms = issue.occ.map((k) => document.querySelector<HTMLElement>(`[data-occ="${CSS.escape(k)}"]`)).filter((el) => el !== null);
  [...sentences, ...terms].forEach((el) => el.setAttribute(CURRENT, ''));
  const target = terms[0] ?? sentences[0];
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  target?.focus({ preventScroll: true });
}

/** The review mode switch: it sits in the reader's toolbar, with the view settings and the listen controls. */
export function ReviewToggle({ label }: { label: string }) {
  const on = useReviewMode();
  return (
    <button type="button" className="review-toggle" aria-pressed={on} onClick={() => setReviewMode(!on)} data-review-toggle>
      {label}
    </button>
  );
}

/**
 * Review mode for translators: a remembered switch (ReviewToggle, in the reader's toolbar); when on, every
 * highlighted term shows its status (colour and icon), a summary counts them, and the reviewer steps through the
 * problems (variant and missing) in order.
 */
export function ReviewMode({ summary, issues, labels, children }: Props) {
  const on = useReviewMode();
  const [current, setCurrent] = useState(-1);
  // A link from the corpus QA page (?review=on) opens the article in review mode, and it stays remembered.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('review') === 'on') setReviewMode(true);
  }, []);
  const go = (i: number) => {
    const n = (i + issues.length) % issues.length;
    setCurrent(n);
    showIssue(issues[n]);
  };
  return (
    // The status labels are the alternative text of the highlights' icons (CSS), given once here, not per term.
    <div className="review-scope" data-review={on ? 'on' : 'off'} style={Object.fromEntries(QA_STATUSES.map((s) => [`--qa-${s}-label`, JSON.stringify(labels.statuses[s].name)]))}>
      {on && (
        <section className="review-bar" aria-label={labels.label}>
          <>
            <p className="review-summary" data-review-summary>
              {(['ok', 'variant', 'missing'] as const).map((s) => (
                <span key={s} data-count={s}>
                  <StatusBadge status={s} labels={labels.statuses} /> <span className="count">{summary[s]}</span>
                </span>
              ))}
            </p>
            <div className="review-steps">
              <button type="button" onClick={() => go(current - 1)} disabled={!issues.length} data-review-prev>
                {labels.previous}
              </button>
              <button type="button" onClick={() => go(current + 1)} disabled={!issues.length} data-review-next>
                {labels.next}
              </button>
              <p role="status" data-review-position>
                {issues.length === 0 ? labels.noProblems : current < 0 ? labels.problems : labels.position[current]}
              </p>
            </div>
            {issues.length > 0 && (
              <details className="review-list">
                <summary>{labels.list}</summary>
                <ol>
                  {issues.map((issue, i) => (
                    <li key={i}>
                      <button type="button" onClick={() => go(i)} aria-current={i === current ? 'step' : undefined} data-review-issue={i}>
                        {labels.where[i]}{' '}
                        <span lang={issue.lang} dir={issue.lang === 'ar' ? 'rtl' : 'ltr'}>
                          {issue.text}
                        </span>{' '}
                        <StatusBadge status={issue.status} labels={labels.statuses} />
                      </button>
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </>
        </section>
      )}
      {children}
    </div>
  );
}
