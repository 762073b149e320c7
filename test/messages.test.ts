import { describe, expect, test } from 'vitest';
import { readGlossary } from '@/lib/content/load';
import { leafKeys, messageProblems } from '@/lib/content/messages';
import { glossaryMessageProblems } from '@/lib/glossary/view';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

describe('message files', () => {
  test('ar.json and en.json have the same keys', () => {
    expect(leafKeys(ar).sort()).toEqual(leafKeys(en).sort());
  });

  test('no message is empty or invalid ICU', () => {
    expect(messageProblems({ ar, en }).map((p) => p.message)).toEqual([]);
  });

  test('a key one file lacks is reported with the file and the key', () => {
    const problems = messageProblems({ ar: { A: { x: 'س', y: 'ص' } }, en: { A: { x: 'x' } } });
    expect(problems.map((p) => p.message)).toEqual(['messages/en.json: A.y: missing (messages/ar.json has it)']);
  });

  test('a broken ICU message is reported with the file and the key', () => {
    const problems = messageProblems({ ar: { A: { x: '{count, plural, one {#}' } }, en: { A: { x: 'ok' } } });
    expect(problems[0].message).toMatch(/^messages\/ar\.json: A\.x: is not a valid ICU message/);
  });

  test('every glossary term is explained in both languages; word entries also have literal sense and note', () => {
    expect(glossaryMessageProblems(readGlossary(), { ar, en }).map((p) => p.message)).toEqual([]);
  });

  test('a term without an explanation is reported with the file and the key', () => {
    const terms = [{ id: 'x', category: 'place', translit: 'x', ar: [], en: [] }] as never;
    expect(glossaryMessageProblems(terms, { ar: { Glossary: { x: { gloss: 'س', explanation: 'ش' } } }, en: { Glossary: { x: { gloss: 'x' } } } }).map((p) => p.message)).toEqual([
      'messages/en.json: Glossary.x.explanation: missing',
    ]);
  });
});
