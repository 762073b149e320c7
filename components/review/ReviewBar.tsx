'use client';

import { useState } from 'react';
import type { QaSummary } from '@/lib/content/qa';
import type { ReviewLabels } from './labels';
import type { ReviewIssue } from './ReviewMode';
import { StatusBadge } from './StatusBadge';

type Props = { summary: QaSummary; issues: ReviewIssue[]; labels: ReviewLabels };

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

/** Review mode's bar, shown while it is on: the counts by status, and the steps through the problems in order. */
export function ReviewBar({ summary, issues, labels }: Props) {
  const [current, setCurrent] = useState(-1);
  const go = (i: number) => {
    const n = (i + issues.length) % issues.length;
    setCurrent(n);
    showIssue(issues[n]);
  };
  return (
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
  );
}
