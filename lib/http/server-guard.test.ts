import { describe, expect, test } from 'vitest';
import { EARLY_ANSWERS } from '@/test/early-answers';
import guard from './server-guard.js';

describe('the standalone server guard', () => {
  test.each(EARLY_ANSWERS)('%s %s', (method, path, status, allow) => {
    const answer = guard.earlyAnswer(method, path, new Set(['csv', 'tbx-basic']));
    expect(answer?.status).toBe(status);
    expect(answer?.headers.Allow).toBe(allow);
  });

  test('Accept-Language keeps only the first few tags', () => {
    const header = ['fr', 'de', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'en', 'ar'].join(',');
    expect(guard.boundAcceptLanguage(header)).toBe('fr,de,it,es,pt,nl,sv,da');
    expect(guard.boundAcceptLanguage('x'.repeat(12_000)).length).toBe(256);
  });

  // [method, path, status, Cache-Control]
  const caching: [string, string, number, string | undefined][] = [
    ['GET', '/en/glossary', 200, guard.SHARED_CACHE],
    ['GET', '/en/glossary', 304, guard.SHARED_CACHE],
    ['GET', '/api/glossary/export/csv', 200, guard.SHARED_CACHE],
    ['GET', '/ar/glossary/GNA', 404, 'no-store'],
    ['GET', '/AR', 307, 'no-store'],
    ['GET', '/en/glossary', 307, 'no-store'],
    ['OPTIONS', '/ar', 400, 'no-store'],
    ['GET', '/api/glossary/export/docx', 404, 'no-store'],
    ['GET', '/_next/static/chunks/a.js', 200, undefined],
    // The outline sprites keep the immutable lifetime their route gives them (their names are hashes).
    ['GET', '/map/outlines-50m-0123456789ab.svg', 200, undefined],
    ['POST', '/api/annotate', 200, undefined],
  ];
  test.each(caching)('%s %s %i', (method, path, status, cacheControl) => {
    expect(guard.cacheHeaders(method, path, status)?.['Cache-Control']).toBe(cacheControl);
  });

  test('CSP: the hashes replace any inline allowance in script-src', () => {
    const hashes = guard.inlineScriptHashes('<script>a()</script><script src="/x.js"></script><script type="x">a()</script>');
    expect(hashes).toEqual(["'sha256-" + 'qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=' + "'"]);
    const csp = guard.cspWith(hashes);
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
    expect(csp.match(/script-src [^;]*/)![0]).not.toContain('unsafe-inline');
  });
});
