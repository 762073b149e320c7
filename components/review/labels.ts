import { QA_STATUSES, type QaStatus } from '@/lib/content/qa';

// Review mode's words, formatted where the messages are (on the server for an article; in the browser on /read,
// whose problems are found there), so the review components take strings, not a message formatter.

export type StatusLabels = Record<QaStatus, { name: string; help: string }>;

export type ReviewLabels = {
  label: string;
  toggle: string;
  previous: string;
  next: string;
  noProblems: string;
  problems: string;
  list: string;
  statuses: StatusLabels;
  /** Per problem, in order: where it is, and "Problem n of total". */
  where: string[];
  position: string[];
};

/** A message formatter of one namespace (next-intl's, server or client); method syntax keeps it assignable. */
type Translate = { t(key: string, values?: Record<string, string | number>): string }['t'];

export function statusLabels(tq: Translate): StatusLabels {
  return Object.fromEntries(QA_STATUSES.map((s) => [s, { name: tq(s), help: tq(`${s}Help`) }])) as StatusLabels;
}

/** t: the Review namespace, tq: QaStatus. */
export function reviewLabels(t: Translate, tq: Translate, issues: { unitId: string }[]): ReviewLabels {
  const total = issues.length;
  return {
    label: t('label'),
    toggle: t('toggle'),
    previous: t('previous'),
    next: t('next'),
    noProblems: t('noProblems'),
    problems: t('problems', { count: total }),
    list: t('list', { count: total }),
    statuses: statusLabels(tq),
    where: issues.map((issue) => t('where', { unit: issue.unitId })),
    position: issues.map((_, i) => t('position', { n: i + 1, total })),
  };
}
