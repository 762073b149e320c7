// The standalone server: `node server.js` in .next/standalone (scripts/standalone.mjs puts this file there and
// Next's generated server under next-server.js). It wraps the HTTP server Next creates: slow-client timeouts,
// methods per route, a bounded Accept-Language, cache headers by status and a hash-based CSP (lib/http/server-guard.js);
// prerendered pages from memory and hashed assets in brotli (lib/http/prerendered.js, lib/http/static-assets.js).
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const guard = require('./server-guard.js');
const { prerenderedPages } = require('./prerendered.js');
const { staticAssets } = require('./static-assets.js');

// Written after the build by scripts/csp-hashes.mjs: the inline-script hashes of every prerendered page.
const CSP_BY_PATH = JSON.parse(fs.readFileSync(path.join(__dirname, 'csp-hashes.json'), 'utf8'));
const SECURITY = guard.securityHeaders(false);
/** The same headers as an object, for the wrapper's own answers. */
const SECURITY_HEADERS = Object.fromEntries(SECURITY.map(({ key, value }) => [key, value]));
// The exports Next prerendered: any other name under /api/glossary/export/ is a JSON 404 that costs nothing.
const EXPORT_DIR = path.join(__dirname, '.next/server/app/api/glossary/export');
const EXPORTS = new Set(fs.existsSync(EXPORT_DIR) ? fs.readdirSync(EXPORT_DIR).filter((f) => f.endsWith('.body')).map((f) => f.slice(0, -5)) : []);

// The prerendered pages under a locale prefix (which the proxy never sees) are answered from memory, without Next
// (lib/http/prerendered.js); anything else, and any request for a page's React Server Components payload, goes to Next.
const answerPrerendered = prerenderedPages({
  appDir: path.join(__dirname, '.next/server/app'),
  pages: Object.fromEntries(Object.entries(CSP_BY_PATH).filter(([p]) => /^\/(ar|en)(\/|$)/.test(p))),
  headersFor: (pathname) => ({
    ...SECURITY_HEADERS,
    'Content-Security-Policy': guard.cspWith(CSP_BY_PATH[pathname]),
    ...guard.cacheHeaders('GET', pathname, 200),
  }),
});

// The hashed scripts, stylesheets and SVGs in the build's brotli copies, to browsers that take brotli
// (lib/http/static-assets.js); Next answers the rest, and everything for a browser that does not.
const answerStatic = staticAssets({
  staticDir: path.join(__dirname, '.next/static'),
  headers: SECURITY_HEADERS,
});

function handle(req, res, next) {
  const pathname = (req.url || '/').split('?')[0];
  const method = req.method || 'GET';
  const early = guard.earlyAnswer(method, pathname, EXPORTS);
  if (early) {
    for (const { key, value } of SECURITY) res.setHeader(key, value);
    res.writeHead(early.status, { ...early.headers, 'Content-Length': Buffer.byteLength(early.body) });
    res.end(method === 'HEAD' ? undefined : early.body);
    return;
  }
  if (answerStatic(req, res) || answerPrerendered(req, res)) return;
  const acceptLanguage = req.headers['accept-language'];
  if (typeof acceptLanguage === 'string') req.headers['accept-language'] = guard.boundAcceptLanguage(acceptLanguage);

  const prerendered = CSP_BY_PATH[pathname];
  // A page rendered on demand (a 404, an error page): its inline scripts are only known once it is written, so it
  // is held back, uncompressed, and sent with the hashes of its own scripts.
  const holdHtml = !prerendered && guard.routeOf(pathname).kind === 'page';
  if (holdHtml) delete req.headers['accept-encoding'];

  const writeHead = res.writeHead;
  let held;
  let notModified = false;
  res.writeHead = function patchedWriteHead(status, ...rest) {
    const cache = guard.cacheHeaders(method, pathname, status);
    if (cache) {
      for (const [key, value] of Object.entries(cache)) res.setHeader(key, value);
      const headers = rest.find((r) => r && typeof r === 'object' && !Array.isArray(r));
      if (headers) for (const key of Object.keys(headers)) if (/^cache-control$/i.test(key)) delete headers[key];
    }
    // A revalidation of an export (Next answers conditional requests for pages itself).
    const etag = res.getHeader('etag');
    if (status === 200 && etag && req.headers['if-none-match'] === etag && guard.routeOf(pathname).kind === 'export') {
      notModified = true;
      res.removeHeader('content-length');
      return writeHead.call(res, 304, ...rest.filter((r) => typeof r === 'string'));
    }
    const type = String(res.getHeader('content-type') || '');
    // Also on a 304 (no content type): a browser updates the cached page's headers from it.
    if (prerendered) res.setHeader('Content-Security-Policy', guard.cspWith(prerendered));
    if (held || (holdHtml && type.startsWith('text/html'))) {
      held = { status, rest, chunks: held ? held.chunks : [] };
      return res;
    }
    return writeHead.call(res, status, ...rest);
  };
  // Next may write or end without calling writeHead first: start holding there too.
  const startHolding = () => {
    if (!held && holdHtml && !res.headersSent && String(res.getHeader('content-type') || '').startsWith('text/html')) {
      held = { status: res.statusCode, rest: [], chunks: [] };
    }
  };
  const write = res.write;
  const end = res.end;
  res.write = function patchedWrite(chunk, encoding, cb) {
    if (notModified) return true;
    startHolding();
    if (!held) return write.call(res, chunk, encoding, cb);
    if (chunk) held.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    if (typeof cb === 'function') cb();
    else if (typeof encoding === 'function') encoding();
    return true;
  };
  res.end = function patchedEnd(chunk, encoding, cb) {
    if (notModified) return end.call(res);
    startHolding();
    if (!held) return end.call(res, chunk, encoding, cb);
    if (chunk && typeof chunk !== 'function') res.write(chunk, encoding);
    let body = Buffer.concat(held.chunks);
    if (/gzip/.test(String(res.getHeader('content-encoding') || ''))) body = zlib.gunzipSync(body);
    res.removeHeader('content-encoding');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Content-Security-Policy', guard.cspWith(guard.inlineScriptHashes(body.toString('utf8'))));
    const h = held;
    held = undefined;
    writeHead.call(res, h.status, ...h.rest);
    return end.call(res, method === 'HEAD' ? undefined : body, typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : cb);
  };
  return next(req, res);
}

const createServer = http.createServer;
http.createServer = function createGuardedServer(...args) {
  http.createServer = createServer; // only Next's own server is wrapped
  const listener = args.find((a) => typeof a === 'function');
  const options = args.find((a) => a && typeof a === 'object') || {};
  const server = createServer({ ...options, ...guard.TIMEOUTS }, (req, res) => handle(req, res, listener));
  server.keepAliveTimeout = guard.TIMEOUTS.keepAliveTimeout;
  return server;
};

require('./next-server.js');
