import { describe, expect, test } from 'vitest';
import type { Piece } from '@/lib/content/annotate';
import { QA_STATUSES, markRuns, occurrenceKey, worse, type QaStatus } from '@/lib/content/qa';

const piece = (termId: string, text: string) => ({ termId, text, form: text, clitics: [] }) as unknown as Piece;

describe('markRuns', () => {
  test('counts occurrences across the runs of a unit, not per sentence', () => {
    // One Arabic sentence rendered by two English ones: the second run's occurrence is the unit's third.
    const runs: Piece[][] = [[piece('gna', 'GNA'), ' and ', piece('un', 'UN')], ['Then ', piece('gna', 'GNA'), '.']];
    const statuses = new Map<string, QaStatus>([
      [occurrenceKey('3.1', 'en', 0), 'ok'],
      [occurrenceKey('3.1', 'en', 1), 'variant'],
      [occurrenceKey('3.1', 'en', 2), 'missing'],
    ]);
    const marked = markRuns(runs, '3.1', 'en', statuses).map((run) => run.filter((p) => typeof p !== 'string').map((p) => [p.occ, p.status]));
    expect(marked).toEqual([
      [
        ['3.1:en:0', 'ok'],
        ['3.1:en:1', 'variant'],
      ],
      [['3.1:en:2', 'missing']],
    ]);
  });

  test('text between occurrences is left as it is', () => {
    expect(markRuns([['a ', piece('un', 'UN'), ' b']], 't', 'ar', new Map())[0].filter((p) => typeof p === 'string')).toEqual(['a ', ' b']);
  });
});

describe('worse', () => {
  const RANKED: QaStatus[] = ['ok', 'variant', 'missing'];
  const pairs = RANKED.flatMap((a, i) => RANKED.map((b, j) => [a, b, RANKED[Math.max(i, j)]] as const));

  test.each(pairs)('worse(%s, %s) is %s, and so is worse the other way round', (a, b, expected) => {
    expect(worse(a, b)).toBe(expected);
    expect(worse(b, a)).toBe(expected);
  });

  test('the table covers every status', () => {
    expect([...QA_STATUSES].sort()).toEqual([...RANKED].sort());
  });
});
