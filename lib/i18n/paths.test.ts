import { describe, expect, it } from 'vitest';
import { articlePath, localePath, termPath } from './paths';

describe('paths', () => {
  it.each([
    ['ar', '/', '/ar'],
    ['ar', '', '/ar'],
    ['en', '/', '/en'],
    ['en', '/glossary', '/en/glossary'],
    ['ar', '/read', '/ar/read'],
  ] as const)('%s %s → %s', (locale, href, out) => expect(localePath(locale, href)).toBe(out));
  it('builds article and term paths', () => {
    expect(articlePath('ar', 'misrata-foreign-intervention')).toBe('/ar/articles/misrata-foreign-intervention');
    expect(termPath('en', 'gna')).toBe('/en/glossary/gna');
  });
});
