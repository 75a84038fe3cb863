// The dashboard's server side alone: time to first byte and to the last byte of
// `GET /incidents/map?limit=10000` and of the newest-200 `GET /incidents` on a
// freshly started `sitrep serve`, first request and repeated, over the same
// history as bench:dashboard (BENCH_DASHBOARD_EVENTS events, projected).
//
// BENCH_DATABASE_URL: a database that already holds such a history (made once
// with BENCH_KEEP_DB=1, whose log names it), so builds can be compared on the
// same rows. MAP_BENCH_SERVERS: fresh servers started one after the other (3).
//
//   npm run -s build && BENCH_KEEP_DB=1 node dist/bench/map-route.bench.js
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createReadSideProjections } from '@sitrep/projections';
import { openBenchDatabase } from './harness/bench-database.js';
import { ensureEvents } from './harness/fixture.js';
import { buildProjections } from './harness/projections.js';
import type { SectionContext } from './harness/section.js';
import { envInt } from './harness/measure.js';
import { printFigure, RESULTS_DIR, type Figure } from './harness/results.js';

const CLI = join(RESULTS_DIR, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const EVENTS = envInt('BENCH_DASHBOARD_EVENTS', 31_000);
const SERVERS = envInt('MAP_BENCH_SERVERS', 3);

interface Timing {
  firstByteMs: number;
  totalMs: number;
  bytes: number;
}

/** One GET, timed from the request to its first and last byte of body. */
/** The read cache's outcomes for the map route, from /metrics. */
async function mapCacheOutcomes(origin: string): Promise<string> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('sitrep_read_cache_requests_total') && l.includes('/incidents/map'))
    .map((l) => `${/outcome="(\w+)"/.exec(l)?.[1]}=${l.split(' ').at(-1)}`)
    .join(' ');
}

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

async function startServer(url: string): Promise<{ origin: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SITREP_WRITE_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[\w.:[\]]+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`sitrep serve exited with ${code}`)));
  });
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}

const fmt = (t: Timing) => `${Math.round(t.firstByteMs)} / ${Math.round(t.totalMs)} ms (${(t.bytes / 1e6).toFixed(2)} MB)`;
const load = () => loadavg()[0].toFixed(1);

async function main(): Promise<void> {
  const db = await openBenchDatabase('maproute');
  const ctx = { db, figure: (f: Figure) => (printFigure(f), f), note: (t: string) => console.log(`  ${t}`) } as unknown as SectionContext;
  try {
    await ensureEvents(db.sql, EVENTS, 'dashboard-');
    const [{ head }] = await db.sql<{ head: string }[]>`SELECT max(position)::text AS head FROM events`;
    await buildProjections(ctx, createReadSideProjections(), Number(head));
    const [{ n }] = await db.sql<{ n: string }[]>`
      SELECT count(*)::text AS n FROM incidents
      WHERE valid_to IS NULL AND build = (SELECT active_build FROM projection_registry WHERE name = 'incidents')`;
    console.log(`map route bench: ${n} incidents, ${db.name}; first byte / last byte`);
    const url = new URL(process.env.BENCH_DATABASE_URL?.trim() || db.url).toString();
    for (let s = 1; s <= SERVERS; s++) {
      const server = await startServer(url);
      try {
        // The dashboard's first load: the newest 200 beside the whole map, at once.
        const [newest, map] = await Promise.all([
          timedGet(server.origin, '/incidents?limit=200'),
          timedGet(server.origin, '/incidents/map?limit=10000'),
        ]);
        const repeated = await timedGet(server.origin, '/incidents/map?limit=10000');
        // Another key, the same rows: a warm server's answer that the read cache cannot give.
        const warm = await timedGet(server.origin, '/incidents/map?limit=10000&from=1900-01-01');
        console.log(`server ${s} (load ${load()}):`);
        console.log(`  fresh server, /incidents?limit=200      ${fmt(newest)}`);
        console.log(`  fresh server, /incidents/map 10,000     ${fmt(map)}`);
        console.log(`  repeated                               ${fmt(repeated)}`);
        console.log(`  warm server, uncached key              ${fmt(warm)}`);
        console.log(`  read cache on the map route: ${await mapCacheOutcomes(server.origin)}`);
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
