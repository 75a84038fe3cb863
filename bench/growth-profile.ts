/**
 * How a build's cost per event grows with the history (issue 17): writes the bench's history
 * into BENCH_DATABASE_URL up to BENCH_EVENTS when it holds fewer (migrated first), empties its
 * projection rows, builds the incidents projection alone from zero, and prints, every
 * BENCH_SAMPLE_EVERY events (default 25,000), the window's Node CPU time per event, the part of
 * it V8's garbage collector took (`gc` entries), the RSS, and per event the events listed for relinks by kind
 * and date, and the incidents chooseIncident asked (`relinkCounts`).
 * A build from zero passing position p links against a p-event history (the bench spreads any
 * history over the same ten years), so one build draws the curve. Not part of `npm run bench`.
 */
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { migrateToLatest } from '@sitrep/database';
import { createReadSideProjections, ProjectionRunner, relinkCounts, type ProjectionDb } from '@sitrep/projections';
import { ensureEvents } from './harness/fixture.js';
import { envInt, log, mib, now } from './harness/measure.js';
import { buildPositions } from './harness/projections.js';
import { loadSitrepStore } from './harness/stores.js';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL names the database to build from zero (its projection rows are emptied)');
const EVENTS = envInt('BENCH_EVENTS', 0);
const SAMPLE_EVERY = envInt('BENCH_SAMPLE_EVERY', 25_000);
/** BENCH_UNTIL: stop once the build has passed this position (default: the head). */
const UNTIL = envInt('BENCH_UNTIL', 0);
/** BENCH_CURRENT_LIMIT, BENCH_HELD_MEMBERS_LIMIT: the incidents projection's held-state bounds (default: its own). */
const CURRENT_LIMIT = process.env.BENCH_CURRENT_LIMIT ? Number(process.env.BENCH_CURRENT_LIMIT) : undefined;
const HELD_MEMBERS_LIMIT = process.env.BENCH_HELD_MEMBERS_LIMIT ? Number(process.env.BENCH_HELD_MEMBERS_LIMIT) : undefined;
const PROJECTION_TABLES = ['incidents', 'incident_members', 'incident_places', 'casualty_claims', 'projection_reports'];

const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

async function main(): Promise<void> {
  const sql = postgres(url!, { max: 20, onnotice: () => undefined });
  const db = new Kysely<any>({ dialect: new PostgresJSDialect({ postgres: sql }) });
  await migrateToLatest(db);
  if (EVENTS > 0) await ensureEvents(sql, EVENTS);
  await sql.unsafe(`TRUNCATE ${PROJECTION_TABLES.join(', ')}, projection_registry, projection_checkpoints`);
  const store = (await loadSitrepStore(db, sql))!;
  const head = UNTIL > 0 ? Math.min(UNTIL, await store.headPosition()) : await store.headPosition();
  const runner = new ProjectionRunner({
    db: db as unknown as ProjectionDb,
    sql,
    store,
    projections: createReadSideProjections({ currentIncidentsLimit: CURRENT_LIMIT, heldMembersLimit: HELD_MEMBERS_LIMIT }).filter(
      (p) => p.name === 'incidents',
    ),
    subscribe: false,
  });
  const started = now();
  const cpuStart = process.cpuUsage();
  let last = { position: 0, cpu: process.cpuUsage(), at: started };
  await runner.start();
  let nextSample = SAMPLE_EVERY;
  let gcMs = 0;
  let lastGcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  console.log('position  window  CPU s  events/CPU s   GC s  wall s  RSS MiB  load  listed/ev  asked/ev');
  let lastCounts = { ...relinkCounts };
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const progress = Math.min(...(await buildPositions(sql)).map((b) => b.activePosition));
    if (progress >= nextSample || progress >= head) {
      const cpu = cpuSeconds(process.cpuUsage(last.cpu));
      const n = progress - last.position;
      console.log(
        [
          String(progress).padStart(8),
          String(n).padStart(7),
          cpu.toFixed(1).padStart(6),
          String(Math.round(n / cpu)).padStart(13),
          ((gcMs - lastGcMs) / 1000).toFixed(1).padStart(6),
          ((now() - last.at) / 1000).toFixed(1).padStart(7),
          String(mib(process.memoryUsage.rss())).padStart(8),
          loadavg()[0]!.toFixed(1).padStart(5),
          ((relinkCounts.listed - lastCounts.listed) / n).toFixed(1).padStart(10),
          ((relinkCounts.asked - lastCounts.asked) / n).toFixed(1).padStart(9),
        ].join(' '),
      );
      lastCounts = { ...relinkCounts };
      last = { position: progress, cpu: process.cpuUsage(), at: now() };
      lastGcMs = gcMs;
      nextSample = (Math.floor(progress / SAMPLE_EVERY) + 1) * SAMPLE_EVERY;
    }
    if (progress >= head) break;
  }
  const seconds = (now() - started) / 1000;
  const cpu = cpuSeconds(process.cpuUsage(cpuStart));
  gc.disconnect();
  await runner.stop();
  log(
    `built ${head.toLocaleString('en-US')} events from zero in ${seconds.toFixed(1)} s (${Math.round(head / seconds)} events/s), Node CPU ${cpu.toFixed(1)} s (${Math.round(head / cpu)} events per CPU second)`,
  );
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
