/**
 * What the standalone server's guard (lib/http/server-guard.js) answers before Next sees a request, as
 * [method, path, status, Allow]: `undefined` status where it lets the request through to Next. One table, checked
 * on the guard as a function (lib/http/server-guard.test.ts) and over HTTP against the server (e2e/http-limits).
 */
export const EARLY_ANSWERS: [string, string, number | undefined, string | undefined][] = [
  ['GET', '/en/glossary', undefined, undefined],
  ['HEAD', '/', undefined, undefined],
  ['OPTIONS', '/ar', 204, 'GET, HEAD, OPTIONS'],
  ['PUT', '/ar', 405, 'GET, HEAD, OPTIONS'],
  ['TRACE', '/', 405, 'GET, HEAD, OPTIONS'],
  ['TRACE', '/en', 405, 'GET, HEAD, OPTIONS'],
  ['TRACE', '/articles/x', 405, 'GET, HEAD, OPTIONS'],
  ['DELETE', '/en/articles/x', 405, 'GET, HEAD, OPTIONS'],
  ['DELETE', '/en/glossary', 405, 'GET, HEAD, OPTIONS'],
  ['POST', '/api/annotate', undefined, undefined],
  ['OPTIONS', '/api/annotate', 204, 'POST, OPTIONS'],
  ['GET', '/api/annotate', 405, 'POST, OPTIONS'],
  ['TRACE', '/api/annotate', 405, 'POST, OPTIONS'],
  ['POST', '/api/glossary/search', 405, 'GET, HEAD, OPTIONS'],
  ['TRACE', '/api/glossary/search', 405, 'GET, HEAD, OPTIONS'],
  ['GET', '/api/glossary/export/csv', undefined, undefined],
  ['PUT', '/api/glossary/export/csv', 405, 'GET, HEAD, OPTIONS'],
  ['POST', '/api/glossary/export/csv', 405, 'GET, HEAD, OPTIONS'],
  ['DELETE', '/api/glossary/export/csv', 405, 'GET, HEAD, OPTIONS'],
  ['GET', '/api/glossary/export/docx', 404, undefined],
  ['GET', '/api/nothing', undefined, undefined],
  ['TRACE', '/api/nothing', 404, undefined],
  ['TRACE', '/api/nothing/here', 404, undefined],
  ['GET', '/map/outlines-50m-0123456789ab.svg', undefined, undefined],
  ['POST', '/map/outlines-50m-0123456789ab.svg', 405, 'GET, HEAD, OPTIONS'],
];
