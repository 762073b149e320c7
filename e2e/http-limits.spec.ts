import net from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EARLY_ANSWERS } from '../test/early-answers';
import { rawRequest } from './http';

// Issue 13's hostile review, items 2–6, over HTTP against the standalone server (scripts/server.cjs).

/** Every file under a folder, recursively: what the server has written. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

test.describe('exports', () => {
  test('unknown formats cost nothing: a JSON 404, not cached, and nothing written to disk', async ({ baseURL }) => {
    const served = '.next/standalone/.next';
    const before = filesUnder(served);
    expect(before.length).toBeGreaterThan(0);
    for (let i = 0; i < 40; i++) {
      const response = await rawRequest(baseURL!, { path: `/api/glossary/export/no-such-format-${i}` });
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body).error.code).toBe('unknown_format');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    // Other tests run alongside and may make the server write its own files: none may come from these names.
    expect(filesUnder(served).filter((f) => /no-such-format/.test(f))).toEqual([]);
  });

  test('a real export has an ETag, revalidates to a 304, and a lifetime a deploy can replace', async ({ baseURL }) => {
    const first = await rawRequest(baseURL!, { path: '/api/glossary/export/tbx-basic' });
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{10,}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=3600');
    expect(first.headers['cache-control']).not.toMatch(/31536000|immutable/);
    const again = await rawRequest(baseURL!, { path: '/api/glossary/export/tbx-basic', headers: { 'if-none-match': etag } });
    expect([again.status, again.body, again.headers.etag]).toEqual([304, '', etag]);
  });
});

test.describe('methods: every route answers only its own, with a correct Allow', () => {
  // The guard's early answers (test/early-answers.ts), as the server gives them.
  for (const [method, path, status, allow] of EARLY_ANSWERS.filter(([, , status]) => status !== undefined)) {
    test(`${method} ${path} → ${status}`, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, { method, path });
      expect(response.status).toBe(status);
      expect(response.headers.allow).toBe(allow);
      expect(response.headers['cache-control']).toBe('no-store');
    });
  }

  test('what Allow lists is answered', async ({ baseURL }) => {
    const post = await rawRequest(baseURL!, { method: 'POST', path: '/api/annotate', headers: { 'content-type': 'application/json' }, body: '{"lang":"en","text":"UN"}' });
    expect(post.status).toBe(200);
    for (const path of ['/ar', '/api/glossary/search?q=un', '/api/glossary/export/csv']) {
      expect((await rawRequest(baseURL!, { method: 'HEAD', path })).status, path).toBe(200);
    }
  });
});

test('annotate: a text of nothing but terms is capped at 2,000 spans', async ({ baseURL }) => {
  const text = 'UN '.repeat(34_133);
  const response = await rawRequest(baseURL!, { method: 'POST', path: '/api/annotate', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lang: 'en', text }) });
  expect(response.status).toBe(200);
  const { spans, truncated } = JSON.parse(response.body);
  expect([spans.length, truncated]).toEqual([2000, true]);
  expect(response.body.length).toBeLessThan(250_000);
});

test('Accept-Language: only the first eight tags count, however long the header', async ({ baseURL }) => {
  // Valid tags that match no locale (an invalid one makes the matcher give up and fall back to Arabic anyway): 11 KB.
  const many = Array.from({ length: 1200 }, (_, i) => `de-x-${i}`);
  const enFirst = await rawRequest(baseURL!, { path: '/', headers: { 'accept-language': ['en', ...many].join(',') } });
  expect([enFirst.status, enFirst.headers.location]).toEqual([307, '/en']);
  const enNinth = await rawRequest(baseURL!, { path: '/', headers: { 'accept-language': [...many.slice(0, 8), 'en'].join(',') } });
  expect([enNinth.status, enNinth.headers.location]).toEqual([307, '/ar']);
});

/** Open a connection, send part of a request, and resolve with how long the server keeps it before closing. */
function heldFor(baseURL: string, partial: string): Promise<{ ms: number; answer: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(partial));
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ ms: Date.now() - started, answer }));
  });
}

test('slow clients: unfinished headers are cut at 10 s, a half-sent body at 30 s', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const [headers, body] = await Promise.all([
    heldFor(baseURL!, 'GET /ar HTTP/1.1\r\nHost: localhost\r\nX-Slow: '),
    heldFor(baseURL!, 'POST /api/annotate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"lang":'),
  ]);
  // Node checks the limits every second (connectionsCheckingInterval): allow that, plus a loaded machine.
  expect(headers.ms).toBeGreaterThanOrEqual(9_000);
  expect(headers.ms).toBeLessThan(14_000);
  expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
  expect(body.ms).toBeGreaterThanOrEqual(29_000);
  expect(body.ms).toBeLessThan(36_000);
});
