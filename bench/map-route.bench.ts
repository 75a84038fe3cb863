// The dashboard's server side alone: time to first byte and to the last byte of
// `GET /incidents/map?limit=10000` and of the newest-200 `GET /incidents` on a
// freshly started `sitrep serve` (bench/harness/server.ts: a query-only instance,
// measured once its extraction workers are ready), first request and repeated,
// over the same history as bench:dashboard (BENCH_DASHBOARD_EVENTS events, projected).
//
// BENCH_DATABASE_URL: a database that already holds such a history (made once
// with BENCH_KEEP_DB=1, whose log names it), so builds can be compared on the
// same rows. MAP_BENCH_SERVERS: fresh servers started one after the other (3).
//
//   npm run -s build && BENCH_KEEP_DB=1 node dist/bench/map-route.bench.js
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { openDashboardHistory } from './harness/dashboard-history.js';
import { envInt } from './harness/measure.js';
import { startServer } from './harness/server.js';

const SERVERS = envInt('MAP_BENCH_SERVERS', 3);

interface Timing {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
}

/** The read cache's outcomes for the map route, from /metrics. */
async function mapCacheOutcomes(origin: string): Promise<string> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('sitrep_read_cache_requests_total') && l.includes('/incidents/map'))
    .map((l) => `${/outcome="(\w+)"/.exec(l)?.[1]}=${l.split(' ').at(-1)}`)
    .join(' ');
}

/** One GET, timed from the request to its first and last byte of body. */
function timedGet(origin: string, path: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = -1;
    let bytes = 0;
    const req = request(`${origin}${path}`, (res) => {
      res.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${path}: HTTP ${res.statusCode}`));
        else resolve({ firstByteMs, totalMs: performance.now() - started, bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const fmt = (t: Timing) => `${Math.round(t.firstByteMs)} / ${Math.round(t.totalMs)} ms (${(t.bytes / 1e6).toFixed(2)} MB)`;
const load = () => loadavg()[0].toFixed(1);

async function main(): Promise<void> {
  const { db, incidents } = await openDashboardHistory('maproute');
  try {
    console.log(`map route bench: ${incidents} incidents, ${db.name}; first byte / last byte`);
    for (let s = 1; s <= SERVERS; s++) {
      const server = await startServer(db.url);
      try {
        // The dashboard's first load: the newest 200 beside the whole map, at once.
        const [newest, map] = await Promise.all([
          timedGet(server.url, '/incidents?limit=200'),
          timedGet(server.url, '/incidents/map?limit=10000'),
        ]);
        const repeated = await timedGet(server.url, '/incidents/map?limit=10000');
        // Another key, the same rows: a warm server's answer that the read cache cannot give.
        const warm = await timedGet(server.url, '/incidents/map?limit=10000&from=1900-01-01');
        console.log(`server ${s} (load ${load()}):`);
        console.log(`  fresh server, /incidents?limit=200      ${fmt(newest)}`);
        console.log(`  fresh server, /incidents/map 10,000     ${fmt(map)}`);
        console.log(`  repeated                               ${fmt(repeated)}`);
        console.log(`  warm server, uncached key              ${fmt(warm)}`);
        console.log(`  read cache on the map route: ${await mapCacheOutcomes(server.url)}`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
