import { expect, test, type APIResponse } from '@playwright/test';
import { rawRequest } from './http';
import { ROUTES } from './routes';
import { LOCALES, anyTerm, card } from './selectors';

type Headers = Record<string, string | string[] | undefined>;

/** The directives of a Content-Security-Policy, each with its sources. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectSecurityHeaders(headers: Headers) {
  const csp = directives(String(headers['content-security-policy'] ?? ''));
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'self'"]);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers['x-powered-by']).toBeUndefined();
}

const headersOf = (response: APIResponse) => response.headers();

test.describe('security headers on every kind of response', () => {
  for (const locale of LOCALES) {
    for (const route of ROUTES) {
      test(`page /${locale}${route.path}`, async ({ request }) => {
        const response = await request.get(`/${locale}${route.path}`, { maxRedirects: 0 });
        expect(response.status()).toBe(route.status ?? 200);
        expectSecurityHeaders(headersOf(response));
      });
    }
  }

  test('API answers: success, client error, wrong method, unknown API path', async ({ request }) => {
    const ok = await request.post('/api/annotate', { data: { lang: 'en', text: 'The GNA' } });
    expect(ok.status()).toBe(200);
    expectSecurityHeaders(headersOf(ok));
    const bad = await request.post('/api/annotate', { data: Buffer.from('nope'), headers: { 'content-type': 'application/json' } });
    expect(bad.status()).toBe(400);
    expectSecurityHeaders(headersOf(bad));
    const wrongMethod = await request.get('/api/annotate');
    expect(wrongMethod.status()).toBe(405);
    expectSecurityHeaders(headersOf(wrongMethod));
    const unknown = await request.get('/api/nothing/here');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    expectSecurityHeaders(headersOf(unknown));
  });

  test("the proxy's redirects and the 404s outside any locale", async ({ baseURL }) => {
    for (const [path, status] of [
      ['/', 307],
      ['/articles/x', 307],
      ['/fr/x', 307],
      ['/favicon.ico', 404],
      ['/_next/static/chunks/nothing.js', 404],
      ['/%E0%A4%A', 400],
    ] as const) {
      const response = await rawRequest(baseURL!, { path });
      expect(response.status, path).toBe(status);
      expectSecurityHeaders(response.headers);
    }
  });

  test('static assets, the sitemap and robots.txt', async ({ request, page }) => {
    await page.goto('/en');
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    for (const path of [script!, '/sitemap.xml', '/robots.txt']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(headersOf(response));
    }
  });
});

test('the proxy stays off prefixed pages: no redirect, no cookie, whatever the language signals say', async ({ request }) => {
  for (const path of ['/en', '/ar/glossary', '/en/articles/misrata-foreign-intervention']) {
    const response = await request.get(path, { maxRedirects: 0, headers: { 'accept-language': 'fr-FR', cookie: 'NEXT_LOCALE=ar' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    expect(response.headers()['x-nextjs-prerender'], path).toMatch(/^1\b/);
  }
  // An unprefixed path does go through it.
  const root = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'en-US' } });
  expect(root.status()).toBe(307);
  expect(root.headers()['location']).toBe('/en');
});

test.describe('cache headers a CDN can act on', () => {
  test('prerendered pages: shared caches keep them, browsers revalidate', async ({ request }) => {
    for (const locale of LOCALES) {
      for (const route of ROUTES.filter((r) => !r.status)) {
        const cacheControl = headersOf(await request.get(`/${locale}${route.path}`))['cache-control'];
        expect(cacheControl, route.path).toMatch(/(^|, )s-maxage=\d+/);
        expect(cacheControl, route.path).toMatch(/stale-while-revalidate=\d+/);
        expect(cacheControl, route.path).toMatch(/(^|, )max-age=0/);
      }
    }
  });

  test('a 404 is not cached; hashed assets are immutable; the API is not cached publicly', async ({ request, page }) => {
    expect(headersOf(await request.get('/en/articles/no-such-article'))['cache-control']).toContain('no-store');
    await page.goto('/ar');
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    expect(headersOf(await request.get(script!))['cache-control']).toBe('public, max-age=31536000, immutable');
    const api = headersOf(await request.post('/api/annotate', { data: { lang: 'ar', text: 'x' } }));
    expect(api['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
  });
});

test.describe('the policy lets every page work', () => {
  for (const locale of LOCALES) {
    for (const route of ROUTES) {
      test(`/${locale}${route.path} runs with no CSP violation or console error`, async ({ page }) => {
        const problems: string[] = [];
        page.on('console', (message) => {
          // The 404 route answers 404 by design; Chromium logs that status as a console error.
          if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(`/${locale}${route.path}`);
        await route.prepare?.(page);
        if (route.cards) {
          // Hydrated (the scripts ran) and interactive: a term opens its card.
          await expect(anyTerm(page).first()).toHaveAttribute('aria-haspopup', 'dialog');
          await anyTerm(page).first().click();
          await expect(card(page)).toBeVisible();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
