// @ts-check
// What the standalone server does before and around Next (scripts/server.cjs wraps Next's generated server.js
// with it): slow-client timeouts, methods per route, a bounded Accept-Language, cache headers by status and the
// Content-Security-Policy with the hashes of each prerendered page's inline scripts. CommonJS and dependency-free:
// it is copied next to the standalone server.
const crypto = require('node:crypto');
const { securityHeaders } = require('./security-headers');

/** Node's HTTP server limits: a client must send its headers within 10 s and its whole request within 30 s. */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

/** Shared caches keep a page or an export an hour (then revalidate with its ETag); browsers always revalidate. */
const SHARED_CACHE = 'public, max-age=0, must-revalidate, s-maxage=3600';
/** RFC 9213 targeted cache control: CDNs may also serve a stale copy for a day while they revalidate. */
const CDN_CACHE = 'max-age=3600, stale-while-revalidate=86400';

/** Only the first few language tags count: a browser sends a handful; thousands cost locale matching time. */
const MAX_LANGUAGE_TAGS = 8;
const MAX_LANGUAGE_HEADER = 256;

const STANDARD = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The route a path belongs to and the methods it answers.
 * @param {string} pathname the raw path, without the query
 * @returns {{ kind: 'page' | 'asset' | 'export' | 'api' | 'unknownApi', allow: string[] }}
 */
function routeOf(pathname) {
  if (pathname === '/api/annotate') return { kind: 'api', allow: ['POST', 'OPTIONS'] };
  if (pathname === '/api/glossary/search') return { kind: 'api', allow: ['GET', 'HEAD', 'OPTIONS'] };
  if (/^\/api\/glossary\/export\/[^/]+$/.test(pathname)) return { kind: 'export', allow: ['GET', 'HEAD', 'OPTIONS'] };
  if (pathname === '/api' || pathname.startsWith('/api/')) return { kind: 'unknownApi', allow: STANDARD };
  // Next's assets and the maps' outline sprites (app/map/[file]/route.ts): hashed names, cached for good.
  if (pathname.startsWith('/_next/') || pathname.startsWith('/map/')) return { kind: 'asset', allow: ['GET', 'HEAD', 'OPTIONS'] };
  return { kind: 'page', allow: ['GET', 'HEAD', 'OPTIONS'] };
}

/**
 * An answer the guard gives itself, before Next: OPTIONS, a method the route does not answer, an export that does
 * not exist (`exportFormats`: the names that do), any unusual method on an unknown API path. Undefined: let Next
 * answer.
 * @returns {{ status: number, headers: Record<string, string>, body: string } | undefined}
 */
function earlyAnswer(method, pathname, exportFormats = new Set()) {
  const route = routeOf(pathname);
  const allow = route.allow.join(', ');
  const json = route.kind !== 'page' && route.kind !== 'asset';
  const answer = (status, code, message, extra = {}) => ({
    status,
    headers: { 'Content-Type': json ? 'application/json' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    body: json ? JSON.stringify({ error: { code, message } }) : `${message}\n`,
  });
  if (route.kind === 'unknownApi') {
    if (STANDARD.includes(method)) return undefined;
    return answer(404, 'not_found', 'There is no API at this address.');
  }
  if (route.kind === 'export' && !exportFormats.has(pathname.slice('/api/glossary/export/'.length))) {
    const known = [...exportFormats].join(', ');
    return answer(404, 'unknown_format', `No export at this address. Known: ${known}.`);
  }
  if (method === 'OPTIONS') return { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' }, body: '' };
  if (!route.allow.includes(method)) return answer(405, 'method_not_allowed', `This address answers ${allow}.`, { Allow: allow });
  return undefined;
}

/** The first few tags of an Accept-Language header, at most 256 characters. */
function boundAcceptLanguage(value) {
  return value.split(',', MAX_LANGUAGE_TAGS).join(',').slice(0, MAX_LANGUAGE_HEADER);
}

/**
 * Cache headers for a response, from its status: only a real page's (or export's) 200, or the 304 that revalidates
 * it, is publicly cacheable; every other answer on those paths (404, 400, 405, redirects) is `no-store`. Next's
 * hashed assets and the API keep their own headers (undefined).
 */
function cacheHeaders(method, pathname, status) {
  const { kind } = routeOf(pathname);
  if (kind !== 'page' && kind !== 'export') return undefined;
  if ((method === 'GET' || method === 'HEAD') && (status === 200 || status === 304)) {
    return { 'Cache-Control': SHARED_CACHE, 'CDN-Cache-Control': CDN_CACHE };
  }
  return { 'Cache-Control': 'no-store' };
}

module.exports = { TIMEOUTS, SHARED_CACHE, CDN_CACHE, MAX_LANGUAGE_TAGS, routeOf, earlyAnswer, boundAcceptLanguage, cacheHeaders, securityHeaders };

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP source of every inline script of an HTML document: 'sha256-…' (the hash of the script's text). */
function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  return [...hashes];
}

/** The production CSP with these script hashes allowed instead of 'unsafe-inline'. */
function cspWith(hashes) {
  const csp = securityHeaders(false).find((h) => h.key === 'Content-Security-Policy');
  return String(csp && csp.value).replace(/script-src [^;]*/, `script-src 'self' ${hashes.join(' ')}`.trim());
}

module.exports.inlineScriptHashes = inlineScriptHashes;
module.exports.cspWith = cspWith;
