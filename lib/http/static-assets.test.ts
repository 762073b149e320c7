import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveWith } from '../../test/answerServer';
import { IMMUTABLE, staticAssets } from './static-assets.js';

// A build's static folder as scripts/standalone.mjs leaves it (assets, some with a .br beside them), a server that
// answers with staticAssets and hands everything else to a stand-in for Next, and real requests over the loopback.
const dir = mkdtempSync(path.join(tmpdir(), 'static-assets-'));
const put = (rel: string, body: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), body);
};
const JS = `(globalThis.TURBOPACK||[]).push([${'"مرحبا",'.repeat(500)}]);`;
const CSS = `.a{color:red}${'.b{margin:0}'.repeat(300)}`;
put('chunks/a.js', JS);
put('chunks/a.js.br', brotliCompressSync(JS));
put('chunks/b.css', CSS);
put('chunks/b.css.br', brotliCompressSync(CSS));
put('chunks/plain.js', JS); // no .br
put('media/f.woff2', 'font');
put('media/f.woff2.br', brotliCompressSync('font')); // not a type served here
put('chunks/orphan.js.br', brotliCompressSync(JS)); // a .br without its asset
put('../secret.js', 'secret');
put('../secret.js.br', brotliCompressSync('secret'));

let server: Awaited<ReturnType<typeof serveWith>>;
beforeAll(async () => {
  server = await serveWith(staticAssets({ staticDir: dir, headers: { 'X-Content-Type-Options': 'nosniff' } }));
});
afterAll(() => server.close());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer };
const get = (p: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br, zstd' }, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    request(`${server.base}${p}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

describe('staticAssets', () => {
  test.each([
    ['/_next/static/chunks/a.js', JS, 'application/javascript; charset=UTF-8'],
    ['/_next/static/chunks/b.css', CSS, 'text/css; charset=UTF-8'],
  ])('%s: the build\'s brotli copy, with the type, cache and security headers', async (p, original, type) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-length']).toBe(String(res.bytes.length));
    expect(brotliDecompressSync(res.bytes).toString('utf8')).toBe(original);
  });

  test('a revalidation with its ETag is a 304 without a body; HEAD has the headers only', async () => {
    const etag = String((await get('/_next/static/chunks/a.js')).headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'br', 'if-none-match': `W/"x", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const head = await get('/_next/static/chunks/a.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.bytes.length).toBe(0);
  });

  test.each<[string, string, Record<string, string>?, string?]>([
    ['a client that does not take brotli', '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, deflate' }],
    ['a client that refuses brotli', '/_next/static/chunks/a.js', { 'accept-encoding': 'br;q=0, gzip' }],
    ['no Accept-Encoding', '/_next/static/chunks/a.js', {}],
    ['an asset without a .br', '/_next/static/chunks/plain.js'],
    ['a font (already compressed)', '/_next/static/media/f.woff2'],
    ['a .br whose asset is missing', '/_next/static/chunks/orphan.js'],
    ['the .br itself', '/_next/static/chunks/a.js.br'],
    ['a path out of the folder', '/_next/static/../secret.js'],
    ['an escaped name', '/_next/static/chunks/a%2Ejs'],
    ['a query string', '/_next/static/chunks/a.js?v=1'],
    ['a POST', '/_next/static/chunks/a.js', undefined, 'POST'],
  ])('%s goes to Next', async (_, p, headers, method) => {
    const res = await get(p, headers, method);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.bytes.toString('utf8')).toBe('next');
  });
});
