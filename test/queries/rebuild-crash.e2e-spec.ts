import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore } from '@sitrep/event-store';
import type { ProjectionDb } from '@sitrep/projections';
import { catchUpTo, extracted, PLACES, snapshotProjections, submitReport, testRunner } from '@sitrep/projections/testing';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli } from '../api/support/cli.js';
import { repoRoot } from '../reports/support/reports-app.js';

/**
 * `sitrep rebuild` killed with SIGKILL mid-rebuild, and rebuilds started at once after it from two
 * processes: the built CLI in child processes against a real database. Each must end (no deadlock
 * between one process's batch on a build and another's clean-up of it, no process left waiting for
 * a build another rebuild replaced) and the serving builds must equal the ones built before.
 */
const REPORTS = 1_200;
/** Small batches: a rebuild is many short transactions, so a kill or a second rebuild lands inside one. */
const BATCH = '3';

let tdb: TestDatabase;
let db: ProjectionDb;
let reference: Awaited<ReturnType<typeof snapshotProjections>>;

interface Child {
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill: (signal: NodeJS.Signals) => void;
}

/** `sitrep rebuild --batch-size BATCH [args]` in a child process; killed by SIGKILL if it has not ended after `killAfterMs` (generous: a rebuild here is ~1,800 transactions, slow on 2 shared cores at load 15-20). */
function rebuild(args: string[] = [], killAfterMs = 240_000): Child {
  const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'rebuild', '--batch-size', BATCH, ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { pid: child.pid!, exited, kill: (s) => child.kill(s) };
}

/** The incidents projection's rebuild as the registry has it: its build and checkpoint. */
async function incidentsRebuild(): Promise<{ build: number | null; position: number | null }> {
  const [r] = await tdb.sql<{ build: number | null; position: string | null }[]>`
    SELECT r.rebuild_build AS build, c.position FROM projection_registry r
    LEFT JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.rebuild_build
    WHERE r.name = 'incidents'`;
  return { build: r?.build ?? null, position: r?.position == null ? null : Number(r.position) };
}

/** Deadlocks PostgreSQL has detected in the test database (its statistics, flushed by each backend). */
async function deadlocks(): Promise<number> {
  const [r] = await tdb.sql<
    { n: string }[]
  >`SELECT pg_stat_clear_snapshot(), deadlocks AS n FROM pg_stat_database WHERE datname = current_database()`;
  return Number(r?.n ?? 0);
}

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 4 });
  db = tdb.db as unknown as ProjectionDb;
  const store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  const places = Object.values(PLACES);
  let head = 0;
  for (let i = 0; i < REPORTS; i++) {
    const day = 10 + (i % 15);
    const s = submitReport(`crash-${i}`, [
      extracted('ShellingReported', {
        occurredOn: { from: `2022-09-${day}`, to: `2022-09-${day}` },
        locations: [places[i % places.length]!],
      }),
      extracted('CasualtiesClaimed', {
        occurredOn: { from: `2022-09-${day}`, to: `2022-09-${day}` },
        locations: [places[(i + 1) % places.length]!],
        casualties: [
          { party: 'AM', affiliation: 'military', category: 'killed', min: i % 7, max: i % 7, approximate: false, vague: false },
        ],
      }),
    ]);
    head = (await store.append(s.streamId, s.events)).lastPosition;
  }
  await catchUpTo(testRunner(db, tdb.sql, store), head, 120_000);
  reference = await snapshotProjections(db);
}, 180_000);

afterAll(() => tdb?.close());

describe('sitrep rebuild after kill -9, and two at once', () => {
  it('ends every rebuild without a deadlock, and the serving builds equal the ones before', async () => {
    const deadlocksBefore = await deadlocks();
    // A rebuild killed once its new build has applied something.
    const killed = rebuild();
    await expect.poll(async () => (await incidentsRebuild()).position ?? 0, { timeout: 120_000, interval: 20 }).toBeGreaterThan(0);
    const stale = (await incidentsRebuild()).build!;
    killed.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    expect((await incidentsRebuild()).build).toBe(stale); // left registered: its build space is the stale build

    // At once, another rebuild; once its worker is applying its own build, a second one from another process.
    const first = rebuild();
    await expect
      .poll(
        async () => {
          const r = await incidentsRebuild();
          return r.build !== stale && (r.position ?? 0) > 0;
        },
        { timeout: 120_000, interval: 20 },
      )
      .toBe(true);
    const second = rebuild();
    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    // Each backend flushes its statistics at the latest when it closes: the children's have.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await deadlocks()).toBe(deadlocksBefore);

    const registry = await tdb.sql<{ name: string; rebuild_build: number | null; state: string }[]>`
      SELECT name, rebuild_build, state FROM projection_registry ORDER BY name`;
    expect(registry.map((r) => [r.name, r.rebuild_build, r.state])).toEqual([
      ['casualties', null, 'running'],
      ['incidents', null, 'running'],
    ]);
    const spaces = await tdb.sql`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sitrep_build_%'`;
    expect(spaces).toEqual([]);
    expect(await snapshotProjections(db)).toEqual(reference);
  }, 600_000);

  it('gives up with REBUILD_FAILED when its worker keeps failing, and a later rebuild takes over', async () => {
    // Every swap of casualties fails: the move into the shared table is refused (a constraint the rows break).
    await tdb.sql`CREATE FUNCTION refuse_claims() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'claims refused by the test'; END $$`;
    await tdb.sql`CREATE TRIGGER refuse_claims BEFORE INSERT ON public.casualty_claims FOR EACH STATEMENT EXECUTE FUNCTION refuse_claims()`;
    const failed = await rebuild(['casualties', '--give-up-after', '3'], 90_000).exited;
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(
      /sitrep: REBUILD_FAILED: Rebuild of "casualties" failed for 3 s with no progress: .*claims refused by the test/,
    );

    await tdb.sql`DROP TRIGGER refuse_claims ON public.casualty_claims`;
    const again = await rebuild(['casualties']).exited;
    expect(again.code, again.stderr).toBe(0);
    expect(await snapshotProjections(db)).toEqual(reference);
  }, 300_000);
});
