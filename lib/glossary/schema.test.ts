import { describe, expect, test } from 'vitest';
import { parseYaml } from '@/lib/content/parse';
import { glossarySchema } from './schema';

// Bad glossary content, each rejected with the place and the rule's own message (not a restatement of the schema).
const term = (lines: string) => `terms:\n  - id: x\n    category: political\n    translit: x\n${lines}`;
const forms = '    ar: [{ form: س, status: preferred }]\n    en: [{ form: X, status: preferred }]\n';

describe('a broken glossary fails naming the place and the problem', () => {
  test.each([
    ['an id that is not kebab-case', term(forms).replace('id: x', 'id: Bad_Id'), 'content/glossary.yaml: terms[0].id: must be kebab-case'],
    ['an unknown category', term(forms).replace('category: political', 'category: planet'), 'content/glossary.yaml: terms[0].category: Invalid option'],
    ['a first form that is not preferred', term(forms.replace('{ form: س, status: preferred }', '{ form: س, status: admitted }')), 'terms[0].ar[0].status: the first form must be the preferred one'],
    ['two preferred forms', term(forms.replace('{ form: X, status: preferred }', '{ form: X, status: preferred }, { form: Y, status: preferred }')), 'terms[0].en[1].status: only one form may be preferred'],
    ['an empty form', term(forms.replace('form: X', 'form: "  "')), 'terms[0].en[0].form: must not be empty'],
    ['no forms at all', term('    ar: []\n    en: [{ form: X, status: preferred }]\n'), 'content/glossary.yaml: terms[0].ar: needs at least one form'],
    ['an unknown key', term(forms + '    colour: red\n'), 'content/glossary.yaml: terms[0].colour: Unrecognized key'],
    ['a word study with an unknown part of speech', term(forms + '    study: { root: س, pos: verb }\n'), 'terms[0].study.pos: Invalid option'],
    ['a duplicate id', term(forms) + term(forms).replace('terms:\n', ''), 'terms[1].id: duplicate id "x" (also terms[0])'],
  ])('%s', (_, source, message) => {
    expect(() => parseYaml('content/glossary.yaml', source, glossarySchema)).toThrow(message);
  });

  test('the same entry, well formed, passes', () => {
    expect(parseYaml('content/glossary.yaml', term(forms), glossarySchema).terms[0].id).toBe('x');
  });
});
