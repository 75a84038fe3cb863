import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import { reportStreamId } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EXTRACTOR_VERSION } from '@sitrep/extraction';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli } from '../api/support/cli.js';
import { repoRoot } from '../reports/support/reports-app.js';
import { readCorpusTexts, storeOldReport } from './support/old-reports.js';

/**
 * `sitrep reextract --all` killed with SIGKILL mid-run, then run again: the
 * second run starts at the first one's last checkpoint and finishes the rest,
 * and every report ends with exactly one re-extraction per run, by the current
 * extractor, whatever moment the kill landed at. Real CLI, real extractor,
 * real PostgreSQL.
 */
const run = promisify(execFile);
const REPORTS = 40;
const CHECKPOINT_EVERY = 5;
/** Passed to the CLI: the bound below is computed from it. 8 goes in batches of 4 (the CLI's own default is 32, batches of 16). */
const CONCURRENCY = 8;

let tdb: TestDatabase;
let store: EventStore;
let env: NodeJS.ProcessEnv;
const ids: string[] = [];

const cliArgs = (...args: string[]) => [
  'dist/apps/cli/src/main.js',
  'reextract',
  '--all',
  '--checkpoint-every',
  `${CHECKPOINT_EVERY}`,
  '--concurrency',
  `${CONCURRENCY}`,
  ...args,
];

function sitrep(...args: string[]) {
  return run(process.execPath, cliArgs(...args), { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 });
}

/** ReportReextracted events per report stream: [streamId, extractorVersion, correlationId]. */
async function reextractions(): Promise<Array<{ stream_id: string; version: string; run: string }>> {
  return tdb.sql`
    SELECT stream_id, data->>'extractorVersion' AS version, metadata->>'correlationId' AS run
    FROM events WHERE type = 'ReportReextracted' ORDER BY position`;
}

async function checkpointRow() {
  const [row] = await tdb.sql<{ run_id: string; reports_done: number }[]>`SELECT run_id, reports_done FROM reextract_checkpoints`;
  return row ?? null;
}

/** Starts the CLI and kills it with SIGKILL once `atLeast` more reports have been re-extracted; returns how many were when it died. */
async function killMidRun(args: string[], atLeast: number): Promise<number> {
  const before = (await reextractions()).length;
  const child: ChildProcess = spawn(process.execPath, cliArgs(...args), { cwd: repoRoot, env, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await expect
      .poll(async () => (await reextractions()).length - before, { timeout: 120_000, interval: 20 })
      .toBeGreaterThanOrEqual(atLeast);
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  // A commit the child had sent still lands after it died: count once the server has ended its sessions.
  await expect.poll(childSessions, { timeout: 30_000, interval: 20 }).toBe(0);
  return (await reextractions()).length - before;
}

/** Client sessions on the test database that are not this test's own (the CLI's, while the server has them). */
async function childSessions(): Promise<number> {
  const [row] = await tdb.sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> 'sitrep-test'`;
  return row!.n;
}

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 4 });
  env = { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4' };
  store = createEventStore({ db: tdb.db, sql: tdb.sql });
  const texts = await readCorpusTexts();
  for (let i = 0; i < REPORTS; i++) ids.push(await storeOldReport(store, `${texts[i % texts.length]}\n(resume test ${i})`));
}, 180_000);

afterAll(async () => {
  await tdb?.close();
});

describe('sitrep reextract --all after kill -9', () => {
  it('resumes at its checkpoint and re-extracts every report exactly once for the new version', async () => {
    const killedAfter = await killMidRun([], 12);
    expect(killedAfter).toBeLessThan(REPORTS); // the kill landed mid-run, or the test proves nothing
    const checkpoint = await checkpointRow();
    expect(checkpoint).not.toBeNull();
    // The checkpoint trails the work by less than one interval and the reports in flight, and never runs ahead of it.
    expect(checkpoint!.reports_done % CHECKPOINT_EVERY).toBe(0);
    expect(checkpoint!.reports_done).toBeLessThanOrEqual(killedAfter);
    expect(killedAfter - checkpoint!.reports_done).toBeLessThanOrEqual(CHECKPOINT_EVERY + CONCURRENCY - 1);

    const { stdout } = await sitrep();
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      resumedAfter: checkpoint!.reports_done,
      runId: checkpoint!.run_id,
      reports: REPORTS - checkpoint!.reports_done,
      // What the killed run did after its checkpoint is seen as done, not done again.
      unchanged: killedAfter - checkpoint!.reports_done,
      reextracted: REPORTS - killedAfter,
      failed: 0,
      interrupted: false,
    });

    const rows = await reextractions();
    expect(rows).toHaveLength(REPORTS);
    expect(new Set(rows.map((r) => r.stream_id))).toEqual(new Set(ids.map(reportStreamId)));
    expect(rows.every((r) => r.version === EXTRACTOR_VERSION)).toBe(true);
    expect(await checkpointRow()).toBeNull(); // completed: the next run starts from the beginning
  }, 300_000);

  it('a forced run killed and resumed re-extracts each report once more, not twice', async () => {
    const before = await reextractions();
    const killedAfter = await killMidRun(['--force'], 8);
    expect(killedAfter).toBeLessThan(REPORTS);
    const checkpoint = await checkpointRow();
    expect(checkpoint).not.toBeNull();

    const { stdout } = await sitrep('--force');
    expect(JSON.parse(stdout)).toMatchObject({
      resumedAfter: checkpoint!.reports_done,
      reextracted: REPORTS - killedAfter,
      unchanged: killedAfter - checkpoint!.reports_done,
      failed: 0,
    });

    const forced = (await reextractions()).slice(before.length);
    expect(forced).toHaveLength(REPORTS);
    expect(new Set(forced.map((r) => r.stream_id)).size).toBe(REPORTS);
    expect(new Set(forced.map((r) => r.run))).toEqual(new Set([checkpoint!.run_id]));
  }, 300_000);
});
