// Throughput of the production server against a plain static server serving the same prerendered HTML, both on
// 127.0.0.1, hit by autocannon in one run. Run `npm run build` first. BENCH_DURATION (s) and BENCH_CONNECTIONS
// change the load. Prints figures only.
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { startNext, startServer, stop } from './server';

// BENCH_PORT moves both servers off their default ports (several checkouts benchmarking on one machine).
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3212);
const STATIC_PORT = NEXT_PORT + 1;
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PATHS = ['/ar', '/en/articles/misrata-foreign-intervention', '/ar/glossary'];

async function main() {
const next = await startNext(NEXT_PORT);
const plain = await startServer('node', ['bench/static-server.mjs', String(STATIC_PORT)], {}, `http://127.0.0.1:${STATIC_PORT}/ar`);
try {
  console.log(`autocannon: ${connections} connections, ${duration} s per run, on 127.0.0.1; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  console.log('path                                         server   req/s    p50 ms  p99 ms  non-2xx  errors');
  for (const path of PATHS) {
    const rows = [];
    for (const [name, port] of [['next', NEXT_PORT], ['static', STATIC_PORT]] as const) {
      await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: 2 }); // warm-up
      const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration });
      rows.push(r);
      console.log(
        `${path.padEnd(44)} ${name.padEnd(7)} ${r.requests.average.toFixed(0).padStart(6)}  ${String(r.latency.p50).padStart(7)}  ${String(r.latency.p99).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}`,
      );
    }
    const [n, s] = rows;
    const rps = n.requests.average / s.requests.average;
    const p99 = n.latency.p99 / Math.max(s.latency.p99, 1);
    console.log(`  → load average ${loadavg()[0].toFixed(1)}; next/static: ${rps.toFixed(2)}× req/s (target ≥ 0.8: ${rps >= 0.8 ? 'met' : 'NOT met'}), p99 ${p99.toFixed(2)}× (target ≤ 2: ${p99 <= 2 ? 'met' : 'NOT met'})\n`);
  }
} finally {
  await stop(next);
  await stop(plain);
}
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
