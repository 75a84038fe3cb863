/**
 * What a build from zero holds as it grows: builds every projection from zero on an existing bench
 * database (BENCH_DATABASE_URL, its history already written, e.g. by `npm run bench:replay` with
 * BENCH_KEEP_DB=1; its projection rows are emptied first, so use a copy:
 * `CREATE DATABASE copy TEMPLATE kept`) and prints, every BENCH_SAMPLE_EVERY events (default
 * 10,000), the RSS and the live heap after a full collection. Run under `node --expose-gc`; with
 * BENCH_SNAPSHOT_AT=40000,120000 it also writes a heap snapshot when the build first passes each
 * position (compare object counts between two in Chrome's DevTools). Not part of `npm run bench`.
 */
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { createReadSideProjections, ProjectionRunner, type ProjectionDb } from '@sitrep/projections';
import { envInt, log, mib, now } from './harness/measure.js';
import { buildPositions } from './harness/projections.js';
import { loadSitrepStore } from './harness/stores.js';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL names a copy of a bench database to build from zero');
const SAMPLE_EVERY = envInt('BENCH_SAMPLE_EVERY', 10_000);
const SNAPSHOT_AT = (process.env.BENCH_SNAPSHOT_AT ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number)
  .sort((a, b) => a - b);
/** BENCH_GC=0: sample without a full collection first (what the bench's RSS sampler sees). */
const gc = process.env.BENCH_GC === '0' ? undefined : (globalThis as { gc?: () => void }).gc;
/** BENCH_CURRENT_LIMIT: the incidents projection's currentIncidentsLimit (default: the projection's own). */
const CURRENT_LIMIT = process.env.BENCH_CURRENT_LIMIT ? Number(process.env.BENCH_CURRENT_LIMIT) : undefined;

const PROJECTION_TABLES = ['incidents', 'incident_members', 'incident_places', 'casualty_claims', 'projection_reports'];

async function main(): Promise<void> {
  const sql = postgres(url!, { max: 20, onnotice: () => undefined });
  const db = new Kysely<any>({ dialect: new PostgresJSDialect({ postgres: sql }) });
  await sql.unsafe(`TRUNCATE ${PROJECTION_TABLES.join(', ')}, projection_registry, projection_checkpoints`);
  const store = (await loadSitrepStore(db, sql))!;
  const head = await store.headPosition();
  const runner = new ProjectionRunner({
    db: db as unknown as ProjectionDb,
    sql,
    store,
    projections: createReadSideProjections({ currentIncidentsLimit: CURRENT_LIMIT }),
    subscribe: false,
    // The runner's own poll (1 s, as `sitrep serve`): at 50 ms a projection that had caught up (one side of a
    // rebuild of both, or both after the build) polled its registry and the head 20 times a second, half the
    // database's time in a 150k rebuild (bench/optimisations.md, item 27).
  });
  const started = now();
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  log(`before the build: RSS ${mib(startRss)} MiB, heap used ${mib(process.memoryUsage().heapUsed)} MiB`);
  await runner.start();
  let nextSample = SAMPLE_EVERY;
  const snapshots = [...SNAPSHOT_AT];
  console.log(
    'position      s   RSS MiB  peak MiB  heap used  heap total  external  (MiB, after a full gc unless BENCH_GC=0; then old space used/committed, new space committed)',
  );
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const progress = Math.min(...(await buildPositions(sql)).map((b) => b.activePosition));
    if (progress >= nextSample || progress >= head) {
      gc?.();
      const m = process.memoryUsage();
      const spaces = new Map(getHeapSpaceStatistics().map((s) => [s.space_name, s]));
      const old = spaces.get('old_space');
      const row = [
        String(progress).padStart(8),
        ((now() - started) / 1000).toFixed(0).padStart(6),
        String(mib(m.rss)).padStart(9),
        String(mib(peakRss)).padStart(9),
        String(mib(m.heapUsed)).padStart(10),
        String(mib(m.heapTotal)).padStart(11),
        String(mib(m.external)).padStart(9),
        `  ${mib(old?.space_used_size ?? 0)}/${mib(old?.space_size ?? 0)}, ${mib(spaces.get('new_space')?.space_size ?? 0)}`,
      ];
      console.log(row.join(' '));
      nextSample = (Math.floor(progress / SAMPLE_EVERY) + 1) * SAMPLE_EVERY;
    }
    if (snapshots.length && progress >= snapshots[0]!) {
      snapshots.shift();
      gc?.();
      log(`heap snapshot at ${progress}: ${writeHeapSnapshot()}`);
    }
    if (progress >= head) break;
  }
  const seconds = (now() - started) / 1000;
  await runner.stop();
  log(
    `built ${head.toLocaleString('en-US')} events from zero in ${seconds.toFixed(1)} s (${Math.round(head / seconds)} events/s); RSS +${mib(peakRss - startRss)} MiB (peak ${mib(peakRss)})`,
  );
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
