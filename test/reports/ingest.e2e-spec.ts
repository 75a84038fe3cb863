import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { countEvents, loadSeeds, repoRoot } from './support/reports-app.js';
import { requireBuiltCli } from '../api/support/cli.js';

/** `sitrep ingest` as a user runs it: the built CLI in a child process against a test database. */
const run = promisify(execFile);
let tdb: TestDatabase;
let dir: string;

async function sitrep(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_DB_POOL_SIZE: '4' },
    timeout: 120_000,
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 2 });
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  const seeds = loadSeeds();
  await mkdir(join(dir, 'txt'));
  await writeFile(join(dir, 'txt', 'a.txt'), seeds[0]!.text);
  await writeFile(join(dir, 'txt', 'b.txt'), seeds[1]!.text);
  await writeFile(join(dir, 'txt', 'ignored.md'), 'not a report');
  await writeFile(
    join(dir, 'feed.ndjson'),
    [
      JSON.stringify({ text: seeds[2]!.text, publishedOn: seeds[2]!.publishedOn, source: seeds[2]!.outlet }),
      JSON.stringify({ text: seeds[3]!.text, publishedOn: seeds[3]!.publishedOn, source: seeds[3]!.outlet }),
      '',
      '{"text": ',
      JSON.stringify({ text: '   ' }),
    ].join('\n'),
  );
});

afterAll(async () => {
  await tdb?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sitrep ingest', () => {
  it('ingests .txt files and ndjson lines, reports failures with reasons, exits 1', async () => {
    const { code, stdout, stderr } = await sitrep([
      'ingest',
      dir,
      '--published',
      '2022-09-13',
      '--source',
      'Ingest Wire',
      '--progress-every',
      '2',
    ]);
    expect(stdout).toContain('ingested 6 report(s)');
    expect(stdout).toMatch(/4 new, 0 already stored, 2 failed/);
    expect(stdout).toMatch(/failed .*feed\.ndjson:4: MALFORMED_JSON/);
    expect(stdout).toMatch(/failed .*feed\.ndjson:5: TEXT_EMPTY/);
    expect(stderr).toMatch(/ingest 2\/6/);
    expect(code).toBe(1);
    const [row] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events WHERE type = 'ReportSubmitted'`;
    expect(row!.n).toBe('4');
    // .txt files take --source, and --published unless their text states its own date (both seeds do: issue 13
    // item 5); ndjson lines keep their own fields.
    const sources = await tdb.sql<{ source: string; published: string }[]>`
      SELECT data->>'source' AS source, data->>'publishedOn' AS published FROM events WHERE type = 'ReportSubmitted' ORDER BY source, published`;
    const seeds = loadSeeds();
    expect(sources).toEqual(
      [
        { source: 'Ingest Wire', published: seeds[0]!.publishedOn },
        { source: 'Ingest Wire', published: seeds[1]!.publishedOn },
        { source: seeds[2]!.outlet, published: seeds[2]!.publishedOn },
        { source: seeds[3]!.outlet, published: seeds[3]!.publishedOn },
      ].sort((a, b) => a.source.localeCompare(b.source) || a.published.localeCompare(b.published)),
    );
  });

  it('a second run finds everything already stored and exits 0 with only good inputs', async () => {
    const before = await countEvents(tdb);
    const { code, stdout } = await sitrep(['ingest', join(dir, 'txt'), '--source', 'Ingest Wire', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reports: 2, new: 0, existing: 2, failed: 0, failures: [] });
    expect(await countEvents(tdb)).toBe(before);
  });

  it('reads ndjson from stdin', async () => {
    const input = `${JSON.stringify({ text: 'تقرير من المدخل القياسي عن قصف مدفعي.', source: 'Stdin Wire' })}\n`;
    const { code, stdout } = await sitrep(['ingest', '-'], input);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 new, 0 already stored, 0 failed/);
  });

  it('fails for a missing path', async () => {
    const { code, stdout } = await sitrep(['ingest', join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/PATH_NOT_FOUND/);
  });
});
