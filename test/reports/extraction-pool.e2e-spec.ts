import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../apps/api/src/reports/application/extraction-pool/extraction-pool.js';
import { WorkerPoolExtractor } from '../../apps/api/src/reports/application/extraction-pool/worker-pool.extractor.js';
import { REPORT_EXTRACTOR } from '../../apps/api/src/reports/application/extractor.port.js';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { countEvents, loadSeeds, startReportsApp } from './support/reports-app.js';

/**
 * POST /reports with extraction in worker threads, against a real PostgreSQL:
 * the default pool, a saturated pool (503 + Retry-After, nothing stored), a
 * crashing worker (retried, or 500 with nothing stored), and shutdown.
 */
const SCRIPTED = new URL('../../apps/api/src/reports/application/extraction-pool/testing/scripted.worker.mjs', import.meta.url);
const seeds = loadSeeds();
let tdb: TestDatabase;

const post = (app: NestFastifyApplication, text: string) =>
  app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ text, publishedOn: '2022-09-13', source: 'TASS' }),
  });

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 8 });
});

afterAll(async () => {
  await tdb?.close();
});

describe('POST /reports with the extraction worker pool', () => {
  it('extracts in worker threads by default, shows the pool on /metrics, and stops the workers on shutdown', async () => {
    const app = await startReportsApp(tdb, { SITREP_EXTRACTOR_WORKERS: '2' });
    const extractor = app.get(REPORT_EXTRACTOR);
    expect(extractor).toBeInstanceOf(WorkerPoolExtractor);
    const pool = (extractor as WorkerPoolExtractor).pool;
    try {
      const res = await post(app, seeds[0]!.text);
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as { id: string; events: { type: string }[] };
      expect(body.events.length).toBeGreaterThan(1);
      const [stored] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events WHERE stream_id = ${`report-${body.id}`}`;
      expect(Number(stored!.n)).toBe(body.events.length);

      // A worker warms the extractor (its first-use tables) before it says ready; the second may still be at it.
      await until(() => pool.stats().ready === 2);
      const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toMatch(/sitrep_extractor_tasks_total\{outcome="completed"\} 1\b/);
      expect(metrics).toMatch(/sitrep_extractor_workers\{state="ready"\} 2\b/);
      expect(metrics).toMatch(/sitrep_extractor_queue_length 0\b/);
    } finally {
      await app.close();
    }
    expect(pool.stats().ready).toBe(0);
    await expect(pool.extract({ text: seeds[0]!.text })).rejects.toMatchObject({ code: 'EXTRACTOR_UNAVAILABLE' });
  });

  it('extracts on the event loop with SITREP_EXTRACTOR_WORKERS=0', async () => {
    const app = await startReportsApp(tdb, { SITREP_EXTRACTOR_WORKERS: '0' });
    try {
      expect(app.get(REPORT_EXTRACTOR)).not.toBeInstanceOf(WorkerPoolExtractor);
      const res = await post(app, `${seeds[1]!.text}\nin-process`);
      expect(res.statusCode, res.body).toBe(201);
    } finally {
      await app.close();
    }
  });

  describe('with a pool of one worker and no queue', () => {
    let app: NestFastifyApplication;
    let pool: ExtractionPool;

    beforeAll(async () => {
      pool = new ExtractionPool({ size: 1, maxQueue: 0, taskTimeoutMs: 20_000, workerFile: SCRIPTED });
      pool.start();
      await pool.version();
      app = await startReportsApp(tdb, {}, { extractor: new WorkerPoolExtractor(pool) });
    });

    afterAll(async () => {
      await app?.close();
      await pool?.close();
    });

    it('answers 503 EXTRACTOR_BUSY with Retry-After when the pool is saturated, storing nothing for it', async () => {
      const before = await countEvents(tdb);
      const slow = post(app, `[[slow:500]]${seeds[2]!.text}`);
      await until(() => pool.stats().busy === 1);
      const refused = await post(app, seeds[3]!.text);
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json()).toMatchObject({ code: 'EXTRACTOR_BUSY', status: 503 });
      const accepted = await slow;
      expect(accepted.statusCode, accepted.body).toBe(201);
      const written = (accepted.json() as { events: unknown[] }).events.length;
      expect(await countEvents(tdb)).toBe(before + written);

      // Once the worker is free, the refused report goes through.
      const retried = await post(app, seeds[3]!.text);
      expect(retried.statusCode, retried.body).toBe(201);
    });

    it('retries a report on a fresh worker when its worker crashes, and answers 500 with nothing stored when it crashes again', async () => {
      const marker = join(mkdtempSync(join(tmpdir(), 'sitrep-pool-')), 'crashed');
      const once = await post(app, `[[crash-once:${marker}]]${seeds[4]!.text}`);
      expect(once.statusCode, once.body).toBe(201);

      const before = await countEvents(tdb);
      const always = await post(app, `[[crash]]${seeds[4]!.text}`);
      expect(always.statusCode, always.body).toBe(500);
      expect(always.json()).toMatchObject({ code: 'EXTRACTION_FAILED' });
      expect(await countEvents(tdb)).toBe(before);
      expect(pool.counters.restarts).toBeGreaterThanOrEqual(3);

      // With no queue, a report that arrives while the replacement worker loads is refused (503); once it is ready, served.
      await until(() => pool.stats().ready === 1);
      const after = await post(app, `${seeds[4]!.text}\nafter the crash`);
      expect(after.statusCode, after.body).toBe(201);
    });
  });
});
