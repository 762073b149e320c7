// @ts-check
// The build's hashed assets (/_next/static/…) in brotli, answered by the standalone server's wrapper
// (scripts/server.cjs). Next's own static handler only gzips, and does it again on every request; brotli at its
// highest quality is 14 % smaller on the framework's scripts (133 → 114 KB) but takes about a second per
// 200 KB file, so scripts/standalone.mjs writes a `.br` beside each script, stylesheet and SVG at build time and
// this answers with it. The files are listed once, at start-up (the build does not change after it), so a request
// for any other name never touches the disk. A client that does not take brotli, a method other than GET or HEAD,
// or an asset without a `.br` goes to Next as before.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { chooseEncoding, isNotModified } = require('./negotiation.js');

const PREFIX = '/_next/static/';
/** What Next sends for the same files. */
const TYPES = { '.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8', '.svg': 'image/svg+xml' };
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * @param {{ staticDir: string, headers: Record<string, string> }} options
 *   staticDir: the build's static folder (`.next/static`); headers: sent with every answer (the security headers).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} true when it answered
 */
function staticAssets({ staticDir, headers }) {
  /** URL path → the `.br` file beside the asset. */
  const files = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.br')) {
        const asset = file.slice(0, -'.br'.length);
        if (Object.hasOwn(TYPES, path.extname(asset)) && fs.existsSync(asset)) {
          files.set(PREFIX + path.relative(staticDir, asset).split(path.sep).join('/'), file);
        }
      }
    }
  };
  if (fs.existsSync(staticDir)) walk(staticDir);

  /** @type {Map<string, { body: Buffer, etag: string }>} read on first request; bounded by the build's own files */
  const loaded = new Map();
  const load = (url) => {
    let asset = loaded.get(url);
    if (!asset) {
      const body = fs.readFileSync(/** @type {string} */ (files.get(url)));
      asset = { body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
      loaded.set(url, asset);
    }
    return asset;
  };

  return function answer(req, res) {
    const method = req.method || 'GET';
    const url = req.url || '/';
    if ((method !== 'GET' && method !== 'HEAD') || !files.has(url)) return false;
    if (chooseEncoding(req.headers['accept-encoding'], ['br']) !== 'br') return false;
    let asset;
    try {
      asset = load(url);
    } catch {
      return false; // gone since start-up: Next answers
    }
    for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', asset.etag);
    if (isNotModified(req, asset.etag)) {
      res.writeHead(304);
      res.end();
      return true;
    }
    res.setHeader('Content-Type', TYPES[/** @type {keyof typeof TYPES} */ (path.extname(url))]);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', asset.body.length);
    res.writeHead(200);
    res.end(method === 'HEAD' ? undefined : asset.body);
    return true;
  };
}

module.exports = { staticAssets, IMMUTABLE };
