import type { Lang } from '@/lib/text/matcher';

// What client code needs of the term QA (lib/content/qa.ts) without its checking code: the statuses, and the key of
// an occurrence (the `data-occ` of its term element).

export const QA_STATUSES = ['ok', 'variant', 'missing'] as const;
export type QaStatus = (typeof QA_STATUSES)[number];

export function occurrenceKey(unitId: string, lang: Lang, index: number): string {
  return `${unitId}:${lang}:${index}`;
}
