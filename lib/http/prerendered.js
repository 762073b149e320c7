// @ts-check
// Prerendered pages answered by the standalone server's wrapper (scripts/server.cjs) without going through Next:
// the HTML Next wrote at build time, from memory, with the headers Next sends for it. Next's own path for a
// prerendered page (routing, the response cache, rendering the cached entry to the response, compressing it on
// every request) costs about 4–5 ms of CPU a request, more than ten times what copying the buffer costs; the pages
// never change after the build (no revalidation), so the answer can be prepared once per page. Only the plain
// document request is answered here: a query string, a React Server Components request (the client router's
// headers), any method but GET and HEAD, or a path Next did not prerender all go to Next as before.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const { chooseEncoding, isNotModified } = require('./negotiation.js');

/** Request headers with which the client router asks for something other than the document. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
/** What Next answers Vary with for an App Router page (the same URL also serves its RSC payload). */
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
/** Memory kept for prepared pages (HTML, its gzip and its brotli); pages past it are left to Next. */
const DEFAULT_BUDGET = 96 * 1024 * 1024;

/** Next's own ETag for a body, so a page keeps one ETag whichever path answers it; a hash if Next's is missing. */
function etagOf(body) {
  try {
    return require('next/dist/server/lib/etag.js').generateETag(body.toString('utf8'), false);
  } catch {
    return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  }
}

/**
 * @param {{ appDir: string, pages: Record<string, unknown>, headersFor: (pathname: string) => Record<string, string>, budget?: number }} options
 *   appDir: where Next wrote the prerendered pages (`.next/server/app`); pages: the prerendered paths ("/en/glossary")
 *   this may answer; headersFor: the headers of a page's 200 besides those set here (security, CSP, cache), asked once a page.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when it answered
 */
function prerenderedPages({ appDir, pages, headersFor, budget = DEFAULT_BUDGET }) {
  /** @type {Map<string, { body: Buffer, gzip: Buffer, br: Buffer, etag: string, headers: Record<string, string> } | null>} */
  const prepared = new Map();
  let used = 0;

  const prepare = (pathname) => {
    if (prepared.has(pathname)) return prepared.get(pathname);
    let page = null;
    try {
      const base = path.join(appDir, pathname === '/' ? 'index' : pathname.slice(1));
      const body = fs.readFileSync(`${base}.html`);
      const meta = fs.existsSync(`${base}.meta`) ? JSON.parse(fs.readFileSync(`${base}.meta`, 'utf8')) : {};
      const gzip = zlib.gzipSync(body);
      // scripts/standalone.mjs writes a brotli copy at the highest quality at build time (about a second for the
      // glossary); without one, a fast quality here.
      const br = fs.existsSync(`${base}.html.br`)
        ? fs.readFileSync(`${base}.html.br`)
        : zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
      if (used + body.length + gzip.length + br.length <= budget) {
        used += body.length + gzip.length + br.length;
        const headers = {};
        for (const [key, value] of Object.entries(meta.headers || {})) if (key.startsWith('x-nextjs-') && typeof value === 'string') headers[key] = value;
        Object.assign(headers, headersFor(pathname));
        page = { body, gzip, br, etag: etagOf(body), headers };
      }
    } catch {
      page = null; // not readable as expected: Next answers
    }
    prepared.set(pathname, page);
    return page;
  };

  return function answer(req, res) {
    const method = req.method || 'GET';
    const url = req.url || '/';
    if ((method !== 'GET' && method !== 'HEAD') || url.includes('?') || !Object.hasOwn(pages, url)) return false;
    if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
    const page = prepare(url);
    if (!page) return false;

    res.setHeader('Vary', VARY);
    for (const [key, value] of Object.entries(page.headers)) res.setHeader(key, value);
    res.setHeader('ETag', page.etag);
    if (isNotModified(req, page.etag)) {
      res.writeHead(304);
      res.end();
      return true;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding'], ['br', 'gzip']);
    const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.body;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.writeHead(200);
    res.end(method === 'HEAD' ? undefined : body);
    return true;
  };
}

module.exports = { prerenderedPages, ROUTER_HEADERS, VARY };
