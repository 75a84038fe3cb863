/**
 * Where a rebuild's time goes: rebuilds every projection of an existing bench database
 * (BENCH_DATABASE_URL, its history already written, e.g. by `npm run bench:replay` with
 * BENCH_KEEP_DB=1) and prints the database time per statement kind (Kysely's query log),
 * beside the wall time. Node's own time is what is left (run under `node --cpu-prof` to see it).
 * Not part of `npm run bench`: a tool for profiling.
 */
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { createReadSideProjections, ProjectionRunner, type ProjectionDb } from '@sitrep/projections';
import { log, now, RssSampler } from './harness/measure.js';
import { buildPositions } from './harness/projections.js';
import { loadSitrepStore } from './harness/stores.js';

const url = process.env.BENCH_DATABASE_URL;
/** BENCH_HELD_MEMBERS_LIMIT: the incidents projection's heldMembersLimit (0: every member read from the table; for A/B). */
const HELD_MEMBERS_LIMIT = process.env.BENCH_HELD_MEMBERS_LIMIT ? Number(process.env.BENCH_HELD_MEMBERS_LIMIT) : undefined;
if (!url) throw new Error('BENCH_DATABASE_URL names the bench database to rebuild');

/** A statement's kind: its text up to the first parameter or 90 characters, spaces folded. */
const kindOf = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\$\d+.*$/, '…')
    .slice(0, 90);

/** The head when the rebuild started: a page read from there finds nothing (nothing is appended meanwhile). */
let head = Number.POSITIVE_INFINITY;

/** True for a readAll page (`… FROM events e WHERE e.position > $after … LIMIT $limit`) read from the head. */
function readsAtHead(text: string, parameters: readonly unknown[]): boolean {
  if (!/FROM events e\s+WHERE e\.position >/.test(text) || parameters.length < 2) return false;
  return Number(parameters[parameters.length - 2]) >= head;
}

async function main(): Promise<void> {
  const sql = postgres(url!, { max: 20, onnotice: () => undefined });
  const byKind = new Map<string, { n: number; ms: number }>();
  const db = new Kysely<any>({
    dialect: new PostgresJSDialect({ postgres: sql }),
    log: (e) => {
      if (e.level !== 'query') return;
      const k = kindOf(e.query.sql) + (readsAtHead(e.query.sql, e.query.parameters) ? ' [from the head: finds nothing]' : '');
      const s = byKind.get(k) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += e.queryDurationMillis;
      byKind.set(k, s);
    },
  });
  const store = (await loadSitrepStore(db, sql))!;
  head = await store.headPosition();
  const runner = new ProjectionRunner({
    db: db as unknown as ProjectionDb,
    sql,
    store,
    projections: createReadSideProjections({ heldMembersLimit: HELD_MEMBERS_LIMIT }),
    subscribe: false,
    // The runner's own poll (1 s, as `sitrep serve`): at 50 ms a projection that had caught up (one side of a
    // rebuild of both, or both after the build) polled its registry and the head 20 times a second, half the
    // database's time in a 150k rebuild (bench/optimisations.md, item 27).
  });
  const sampler = new RssSampler().start();
  let seconds: number;
  let cpu: NodeJS.CpuUsage;
  // Stopped and closed whatever happens: a failed statement (a rebuild refused, the server gone) must end
  // the process with its error, not leave the workers polling with nobody waiting for them.
  try {
    await runner.init();
    const before = await runner.status();
    const started = now();
    const cpuBefore = process.cpuUsage();
    await runner.start();
    for (const name of runner.names) await runner.rebuild(name);
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      sampler.sample();
      const builds = await buildPositions(sql);
      if (builds.every((s) => s.rebuildBuild === null && s.activeBuild > before.find((b) => b.name === s.name)!.active.build)) break;
    }
    seconds = (now() - started) / 1000;
    cpu = process.cpuUsage(cpuBefore);
  } catch (err) {
    await runner.stop().catch(() => undefined);
    await db.destroy();
    throw err;
  }
  await runner.stop();
  const mem = sampler.stop();
  log(
    `rebuilt ${head.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s: ${Math.round(head / seconds).toLocaleString('en-US')} events/s; RSS +${mem.growthMiB} MiB (peak ${mem.peakMiB})`,
  );
  // On a shared machine the wall time follows the load; the process's CPU time much less (A/B by it).
  log(
    `Node CPU time: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)}): ${Math.round(head / ((cpu.user + cpu.system) / 1e6)).toLocaleString('en-US')} events per CPU second`,
  );
  const total = [...byKind.values()].reduce((t, s) => t + s.ms, 0);
  log(`database time summed over connections: ${(total / 1000).toFixed(1)} s (both projections' workers run side by side)`);
  for (const [k, s] of [...byKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(`${(s.ms / 1000).toFixed(2).padStart(8)} s ${String(s.n).padStart(7)}x  ${k}`);
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
