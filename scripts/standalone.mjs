// After `next build`: the standalone server serves .next/static and public/ only if they sit next to it (Next
// leaves them out on purpose, for a CDN). Copy them in, so `npm start` serves a complete site on its own.
import { cpSync, existsSync, rmSync } from 'node:fs';

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
