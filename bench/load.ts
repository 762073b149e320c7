// Load: 100 connections for 30 s against the reader page, then against POST /api/annotate, on the standalone
// server; errors, non-2xx answers, latency percentiles and the server's memory before, right after and after a
// rest. Run `npm run build` first. BENCH_DURATION and BENCH_CONNECTIONS change the load. Prints figures only.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { rssMb, startNext, stop } from './server';

const PORT = 3215;
const duration = Number(process.env.BENCH_DURATION ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const TEXT =
  'وتعمل قوات مصراته الداعمة للمجلس الرئاسي وحكومة الوفاق الوطني في طرابلس على صد هجمات تنظيم داعش قرب سرت. ' +
  'ودعا المجلس الرئاسي إلى النفير العام، فيما قال مجلس النواب في طبرق إن الجيش الوطني الليبي بقيادة خليفة حفتر سيواصل عملياته.';

/** Resident memory of the server and any processes it started. */
function serverRss(pid: number): number {
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  return [pid, ...children].reduce((sum, p) => sum + rssMb(p), 0);
}

async function run(name: string, options: Parameters<typeof autocannon>[0]) {
  const r = await autocannon({ connections, duration, ...options });
  console.log(
    `${name}: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; ` +
      `latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
  );
  return r;
}

async function main() {
  const server = await startNext(PORT);
  const pid = server.pid!;
  const base = `http://127.0.0.1:${PORT}`;
  const body = JSON.stringify({ lang: 'ar', text: TEXT });
  try {
    // Warm both paths so the first figure is the running server, not its start-up.
    await autocannon({ url: `${base}/en/articles/misrata-foreign-intervention`, connections: 10, duration: 3 });
    await autocannon({ url: `${base}/api/annotate`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration: 3 });
    const before = serverRss(pid);
    console.log(`${connections} connections, ${duration} s each, on 127.0.0.1; server RSS after warm-up: ${before.toFixed(0)} MB\n`);
    const page = await run('GET reader page  ', { url: `${base}/en/articles/misrata-foreign-intervention` });
    console.log(`  server RSS: ${serverRss(pid).toFixed(0)} MB`);
    const api = await run('POST /api/annotate', { url: `${base}/api/annotate`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const after = serverRss(pid);
    console.log(`  server RSS: ${after.toFixed(0)} MB`);
    await new Promise((r) => setTimeout(r, 10_000));
    const rested = serverRss(pid);
    console.log(`\nRSS: ${before.toFixed(0)} MB after warm-up → ${after.toFixed(0)} MB after the runs → ${rested.toFixed(0)} MB after 10 s of rest`);
    const clean = [page, api].every((r) => r.errors === 0 && r.non2xx === 0 && r.timeouts === 0);
    console.log(`0 errors and 0 non-2xx: ${clean ? 'met' : 'NOT met'}; memory flat (within 25 % of the warm-up figure after rest): ${rested <= before * 1.25 ? 'met' : 'NOT met'}`);
  } finally {
    await stop(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
