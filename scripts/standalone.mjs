// After `next build`: make .next/standalone a complete site that runs on its own with `node server.js`.
// 1. The standalone server serves .next/static and public/ only if they sit next to it (Next leaves them out on
//    purpose, for a CDN): copy them in.
// 2. The CSP hashes: every prerendered page's inline scripts, hashed, by URL path (csp-hashes.json).
// 3. Next's generated server.js becomes next-server.js, wrapped by ours (scripts/server.cjs, see README Deployment).
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const { inlineScriptHashes } = require('../lib/http/server-guard.js');

const target = '.next/standalone';
if (!existsSync(`${target}/server.js`)) {
  console.error('No .next/standalone/server.js: is `output: "standalone"` set in next.config.js and did the build pass?');
  process.exit(1);
}
for (const [from, to] of [
  ['.next/static', `${target}/.next/static`],
  ['public', `${target}/public`],
]) {
  if (!existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/** Every prerendered page's path ("/en/glossary") and the hashes of its inline scripts. */
const appDir = '.next/server/app';
const hashes = {};
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.html')) {
      const route = `/${relative(appDir, file).slice(0, -'.html'.length)}`.replace(/\/index$/, '') || '/';
      if (!route.split('/').some((part) => part.startsWith('_'))) hashes[route] = inlineScriptHashes(readFileSync(file, 'utf8'));
    }
  }
};
walk(appDir);
writeFileSync(`${target}/csp-hashes.json`, JSON.stringify(hashes));
const distinct = new Set(Object.values(hashes).flat()).size;
console.log(`csp-hashes.json: ${Object.keys(hashes).length} prerendered pages, ${distinct} distinct inline scripts`);

for (const file of ['server-guard.js', 'security-headers.js', 'prerendered.js']) cpSync(`lib/http/${file}`, `${target}/${file}`);
if (!readFileSync(`${target}/server.js`, 'utf8').includes("require('./next-server.js')")) renameSync(`${target}/server.js`, `${target}/next-server.js`);
cpSync('scripts/server.cjs', `${target}/server.js`);
