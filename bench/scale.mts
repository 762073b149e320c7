// Build the site with synthetic corpora (npm run bench:scale [-- 100 1000]) and print, for each size: build time
// in all and per article, peak memory of the build's process tree, and the first-load JavaScript and HTML weight
// (gzip) of the reader, the index, the glossary and a term page. Prints figures only.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import YAML from 'yaml';
import { readNtrex, writeSyntheticContent } from './scale-corpus';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 1000];
const WORK = process.env.SCALE_DIR ?? '/tmp/mizan-scale';

/** Resident memory of a process and all its descendants, in bytes (ps over the whole table, summed by tree). */
function treeRss(root: number): number {
  const rows = execSync('ps -e -o pid=,ppid=,rss=', { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

// next build adds its distDir's type folders to tsconfig.json and may rewrite next-env.d.ts: put both back.
const KEPT = ['tsconfig.json', 'next-env.d.ts'].filter((f) => existsSync(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
const restore = () => KEPT.forEach(([f, text]) => writeFileSync(f, text));

/** Wall time, CPU time of the whole build (user + system, children included: /usr/bin/time) and peak memory. */
async function build(content: string, dist: string): Promise<{ seconds: number; cpu: number; peak: number }> {
  const started = Date.now();
  const child = spawn('/usr/bin/time', ['-f', 'SCALE_CPU %U %S', 'node_modules/.bin/next', 'build'], {
    env: { ...process.env, MIZAN_CONTENT_DIR: content, MIZAN_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, treeRss(child.pid!));
    } catch {
      // the process ended between two samples
    }
  }, 250);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  restore();
  if (code !== 0) throw new Error(`next build failed (${code}):\n${stderr.slice(-2000)}`);
  const [, user, sys] = stderr.match(/SCALE_CPU ([\d.]+) ([\d.]+)/) ?? [];
  return { seconds: (Date.now() - started) / 1000, cpu: Number(user) + Number(sys), peak };
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function weight(dist: string, file: string) {
  const html = readFileSync(file, 'utf8');
  const scripts = new Set<string>();
  for (const m of html.matchAll(/(?:\/_next\/)?static\/chunks\/[\w.-]+\.js/g)) scripts.add(path.join(dist, m[0].replace(/^\/?_next\//, '')));
  const js = [...scripts].filter((f) => existsSync(f)).reduce((s, f) => s + gz(f), 0);
  return { js, html: gz(file) };
}

/** The term page whose HTML is largest: the term that occurs most in the corpus (term pages only, not qa or candidates). */
function largestTermPage(dist: string, content: string): string {
  const dir = path.join(dist, 'server/app/en/glossary');
  const glossary = (YAML.parse(readFileSync(path.join(content, 'glossary.yaml'), 'utf8')) as { terms: { id: string }[] }).terms;
  const pages = glossary.map((t) => path.join(dir, `${t.id}.html`)).filter((f) => existsSync(f));
  return pages.sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
}

const docs = readNtrex();
const results: { n: number; seconds: number; cpu: number; peak: number; pages: Record<string, { js: number; html: number; file: string }> }[] = [];
for (const n of SIZES) {
  const content = path.join(WORK, `content-${n}`);
  const dist = path.join('.next-scale', String(n));
  writeSyntheticContent(content, n, docs);
  rmSync(dist, { recursive: true, force: true });
  console.error(`building ${n} articles…`);
  const { seconds, cpu, peak } = await build(content, dist);
  const app = path.join(dist, 'server/app');
  const reader = readdirSync(path.join(app, 'en/articles')).find((f) => f.endsWith('.html'))!;
  const files = {
    reader: path.join(app, 'en/articles', reader),
    index: path.join(app, 'en.html'),
    glossary: path.join(app, 'en/glossary.html'),
    'term (largest)': largestTermPage(dist, content),
    'term (gna)': path.join(app, 'en/glossary/gna.html'),
    'corpus QA': path.join(app, 'en/glossary/qa.html'),
  };
  const pages = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, { ...weight(dist, file), file: path.basename(file) }]));
  results.push({ n, seconds, cpu, peak, pages });
  console.log(
    `\n${n} articles: build ${seconds.toFixed(1)} s wall (${((seconds / n) * 1000).toFixed(0)} ms per article), ${cpu.toFixed(1)} s CPU (${((cpu / n) * 1000).toFixed(0)} ms per article), peak memory ${(peak / 2 ** 30).toFixed(2)} GB, load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log('page              first-load JS   HTML gzip   file');
  for (const [name, p] of Object.entries(pages)) console.log(`${name.padEnd(17)} ${kb(p.js).padStart(13)}  ${kb(p.html).padStart(10)}   ${p.file}`);
  rmSync(dist, { recursive: true, force: true });
}
if (results.length >= 2) {
  const [a, b] = [results[0], results.at(-1)!];
  for (const measure of ['seconds', 'cpu'] as const) {
    const perA = a[measure] / a.n;
    const perB = b[measure] / b.n;
    const marginal = (b[measure] - a[measure]) / (b.n - a.n);
    console.log(
      `\n${measure === 'cpu' ? 'CPU' : 'wall'} per article: ${(perA * 1000).toFixed(0)} ms at ${a.n}, ${(perB * 1000).toFixed(0)} ms at ${b.n} (ratio ${(perB / perA).toFixed(2)}, target ≤ 1.2); marginal ${(marginal * 1000).toFixed(0)} ms per added article`,
    );
  }
  for (const name of Object.keys(a.pages)) {
    const [pa, pb] = [a.pages[name], b.pages[name]];
    console.log(`${name.padEnd(17)} JS ${kb(pa.js)} → ${kb(pb.js)}, HTML ${kb(pa.html)} → ${kb(pb.html)}`);
  }
}
