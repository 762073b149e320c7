import { describe, expect, it } from 'vitest';
import { getPathname } from './navigation';
import { articlePath, glossaryPath, localePath, termPath } from './paths';

describe('paths', () => {
  it.each([
    ['ar', '/', '/ar'],
    ['ar', '', '/ar'],
    ['en', '/', '/en'],
    ['en', '/glossary', '/en/glossary'],
    ['ar', '/read', '/ar/read'],
  ] as const)('%s %s → %s', (locale, href, out) => expect(localePath(locale, href)).toBe(out));

  it('builds article, term and glossary paths', () => {
    expect(articlePath('ar', 'misrata-foreign-intervention')).toBe('/ar/articles/misrata-foreign-intervention');
    expect(articlePath('en', 'misrata-foreign-intervention', 'p3')).toBe('/en/articles/misrata-foreign-intervention#p3');
    expect(termPath('en', 'gna')).toBe('/en/glossary/gna');
    expect(glossaryPath('ar', 'gna')).toBe('/ar/glossary#gna');
  });

  it.each(['ar', 'en'] as const)('agrees with next-intl’s getPathname for the routing (%s)', (locale) => {
    for (const href of ['/', '/glossary', '/read', '/words', '/glossary/gna', '/articles/x']) {
      expect(localePath(locale, href)).toBe(getPathname({ locale, href }));
    }
  });
});
