import { expect, test, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
  // Inline scripts are allowed by hash, page by page (scripts/standalone.mjs, scripts/server.cjs), never wholesale.
  expect(csp['script-src'][0]).toBe("'self'");
  expect(csp['script-src']).not.toContain("'unsafe-inline'");
  expect(csp['script-src'].slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
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
  const SHARED = 'public, max-age=0, must-revalidate, s-maxage=3600';

  test("prerendered pages: shared caches keep them an hour, browsers revalidate and never see stale-while-revalidate", async ({ request }) => {
    for (const locale of LOCALES) {
      for (const route of ROUTES.filter((r) => !r.status)) {
        const headers = headersOf(await request.get(`/${locale}${route.path}`));
        expect(headers['cache-control'], route.path).toBe(SHARED);
        expect(headers['cdn-cache-control'], route.path).toBe('max-age=3600, stale-while-revalidate=86400');
        // Prerendered pages revalidate by ETag; the few rendered on demand (searches, paging) are still a 200 of a real page.
        if (headers['x-nextjs-prerender']) expect(headers['etag'], route.path).toBeTruthy();
        expect(headers['vary'], route.path).toMatch(/\brsc\b.*next-router-state-tree/);
      }
    }
  });

  test('only a real page\'s 200 is publicly cacheable: redirects, RSC redirects, 404s in any case, 400s and OPTIONS are no-store', async ({ baseURL }) => {
    for (const [path, status, headers] of [
      ['/en/glossary', 307, { rsc: '1' }],
      ['/AR', 307, {}],
      ['/', 307, {}],
      ['/ar/glossary/GNA', 404, {}],
      ['/ar/articles/MISRATA-FOREIGN-INTERVENTION', 404, {}],
      ['/en/articles/no-such-article', 404, {}],
      ['/%E0%A4%A', 400, {}],
    ] as const) {
      const response = await rawRequest(baseURL!, { path, headers });
      expect(response.status, path).toBe(status);
      expect(response.headers['cache-control'], path).toBe('no-store');
      expect(response.headers['cdn-cache-control'], path).toBeUndefined();
    }
    const options = await rawRequest(baseURL!, { method: 'OPTIONS', path: '/ar' });
    expect([options.status, options.headers['cache-control']]).toEqual([204, 'no-store']);
  });

  test('a 304 carries the same cache headers and the page\'s script hashes (a browser updates its copy from it)', async ({ baseURL }) => {
    const first = await rawRequest(baseURL!, { path: '/en/glossary' });
    const again = await rawRequest(baseURL!, { path: '/en/glossary', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(SHARED);
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(String(first.headers['content-security-policy'])).toMatch(/script-src 'self' 'sha256-/);
  });

  test('hashed assets are immutable; the API is not cached publicly', async ({ request, page }) => {
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

test.describe('compression and compile hints (scripts/standalone.mjs, lib/http/static-assets.js)', () => {
  const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
  const { rootMainFiles } = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as { rootMainFiles: string[] };

  test('a browser that takes brotli gets the page, its scripts and stylesheets in brotli', async ({ page }) => {
    const encodings = new Map<string, Promise<string | null>>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (response.request().resourceType() === 'document' || /^\/_next\/static\/.*\.(js|css)$/.test(pathname)) {
        encodings.set(pathname, response.headerValue('content-encoding'));
      }
    });
    await page.goto('/ar/articles/misrata-foreign-intervention', { waitUntil: 'load' });
    const seen = Object.fromEntries(await Promise.all([...encodings].map(async ([path, encoding]) => [path, await encoding])));
    expect(Object.keys(seen).filter((path) => path.endsWith('.js')).length).toBeGreaterThanOrEqual(rootMainFiles.length);
    expect(Object.keys(seen).some((path) => path.endsWith('.css'))).toBe(true);
    for (const [path, encoding] of Object.entries(seen)) expect(encoding, path).toBe('br');
  });

  test('the framework scripts carry V8\'s compile hint, the same text in brotli and gzip; page chunks do not', async ({ page, request }) => {
    expect(rootMainFiles.length).toBeGreaterThan(0);
    for (const file of rootMainFiles) {
      const br = await request.get(`/_next/${file}`, { headers: { 'accept-encoding': 'br' } });
      const gzip = await request.get(`/_next/${file}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(br.headers()['content-encoding'], file).toBe('br');
      expect(gzip.headers()['content-encoding'], file).toBe('gzip');
      const text = await br.text();
      expect(text.startsWith(COMPILE_HINT), file).toBe(true);
      expect(await gzip.text(), file).toBe(text);
    }
    await page.goto('/en/articles/misrata-foreign-intervention');
    const scripts = await page.locator('script[src^="/_next/static/"]').evaluateAll((nodes) => nodes.map((n) => new URL((n as HTMLScriptElement).src).pathname));
    const pageChunks = scripts.filter((src) => !rootMainFiles.includes(src.replace(/^\/_next\//, '')));
    expect(pageChunks.length).toBeGreaterThan(0);
    for (const src of pageChunks) expect((await (await request.get(src)).text()).startsWith(COMPILE_HINT), src).toBe(false);
  });
});
