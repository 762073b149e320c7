// After `next build`: make .next/standalone a complete site that runs on its own with `node server.js`.
// 1. The standalone server serves .next/static and public/ only if they sit next to it (Next leaves them out on
//    purpose, for a CDN): copy them in.
// 2. The CSP hashes: every prerendered page's inline scripts, hashed, by URL path (csp-hashes.json).
// 3. Next's generated server.js becomes next-server.js, wrapped by ours (scripts/server.cjs, see README Deployment).
// 4. V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) at the top of the framework's own
//    scripts, the build manifest's rootMainFiles, which every page runs in full at load: V8 then compiles their
//    functions while the file streams in, on a background thread, instead of one by one on the main thread when each
//    is first called. Without it that compiling sits inside the one long task that starts the app (61–84 ms on this
//    machine's /ar, 23–38 ms with it; see docs/quality.md). Page chunks are left lazy: much of them runs later or never.
// 5. Brotli copies at the highest quality (`x.js.br` beside `x.js`) of the hashed scripts, stylesheets and SVGs and
//    of the prerendered pages, which the wrapper sends to browsers that take brotli (lib/http/static-assets.js,
//    lib/http/prerendered.js): too slow to make per request, and 14 % (scripts) to 45 % (the glossary) smaller
//    than the gzip Next makes.
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

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

for (const file of ['server-guard.js', 'security-headers.js', 'prerendered.js', 'static-assets.js', 'negotiation.js']) {
  cpSync(`lib/http/${file}`, `${target}/${file}`);
}

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const { rootMainFiles = [] } = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8'));
for (const file of rootMainFiles) {
  const copy = `${target}/.next/${file}`;
  const body = readFileSync(copy, 'utf8');
  if (!body.startsWith(COMPILE_HINT)) writeFileSync(copy, COMPILE_HINT + body);
}
console.log(`compile hint: ${rootMainFiles.length} framework scripts`);

const brotli = promisify(zlib.brotliCompress);
/** Every file under dir whose name ends with one of the extensions. */
const filesUnder = (dir, extensions) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
        .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    : [];
const compressible = [...filesUnder(`${target}/.next/static`, ['.js', '.css', '.svg']), ...filesUnder(`${target}/.next/server/app`, ['.html'])];
let before = 0;
let after = 0;
await Promise.all(
  compressible.map(async (file) => {
    const body = readFileSync(file);
    const br = await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    before += zlib.gzipSync(body).length;
    after += br.length;
    writeFileSync(`${file}.br`, br);
  }),
);
console.log(`brotli: ${compressible.length} files, ${(before / 1024).toFixed(0)} KB gzip → ${(after / 1024).toFixed(0)} KB br`);
if (!readFileSync(`${target}/server.js`, 'utf8').includes("require('./next-server.js')")) renameSync(`${target}/server.js`, `${target}/next-server.js`);
cpSync('scripts/server.cjs', `${target}/server.js`);
