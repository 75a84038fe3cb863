import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { repoRoot, startReportsApp } from '../reports/support/reports-app.js';
import { DOCUMENTED_ACLED_COLUMNS, parseCsv, postCorpus } from './support/exports-fixture.js';
import { requireBuiltCli } from '../api/support/cli.js';

/**
 * `sitrep export` as a user runs it (the built CLI, a real PostgreSQL), after
 * the dev corpus was posted to an API that does not run projection workers: the
 * command brings the projections up to date itself, then writes the same bytes
 * as the HTTP export of the same position.
 */
const run = promisify(execFile);
const CLI = 'dist/apps/cli/src/main.js';

let tdb: TestDatabase;
let app: NestFastifyApplication;
let env: NodeJS.ProcessEnv;
let dir: string;
let head = 0;

function sitrep(...args: string[]) {
  return run(process.execPath, [CLI, ...args], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
}

async function sitrepFails(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await sitrep(...args);
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
  throw new Error(`sitrep ${args.join(' ')} succeeded`);
}

const http = async (url: string) => (await app.inject({ method: 'GET', url })).body;

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 6 });
  env = { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'silent' };
  process.env.SITREP_PROJECTION_WORKERS = 'off';
  app = await startReportsApp(tdb);
  ({ head } = await postCorpus(app));
  dir = await mkdtemp(join(tmpdir(), 'sitrep-export-'));
}, 180_000);

afterAll(async () => {
  delete process.env.SITREP_PROJECTION_WORKERS;
  await app?.close();
  await tdb?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sitrep export', () => {
  it('catches the projections up, then writes the file the HTTP export gives for the same position', async () => {
    const before = await http('/exports/ged.csv');
    expect(parseCsv(before).rows).toHaveLength(0); // nothing projected yet: this API runs no workers

    const out = join(dir, 'acled.csv');
    const { stderr } = await sitrep('export', '--format', 'acled', '--out', out);
    expect(stderr).toContain(`as of position ${head}`);
    const file = await readFile(out, 'utf8');
    const { header, rows } = parseCsv(file);
    expect(header).toEqual(DOCUMENTED_ACLED_COLUMNS);
    expect(rows.length).toBeGreaterThan(50);
    expect(file).toBe(await http(`/exports/acled.csv?asOf=${head}`));

    for (const [format, path] of [
      ['ged', 'ged.csv'],
      ['geojson', 'incidents.geojson'],
      ['ndjson', 'events.ndjson'],
    ] as const) {
      const target = join(dir, path);
      await sitrep('export', '--format', format, '--as-of', String(head), '--out', target);
      expect(await readFile(target, 'utf8'), format).toBe(await http(`/exports/${path}?asOf=${head}`));
    }
    expect((await readdir(dir)).sort()).toEqual(['acled.csv', 'events.ndjson', 'ged.csv', 'incidents.geojson']);
  });

  it('takes the filters of the HTTP export, writes to stdout without --out, and a BOM on --bom', async () => {
    const asOf = Math.floor(head / 2);
    const { stdout } = await sitrep(
      'export',
      '--format',
      'acled',
      '--location',
      'سوريا',
      '--from',
      '2015-01-01',
      '--as-of',
      String(asOf),
      '--bom',
    );
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    expect(stdout).toBe(await http(`/exports/acled.csv?location=${encodeURIComponent('سوريا')}&from=2015-01-01&asOf=${asOf}&bom=1`));
    const published = await sitrep('export', '--format', 'ndjson', '--published-before', '2020-01-01', '--type', 'CasualtiesClaimed');
    expect(published.stdout.length).toBeGreaterThan(0);
    expect(published.stdout).toBe(await http(`/exports/events.ndjson?publishedBefore=2020-01-01&type=CasualtiesClaimed`));
  });

  it('refuses bad options with a non-zero exit status and leaves no file behind', async () => {
    const target = join(dir, 'never.csv');
    const badFormat = await sitrepFails('export', '--format', 'xml', '--out', target);
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stderr).toContain('acled, ged, geojson, ndjson');
    const nowhere = await sitrepFails('export', '--format', 'ged', '--location', 'Atlantis', '--out', target);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('LOCATION_NOT_FOUND');
    const badDate = await sitrepFails('export', '--format', 'ged', '--from', '2020-02-30');
    expect(badDate.stderr).toContain('YYYY-MM-DD');
    const bom = await sitrepFails('export', '--format', 'geojson', '--bom');
    expect(bom.stderr).toContain('--bom');
    expect((await readdir(dir)).filter((f) => f.startsWith('never'))).toEqual([]);
  });
});
