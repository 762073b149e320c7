import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWith } from '../../test/answerServer';
import { prerenderedPages, VARY } from './prerendered.js';

// A prerendered page on disk as Next writes it (.html and .meta), a server that answers with prerenderedPages and
// hands everything else to a stand-in for Next, and real requests over the loopback.
const dir = mkdtempSync(path.join(tmpdir(), 'prerendered-'));
mkdirSync(path.join(dir, 'en/articles'), { recursive: true });
const HTML = `<!DOCTYPE html><html><body>${'<p>مرحبا, hello</p>'.repeat(200)}</body></html>`;
writeFileSync(path.join(dir, 'en/articles/x.html'), HTML);
writeFileSync(path.join(dir, 'en/articles/x.meta'), JSON.stringify({ headers: { 'x-nextjs-prerender': '1', 'x-next-cache-tags': 'a,b' } }));
writeFileSync(path.join(dir, 'en/big.html'), 'x'.repeat(5000));
// The build's brotli copy of one page (scripts/standalone.mjs); the other pages have none.
const BUILT_BR = brotliCompressSync(HTML, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
writeFileSync(path.join(dir, 'en/articles/x.html.br'), BUILT_BR);
mkdirSync(path.join(dir, 'ar'), { recursive: true });
writeFileSync(path.join(dir, 'ar/plain.html'), HTML.replace('hello', 'salaam'));

let server: Awaited<ReturnType<typeof serveWith>>;
beforeAll(async () => {
  server = await serveWith(prerenderedPages({
    appDir: dir,
    pages: { '/en/articles/x': [], '/en/gone': [], '/en/big': [], '/ar/plain': [] },
    headersFor: (p) => ({ 'Content-Security-Policy': `script-src 'self' 'sha256-${p}'`, 'Cache-Control': 'public, s-maxage=3600' }),
    budget: 12_000, // the two small pages (about 5 KB each with their gzip and brotli) fit, then the big page (5 KB) does not
  }));
});
afterAll(() => server.close());

const get = (p: string, init: RequestInit = {}) => fetch(server.base + p, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers ?? {}) } });

describe('prerenderedPages', () => {
  test('a prerendered page: its HTML, with the headers Next sends for it and the ones given', async () => {
    const res = await get('/en/articles/x');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(HTML);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('vary')).toBe(VARY);
    expect(res.headers.get('x-nextjs-prerender')).toBe('1');
    expect(res.headers.get('x-next-cache-tags')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-/en/articles/x'");
    expect(res.headers.get('cache-control')).toBe('public, s-maxage=3600');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
  });

  const rawGet = async (p: string, acceptEncoding: string) => {
    const { request } = await import('node:http');
    return new Promise<{ encoding?: string; vary?: string; bytes: Buffer }>((resolve, reject) => {
      request(`${server.base}${p}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  };

  test('brotli when the client accepts it: the build\'s copy, the same page once unpacked', async () => {
    const body = await rawGet('/en/articles/x', 'gzip, deflate, br, zstd');
    expect(body.encoding).toBe('br');
    expect(body.vary).toBe(VARY);
    expect(body.bytes.equals(BUILT_BR)).toBe(true);
    expect(brotliDecompressSync(body.bytes).toString('utf8')).toBe(HTML);
  });

  test('a page without a build copy is compressed once, when first asked for', async () => {
    const body = await rawGet('/ar/plain', 'br');
    expect(body.encoding).toBe('br');
    expect(brotliDecompressSync(body.bytes).toString('utf8')).toBe(HTML.replace('hello', 'salaam'));
  });

  test.each([['gzip, deflate'], ['br;q=0, gzip']])('gzip when the client takes gzip and not brotli (%s)', async (acceptEncoding) => {
    const body = await rawGet('/en/articles/x', acceptEncoding);
    expect(body.encoding).toBe('gzip');
    expect(body.bytes.length).toBeLessThan(Buffer.byteLength(HTML) / 4);
    expect(gunzipSync(body.bytes).toString('utf8')).toBe(HTML);
  });

  test('a revalidation with its ETag is a 304 without a body; HEAD has the headers only', async () => {
    const etag = (await get('/en/articles/x')).headers.get('etag')!;
    const revalidated = await get('/en/articles/x', { headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(await revalidated.text()).toBe('');
    expect((await get('/en/articles/x', { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    const head = await get('/en/articles/x', { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(HTML)));
    expect(await head.text()).toBe('');
  });

  test.each<[string, string, RequestInit?]>([
    ['a query string', '/en/articles/x?layout=interleaved'],
    ['an RSC request', '/en/articles/x', { headers: { rsc: '1' } }],
    ['a router prefetch', '/en/articles/x', { headers: { 'next-router-prefetch': '1' } }],
    ['a POST', '/en/articles/x', { method: 'POST', body: 'x' }],
    ['a path not prerendered', '/en/articles/y'],
    ['a listed page whose file is missing', '/en/gone'],
    ['a page past the memory budget', '/en/big'],
  ])('%s goes to Next', async (_, p, init) => {
    expect(await (await get(p, init)).text()).toBe('next');
  });
});
