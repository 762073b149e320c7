'use client';

import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { QaSummary } from '@/lib/content/qa';
import { QA_STATUSES, type QaStatus } from '@/lib/content/qaStatus';
import type { ReviewLabels } from './labels';
import { setReviewMode, useReviewMode } from './reviewStore';
import type { Lang } from '@/lib/i18n/locales';

/** A problem the reviewer can jump to: the occurrences to light (the one to focus first) and a short label. */
export type ReviewIssue = { unitId: string; status: QaStatus; missingIn?: Lang; occ: string[]; text: string; lang: Lang };

type Props = { summary: QaSummary; issues: ReviewIssue[]; labels: ReviewLabels; children: ReactNode };

// The bar's code loads when review mode is on (a translator's tool, not every reader's): not with the page.
// React's lazy, not next/dynamic: the bar is never server-rendered (review mode is off on the server) and
// next/dynamic's own code would cost the page more than the bar saves.
const ReviewBar = lazy(() => import('./ReviewBar').then((m) => ({ default: m.ReviewBar })));

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
  // A link from the corpus QA page (?review=on) opens the article in review mode, and it stays remembered.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('review') === 'on') setReviewMode(true);
  }, []);
  return (
    // The status labels are the alternative text of the highlights' icons (CSS), given once here, not per term.
    <div className="review-scope" data-review={on ? 'on' : 'off'} style={Object.fromEntries(QA_STATUSES.map((s) => [`--qa-${s}-label`, JSON.stringify(labels.statuses[s].name)]))}>
      {on && (
        <Suspense fallback={null}>
          <ReviewBar summary={summary} issues={issues} labels={labels} />
        </Suspense>
      )}
      {children}
    </div>
  );
}
