import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { requireBuiltCli, sitrep } from './support/cli.js';

/**
 * Issue 13 item 5: `sitrep ingest <folder> --published D` no longer dates a
 * report whose text gives its own dateline by D; the summary lists each file
 * with its id, status and the date used.
 */
let tdb: TestDatabase;
let dir: string;

beforeAll(async () => {
  requireBuiltCli();
  tdb = await createTestDatabase({ poolSize: 2 });
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-dates-'));
  await mkdir(join(dir, 'mixed'));
  await writeFile(join(dir, 'mixed', '2020.txt'), 'يريفان، 28 سبتمبر 2020 - قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.');
  await writeFile(join(dir, 'mixed', 'undated.txt'), 'قصفت القوات الأذربيجانية قرية سوتك بالمدفعية صباح اليوم.');
});

afterAll(async () => {
  await tdb?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sitrep ingest --published over a folder', () => {
  it("keeps each text's own dateline and lists every file with its id, status and date", async () => {
    const env = { DATABASE_URL: tdb.url };
    const { code, stdout } = await sitrep(
      ['ingest', join(dir, 'mixed'), '--published', '2022-09-13', '--source', 'Dateline Wire', '--json'],
      env,
    );
    expect(code, stdout).toBe(0);
    const summary = JSON.parse(stdout) as {
      ingested: { origin: string; id: string; status: string; publishedOn: string; dateFrom: string }[];
    };
    expect(summary.ingested.map((r) => [r.origin.split('/').pop(), r.status, r.publishedOn, r.dateFrom])).toEqual([
      ['2020.txt', 'new', '2020-09-28', 'dateline'],
      ['undated.txt', 'new', '2022-09-13', 'flag'],
    ]);
    expect(summary.ingested.every((r) => /^[0-9a-f]{24}$/.test(r.id))).toBe(true);

    // The 2020 report's shelling is dated 2020, not fused into 2022.
    const rows = await tdb.sql<{ published: string; occurred: string }[]>`
      SELECT s.data->>'publishedOn' AS published, e.data->'occurredOn'->>'from' AS occurred
      FROM events e JOIN events s ON s.stream_id = e.stream_id AND s.type = 'ReportSubmitted'
      WHERE e.type = 'ShellingReported' ORDER BY 1`;
    expect(rows).toEqual([
      { published: '2020-09-28', occurred: '2020-09-28' },
      { published: '2022-09-13', occurred: '2022-09-13' },
    ]);

    const again = await sitrep(['ingest', join(dir, 'mixed'), '--published', '2022-09-13', '--source', 'Dateline Wire'], env);
    expect(again.stdout).toMatch(/existing +[0-9a-f]{24} 2020-09-28 \(the text's own dateline, over --published\) .*2020\.txt/);
    expect(again.stdout).toMatch(/existing +[0-9a-f]{24} 2022-09-13 \(--published\) .*undated\.txt/);
  });
});
