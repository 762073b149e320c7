// A plain static server for comparison: the prerendered HTML Next wrote to .next/server/app and the assets in
// .next/static, from memory, with no framework in the way. `node bench/static-server.mjs [port]`.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const port = Number(process.argv[2] ?? 3211);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
const cache = new Map();

function fileFor(pathname) {
  if (pathname.startsWith('/_next/static/')) return path.join('.next/static', pathname.slice('/_next/static/'.length));
  return path.join('.next/server/app', `${pathname === '/' ? 'index' : pathname}.html`);
}

http
  .createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.normalize(fileFor(pathname));
    if (!file.startsWith('.next/') || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (!cache.has(file)) cache.set(file, readFileSync(file));
    const body = cache.get(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length }).end(body);
  })
  .listen(port, '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${port}`));
