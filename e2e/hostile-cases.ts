// The hostile requests and what each must answer. `status` is the final answer after following same-site
// redirects; `redirect` the first answer's Location, when the first answer is a redirect. `says` is a piece of the
// clear message the body must carry: for JSON errors the error code, for HTML pages a visible sentence.

export type HostileCase = {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  status: number;
  redirect?: string;
  says: string;
};

const NOT_FOUND = 'Page not found';
const ARABIC_HOME = 'المقالات';
const INVALID_ADDRESS = 'Invalid address';
const json = { 'content-type': 'application/json' };
const annotate = (name: string, body: string | Buffer, status: number, says: string, headers: Record<string, string> = json): HostileCase => ({
  name,
  method: 'POST',
  path: '/api/annotate',
  headers,
  body,
  status,
  says,
});
const align = (name: string, body: string | Buffer, status: number, says: string, headers: Record<string, string> = json): HostileCase => ({
  name: `align: ${name}`,
  method: 'POST',
  path: '/api/align',
  headers,
  body,
  status,
  says,
});
const LONG = 'a'.repeat(10 * 1024);
const utf8 = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

export const HOSTILE: HostileCase[] = [
  // Unknown locales, slugs and paths
  { name: 'unknown locale', path: '/fr', status: 404, redirect: '/ar/fr', says: NOT_FOUND },
  { name: 'unknown locale with a page', path: '/de/articles/misrata-foreign-intervention', status: 404, redirect: '/ar/de/articles/misrata-foreign-intervention', says: NOT_FOUND },
  { name: 'unknown slug', path: '/en/articles/no-such-article', status: 404, says: NOT_FOUND },
  { name: 'slug in the wrong case', path: '/en/articles/MISRATA-FOREIGN-INTERVENTION', status: 404, says: NOT_FOUND },
  { name: 'slug with a NUL byte', path: '/en/articles/misrata-foreign-intervention%00', status: 404, says: NOT_FOUND },
  { name: 'slug with an RLO character', path: '/en/articles/%E2%80%AEmisrata', status: 404, says: NOT_FOUND },
  { name: 'slug with an encoded lone surrogate', path: '/en/articles/%ED%A0%80', status: 400, says: INVALID_ADDRESS },
  { name: 'malformed percent-encoding', path: '/en/articles/%E0%A4%A', status: 400, says: INVALID_ADDRESS },
  { name: 'malformed percent-encoding, no locale', path: '/%ff', status: 400, says: INVALID_ADDRESS },
  { name: 'overlong UTF-8 dots', path: '/en/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd', status: 400, says: INVALID_ADDRESS },
  { name: 'unknown API', path: '/api/nothing', status: 404, says: 'not_found' },
  { name: 'a file-like path', path: '/content/glossary.yaml', status: 404, redirect: '/ar/content/glossary.yaml', says: NOT_FOUND },
  { name: 'the package file', path: '/package.json', status: 404, redirect: '/ar/package.json', says: NOT_FOUND },
  { name: 'build files', path: '/.next/BUILD_ID', status: 404, redirect: '/ar/.next/BUILD_ID', says: NOT_FOUND },
  // Path traversal
  { name: 'traversal', path: '/en/../../../etc/passwd', status: 404, redirect: '/ar/etc/passwd', says: NOT_FOUND },
  { name: 'traversal, encoded', path: '/en/articles/..%2f..%2f..%2fpackage.json', status: 404, says: NOT_FOUND },
  { name: 'traversal, encoded dots', path: '/en/%2e%2e/%2e%2e/package.json', status: 404, redirect: '/ar/package.json', says: NOT_FOUND },
  { name: 'traversal, double encoded', path: '/en/articles/%252e%252e%252f%252e%252e%252fcontent%252fglossary.yaml', status: 404, says: NOT_FOUND },
  { name: 'traversal into Next assets', path: '/_next/static/../../package.json', status: 404, redirect: '/ar/package.json', says: NOT_FOUND },
  { name: 'traversal into Next assets, encoded', path: '/_next/static/chunks/..%2f..%2f..%2fpackage.json', status: 404, says: NOT_FOUND },
  { name: 'traversal through the API', path: '/api/annotate/..%2f..%2fpackage.json', status: 404, says: 'not_found' },
  // The image optimiser is off (no images): it answers 404, whatever it is asked to fetch.
  { name: 'image optimiser pointed at a file', path: '/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75', status: 404, says: NOT_FOUND },
  { name: 'image optimiser pointed elsewhere', path: '/_next/image?url=http%3A%2F%2Fevil.example%2Fx.png&w=64&q=75', status: 404, says: NOT_FOUND },
  // Very long paths and queries, queries of the wrong type
  { name: '10 KB path', path: `/en/${LONG}`, status: 404, says: NOT_FOUND },
  { name: '10 KB path without a locale', path: `/${LONG}`, status: 404, redirect: `/ar/${LONG}`, says: NOT_FOUND },
  { name: '10 KB query', path: `/en/glossary?q=${LONG}`, status: 200, says: 'Glossary' },
  { name: 'query parameters of the wrong type', path: '/en?page=-1&q[]=x&q[$gt]=&__proto__[polluted]=1', status: 200, says: 'Articles' },
  { name: 'API query parameters of the wrong type', path: '/api/annotate?lang[]=1&text[$ne]=', status: 405, says: 'method_not_allowed' },
  // Hostile headers
  { name: 'a foreign Host header', path: '/', headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' }, status: 200, redirect: '/ar', says: ARABIC_HOME },
  { name: 'a bypass header for the proxy', path: '/', headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }, status: 200, redirect: '/ar', says: ARABIC_HOME },
  { name: 'a locale cookie that is a path', path: '/', headers: { cookie: 'NEXT_LOCALE=../../etc' }, status: 200, redirect: '/ar', says: ARABIC_HOME },
  { name: 'a garbled Accept-Language', path: '/', headers: { 'accept-language': `*;q=abc, ,;;, zz-ZZZZ-${LONG.slice(0, 4000)}` }, status: 200, redirect: '/ar', says: ARABIC_HOME },
  // Pages answer GET, HEAD and OPTIONS only (there are no server actions): a forged one is refused before Next.
  { name: 'a forged server action', method: 'POST', path: '/en', headers: { 'next-action': 'abc123', 'content-type': 'text/plain' }, body: '[]', status: 405, says: 'GET, HEAD, OPTIONS' },
  // The annotation API
  annotate('not JSON', 'lang=ar&text=x', 400, 'invalid_json'),
  annotate('multipart form', '--x\r\nContent-Disposition: form-data; name="lang"\r\n\r\nar\r\n--x--', 400, 'invalid_json', { 'content-type': 'multipart/form-data; boundary=x' }),
  annotate('JSON that is not an object', '[1,2]', 400, 'invalid_request'),
  annotate('a field of the wrong type', '{"lang":"ar","text":42}', 400, 'invalid_request'),
  annotate('an unknown language', '{"lang":"fr","text":"x"}', 400, 'invalid_request'),
  annotate('a prototype-pollution key', '{"lang":"ar","text":"x","__proto__":{"polluted":1}}', 400, 'invalid_request'),
  annotate('nested absurdly: 50,000 arrays', '['.repeat(50_000) + ']'.repeat(50_000), 400, 'invalid_request'),
  annotate('nested absurdly: 50,000 objects in a field', `{"lang":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)},"text":"x"}`, 400, 'invalid_request'),
  annotate('a body over the limit', JSON.stringify({ lang: 'en', text: 'x'.repeat(700 * 1024) }), 413, 'too_large'),
  annotate('a text over the limit', JSON.stringify({ lang: 'ar', text: 'ب'.repeat(51_201) }), 413, 'too_large'),
  annotate('a Content-Length that lies', '{}', 413, 'too_large', { ...json, 'content-length': '99999999' }),
  annotate('bytes that are not UTF-8 (a lone surrogate, raw)', utf8('{"lang":"en","text":"GNA ', [0xed, 0xa0, 0x80], '"}'), 400, 'invalid_encoding'),
  annotate('a lone surrogate, escaped', '{"lang":"en","text":"GNA \\ud800 and \\udc00"}', 200, 'spans'),
  annotate('RLO and PDF characters', JSON.stringify({ lang: 'en', text: '\u202eGNA\u202c and \u202eAccord National of Government' }), 200, 'spans'),
  annotate('NUL characters', '{"lang":"en","text":"a\\u0000b GNA"}', 200, 'spans'),
  annotate('script and markup in the text', JSON.stringify({ lang: 'en', text: '<script>alert(1)</script><img src=x onerror=alert(2)> GNA' }), 200, 'spans'),
  { name: 'GET on the API', path: '/api/annotate?lang=ar&text=x', status: 405, says: 'method_not_allowed' },
  { name: 'DELETE on the API', method: 'DELETE', path: '/api/annotate', status: 405, says: 'method_not_allowed' },
  // The alignment API: the same errors as the annotation API
  align('not JSON', 'ar=x&en=y', 400, 'invalid_json'),
  align('JSON that is not an object', '["ar","en"]', 400, 'invalid_request'),
  align('a missing field', '{"ar":"نص"}', 400, 'invalid_request'),
  align('a field of the wrong type', '{"ar":"نص","en":["x"]}', 400, 'invalid_request'),
  align('an unknown field', '{"ar":"نص","en":"x","__proto__":{"polluted":1}}', 400, 'invalid_request'),
  align('an empty text', '{"ar":"نص.","en":"   "}', 400, 'invalid_request'),
  align('nested absurdly: 50,000 arrays', '['.repeat(50_000) + ']'.repeat(50_000), 400, 'invalid_request'),
  align('a text over the limit', JSON.stringify({ ar: 'ب'.repeat(51_201), en: 'x' }), 413, 'too_large'),
  align('a body over the limit', JSON.stringify({ ar: 'x', en: 'x'.repeat(1300 * 1024) }), 413, 'too_large'),
  align('a Content-Length that lies', '{}', 413, 'too_large', { ...json, 'content-length': '99999999' }),
  align('bytes that are not UTF-8', utf8('{"ar":"', [0xed, 0xa0, 0x80], '","en":"x"}'), 400, 'invalid_encoding'),
  align('script and markup in the texts', JSON.stringify({ ar: '<script>alert(1)</script> قال.', en: '<img src=x onerror=alert(2)> He said.' }), 200, 'units'),
  { name: 'GET on the alignment API', path: '/api/align?ar=x&en=y', status: 405, says: 'method_not_allowed' },
  // Glossary search and exports
  { name: 'search: a query over 200 characters', path: `/api/glossary/search?q=${'x'.repeat(201)}`, status: 400, says: 'query_too_long' },
  { name: 'search: a 10 KB query', path: `/api/glossary/search?q=${LONG}`, status: 400, says: 'query_too_long' },
  { name: 'search: a repeated parameter', path: '/api/glossary/search?q=a&q=b', status: 400, says: 'repeated_parameter' },
  { name: 'search: parameters of the wrong type', path: '/api/glossary/search?q[]=x&q[$gt]=&category[]=place', status: 200, says: 'results' },
  { name: 'search: an unknown category', path: '/api/glossary/search?q=a&category=__proto__', status: 400, says: 'unknown_category' },
  { name: 'search: an unknown locale', path: '/api/glossary/search?q=a&locale=../../etc', status: 400, says: 'unknown_locale' },
  { name: 'search: script in the query', path: `/api/glossary/search?q=${encodeURIComponent('<script>alert(1)</script>')}`, status: 200, says: 'results' },
  { name: 'search: an encoded lone surrogate', path: '/api/glossary/search?q=%ED%A0%80', status: 200, says: 'results' },
  { name: 'search: POST', method: 'POST', path: '/api/glossary/search', status: 405, says: 'method_not_allowed' },
  { name: 'export: an unknown format', path: '/api/glossary/export/docx', status: 404, says: 'unknown_format' },
  { name: 'export: traversal', path: '/api/glossary/export/..%2f..%2fpackage.json', status: 404, says: 'unknown_format' },
  { name: 'term page: an unknown term', path: '/en/glossary/..%2f..%2fpackage.json', status: 404, says: NOT_FOUND },
];
