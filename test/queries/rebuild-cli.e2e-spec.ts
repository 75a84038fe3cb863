import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore } from '@sitrep/event-store';
import { goldReport, loadGoldSeeds } from '@sitrep/projections/testing';
import { catchUpTo, testRunner } from '@sitrep/projections/testing';
import type { ProjectionDb } from '@sitrep/projections';
import { snapshotProjections } from '@sitrep/projections/testing';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { repoRoot } from '../reports/support/reports-app.js';
import { requireBuiltCli } from '../api/support/cli.js';

/** `sitrep rebuild [NAME]` as a user runs it: the built CLI in a child process against a test database. */
const run = promisify(execFile);
let tdb: TestDatabase;
let db: ProjectionDb;

async function sitrep(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4' },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 4 });
  db = tdb.db as unknown as ProjectionDb;
  const store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  let head = 0;
  for (const seed of loadGoldSeeds()) {
    const s = goldReport(seed);
    head = (await store.append(s.streamId, s.events)).lastPosition;
  }
  await catchUpTo(testRunner(db, tdb.sql, store), head);
});

afterAll(() => tdb?.close());

describe('sitrep rebuild', () => {
  it('rebuilds every projection into a new build, swaps, and reports events/s', async () => {
    const before = await snapshotProjections(db);
    const registry = () => db.selectFrom('projection_registry').select(['name', 'active_build', 'rebuild_build']).orderBy('name').execute();
    const buildsBefore = await registry();
    const r = await sitrep(['rebuild']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ rebuilt: ['incidents', 'casualties'], interrupted: false });
    expect(summary.eventsPerSecond).toBeGreaterThan(0);
    // A new build of each, swapped in. Not always the next number: the test kit seeds with version 1 of
    // each projection, so one whose version went up (casualties: 2) is also rebuilt by the runner's start,
    // and the explicit rebuild replaces that build with its own (build 3).
    const after = await registry();
    expect(after.map((b) => b.name)).toEqual(buildsBefore.map((b) => b.name));
    for (const [i, b] of after.entries()) {
      expect(b.rebuild_build, b.name).toBeNull();
      expect(b.active_build, b.name).toBeGreaterThan(buildsBefore[i]!.active_build);
      expect(r.stderr).toContain(`${b.name} done (build ${b.active_build})`);
    }
    expect(await snapshotProjections(db)).toEqual(before);
  });

  it('rebuilds one projection by name and refuses an unknown one', async () => {
    const r = await sitrep(['rebuild', 'casualties']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!).rebuilt).toEqual(['casualties']);
    const bad = await sitrep(['rebuild', 'nope']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('PROJECTION_NOT_FOUND');
  });
});
