import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import { reportStreamId } from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { EXTRACTOR_VERSION } from '@sitrep/extraction';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli } from '../api/support/cli.js';
import { repoRoot } from '../reports/support/reports-app.js';
import { OLD_EXTRACTOR_VERSION, readCorpusTexts, storeOldReport } from './support/old-reports.js';

/**
 * `sitrep reextract` as a user runs it, with the real extractor: reports
 * stored as if an older extractor had made them get a new extraction; the
 * current version is left alone.
 */
const run = promisify(execFile);

let tdb: TestDatabase;
let store: EventStore;
let env: NodeJS.ProcessEnv;
const ids: string[] = [];

function sitrep(...args: string[]) {
  return run(process.execPath, ['dist/apps/cli/src/main.js', ...args], { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 });
}

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 4 });
  env = { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent' };
  store = createEventStore({ db: tdb.db, sql: tdb.sql });
  for (const text of await readCorpusTexts()) ids.push(await storeOldReport(store, text));
}, 180_000);

afterAll(async () => {
  await tdb?.close();
});

describe('sitrep reextract', () => {
  it('re-extracts one report whose extractor changed, and leaves it alone the second time', async () => {
    const id = ids[0]!;
    const first = await sitrep('reextract', id);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({
      id,
      outcome: 'reextracted',
      extractorVersion: EXTRACTOR_VERSION,
      previousExtractorVersion: OLD_EXTRACTOR_VERSION,
      extractionNumber: 2,
    });
    expect(result.eventCount).toBeGreaterThan(0);
    expect(first.stderr).toContain(`report ${id} re-extracted by ${EXTRACTOR_VERSION}`);

    const stream = await store.readStream(reportStreamId(id));
    expect(stream.map((e) => e.type).slice(0, 2)).toEqual(['ReportSubmitted', 'ReportReextracted']);
    expect(stream).toHaveLength(2 + result.eventCount);

    const second = await sitrep('reextract', id);
    expect(JSON.parse(second.stdout)).toMatchObject({ id, outcome: 'unchanged', code: 'REEXTRACTION_UNCHANGED' });
    expect(await store.readStream(reportStreamId(id))).toHaveLength(stream.length);
  });

  it('--all walks every report and prints a summary', async () => {
    const { stdout, stderr } = await sitrep('reextract', '--all');
    expect(JSON.parse(stdout)).toMatchObject({ reports: 3, reextracted: 2, unchanged: 1, skipped: 0, failed: 0, interrupted: false });
    expect(stderr).toContain('3 report(s): 2 re-extracted, 1 unchanged');
  });

  it('answers usage and not-found errors with exit code 1', async () => {
    await expect(sitrep('reextract')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('give a report id or --all') });
    await expect(sitrep('reextract', '0'.repeat(24))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('REPORT_NOT_FOUND'),
    });
  });
});
