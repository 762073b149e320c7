// @ts-check
// What the standalone server's own answers (lib/http/prerendered.js, lib/http/static-assets.js) read from a request's
// headers. Which content coding to answer a request with, from its Accept-Encoding (RFC 9110 §12.5.3): the first of the
// codings offered, in the server's order of preference, that the client accepts with a weight above 0. A coding the
// header does not name is accepted through `*`; `identity` is what is left (also when there is no header at all,
// which RFC 9110 allows to mean "anything", but a client that sends nothing is usually a script).

/**
 * @param {string | string[] | undefined} header the request's Accept-Encoding
 * @param {readonly string[]} offered the codings the server has, most preferred first
 * @returns {string} one of `offered`, or 'identity'
 */
function chooseEncoding(header, offered) {
  if (header === undefined) return 'identity';
  const weights = new Map();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.toLowerCase().split(';');
    const token = name.trim();
    if (!token) continue;
    let q = 1;
    for (const param of params) {
      const [key, value = ''] = param.split('=').map((x) => x.trim());
      if (key === 'q') q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 0;
    }
    weights.set(token, q);
  }
  for (const coding of offered) {
    const q = weights.has(coding) ? weights.get(coding) : weights.get('*');
    if (q !== undefined && q > 0) return coding;
  }
  return 'identity';
}

/**
 * Whether a conditional GET's If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2): answer 304 then.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} etag a strong ETag, quotes included
 */
function isNotModified(req, etag) {
  const match = req.headers['if-none-match'];
  return typeof match === 'string' && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

module.exports = { chooseEncoding, isNotModified };
