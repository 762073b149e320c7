import { describe, expect, test } from 'vitest';
import { parseWords, removeWord, savedWordsBootScript, serializeWords, sitePath, toggleWord, type SavedWord } from './savedWords';

const gna: SavedWord = {
  termId: 'gna',
  surface: 'لحكومة الوفاق الوطني',
  lang: 'ar',
  context: { ar: 'لإنقاذ هذه المدينة الأهم لحكومة الوفاق الوطني الليبية.', en: "Libya's Government of National Accord", sentence: '1.1' },
  savedAt: '2026-11-29T06:00:00.000Z',
};

describe('reading saved words from storage', () => {
  test('nothing stored is an empty list, not a problem', () => {
    expect(parseWords(null)).toEqual({ words: [] });
    expect(parseWords('')).toEqual({ words: [] });
  });

  test('the current format round-trips, Arabic and quotes intact', () => {
    expect(parseWords(serializeWords({ words: [gna] }))).toEqual({ words: [gna], recovery: undefined, problem: undefined });
  });

  test.each([
    ['broken JSON', '{"v":2,"words":[', 'unreadable'],
    ['a number', '42', 'unreadable'],
    ['an object without a version', '{"words":[]}', 'unreadable'],
    ['version 2 without a list', '{"v":2,"words":{}}', 'unreadable'],
    ['a newer version', '{"v":3,"words":[]}', 'newerVersion'],
  ])('%s: nothing kept, the reason given', (_, raw, reason) => {
    expect(parseWords(raw)).toEqual({ words: [], problem: { reason, dropped: 0 } });
  });

  test('entries that are not words are dropped and counted; the others are kept', () => {
    const raw = JSON.stringify({ v: 2, words: [gna, { termId: 'Not An Id', lang: 'ar' }, { termId: 'nafir', lang: 'fr' }, 'x', { termId: 'nafir', lang: 'en' }] });
    const parsed = parseWords(raw);
    expect(parsed.words.map((w) => w.termId)).toEqual(['gna', 'nafir']);
    expect(parsed.problem).toEqual({ reason: 'invalidEntries', dropped: 3 });
  });

  test('version 1 (a list of term ids) is migrated without loss', () => {
    expect(parseWords('["gna","nafir","gna"]')).toEqual({
      words: [
        { termId: 'gna', lang: 'ar', savedAt: '' },
        { termId: 'nafir', lang: 'ar', savedAt: '' },
      ],
    });
  });

  test('version 1 with ids that are not ids keeps the rest and says how many were dropped', () => {
    expect(parseWords('["gna","<script>"]').problem).toEqual({ reason: 'invalidEntries', dropped: 1 });
  });

  test('one entry that is not a string in an old-format list drops that entry, not the list', () => {
    const parsed = parseWords('["gna","un","Bad Id",5]');
    expect(parsed.words.map((w) => w.termId)).toEqual(['gna', 'un']);
    expect(parsed.problem).toEqual({ reason: 'invalidEntries', dropped: 2 });
  });

  test.each([
    ['https://evil.example/x', undefined],
    ['//evil.example/x', undefined],
    ['/\\evil.example/x', undefined],
    ['/\t/evil.example', undefined],
    ['javascript:alert(1)', undefined],
    ['en/articles/x', undefined],
    [42, undefined],
    ['/en/articles/misrata-foreign-intervention#p2', '/en/articles/misrata-foreign-intervention#p2'],
    ['/ar/read', '/ar/read'],
  ])('"saved from" %s is kept only as a path of this site', (href, kept) => {
    expect(sitePath(href)).toBe(kept);
    const word = { ...gna, context: { ...gna.context, href } };
    expect(parseWords(JSON.stringify({ v: 2, words: [word] })).words[0].context?.href).toBe(kept);
  });

  test('a recovery notice written earlier is read back', () => {
    const recovery = { reason: 'unreadable' as const, dropped: 0, backupKey: 'mizan.words.backup', at: '2026-11-29' };
    expect(parseWords(serializeWords({ words: [], recovery })).recovery).toEqual(recovery);
  });
});

describe('changing the list', () => {
  test('toggle saves a word first, then removes it', () => {
    const once = toggleWord([], gna);
    expect(once).toEqual([gna]);
    expect(toggleWord(once, { ...gna, surface: 'الوفاق' })).toEqual([]);
  });

  test('remove takes one term out', () => {
    expect(removeWord([gna, { termId: 'nafir', lang: 'ar', savedAt: '' }], 'gna').map((w) => w.termId)).toEqual(['nafir']);
  });
});

describe('the words page boot script: will the list have something to show?', () => {
  /** Runs the script as the page does, with this value in storage; the attribute it sets on its parent. */
  function boot(raw: string | null | Error): string | undefined {
    const attributes: Record<string, string> = {};
    const parentElement = { setAttribute: (k: string, v: string) => (attributes[k] = v) };
    const localStorage = {
      getItem: () => {
        if (raw instanceof Error) throw raw;
        return raw;
      },
    };
    new Function('document', 'localStorage', savedWordsBootScript())({ currentScript: { parentElement } }, localStorage);
    return attributes['data-words'];
  }
  const saved = serializeWords({ words: [gna] });
  const cases: [string, string | null][] = [
    ['nothing stored', null],
    ['an empty string', ''],
    ['an empty list', serializeWords({ words: [] })],
    ['a saved word', saved],
    ['an empty list with a recovery note', serializeWords({ words: [], recovery: { reason: 'unreadable', dropped: 0, backupKey: 'mizan.words.backup', at: '' } })],
    ['version 1, empty', '[]'],
    ['version 1, two ids', '["sanctions","libya"]'],
    ['broken JSON', '{"v":2,"words":[{"termId":"gna"'],
    ['a newer version', '{"v":3,"words":[]}'],
    ['an entry that cannot be read', '{"v":2,"words":[{"nope":1}]}'],
    ['a number', '7'],
  ];
  test.each(cases)('%s: as the list will be after hydration', (_, raw) => {
    const { words, recovery, problem } = parseWords(raw);
    expect(boot(raw)).toBe(words.length || recovery || problem ? 'some' : 'none');
  });
  test('storage that cannot be read at all: room is kept', () => {
    expect(boot(new Error('SecurityError'))).toBe('some');
  });
});
