import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extract } from '@sitrep/extraction';
import { ExtractionPool, type ExtractionPoolOptions } from './extraction-pool.js';
import { extractionWorkerFile } from './worker-pool.extractor.js';

/**
 * The pool with real worker threads: the built extraction.worker.js, and test
 * doubles (testing/*.worker.mjs) that run the real extractor but crash, hang,
 * throw or dawdle when the text says so.
 */
const SCRIPTED = new URL('./testing/scripted.worker.mjs', import.meta.url);
const BROKEN = new URL('./testing/broken.worker.mjs', import.meta.url);
const LIMITS = new URL('./testing/limits.worker.mjs', import.meta.url);
const TEXT = 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.';

const pools: ExtractionPool[] = [];
function pool(options: Partial<ExtractionPoolOptions> = {}): ExtractionPool {
  const p = new ExtractionPool({ size: 1, maxQueue: 16, taskTimeoutMs: 20_000, workerFile: SCRIPTED, ...options });
  pools.push(p);
  p.start();
  return p;
}
const input = (text: string) => ({ text, publishedOn: '2022-09-13', source: 'TASS', language: null });
const marker = () => join(mkdtempSync(join(tmpdir(), 'sitrep-pool-')), 'marker');

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

// Each test starts worker threads that load the extractor (~0.6 s of CPU each): seconds on a loaded machine.
describe('ExtractionPool', { timeout: 60_000 }, () => {
  it("starts its workers with the young generation it is given (the worker's own resource limits)", async () => {
    const bounded = JSON.parse(await pool({ workerFile: LIMITS, youngGenerationMb: 8 }).version()) as Record<string, number>;
    expect(bounded.maxYoungGenerationSizeMb).toBe(8);
    const unbounded = JSON.parse(await pool({ workerFile: LIMITS }).version()) as Record<string, number>;
    expect(unbounded.maxYoungGenerationSizeMb).not.toBe(8);
  });

  it('extracts in a worker thread with the built extraction.worker.js, as the in-process extractor does', async () => {
    const workerFile = extractionWorkerFile();
    expect(workerFile, 'dist/ has no extraction.worker.js: run the build').not.toBeNull();
    const p = pool({ size: 2, workerFile: workerFile! });
    const records = await Promise.all([p.extract(input(TEXT)), p.extract(input(`${TEXT} ثم توقف القصف.`))]);
    expect(records[0]!.events.map((e) => e.type)).toContain('ShellingReported');
    expect(records[1]!.events.map((e) => e.type)).toContain('ShellingReported');
    expect(await p.version()).toBe(EXTRACTOR_VERSION);
    expect(p.counters).toMatchObject({ completed: 2, failed: 0, rejected: 0, restarts: 0 });
  });

  it('refuses work beyond the queue bound with EXTRACTOR_BUSY (503, Retry-After), and still finishes what it took', async () => {
    const p = pool({ size: 1, maxQueue: 1 });
    await p.version(); // the worker is ready: the first task runs at once
    const running = p.extract(input(`[[slow:400]]${TEXT}`));
    const queued = p.extract(input(TEXT));
    expect(p.stats()).toMatchObject({ busy: 1, queued: 1 });
    await expect(p.extract(input(TEXT))).rejects.toMatchObject({ code: 'EXTRACTOR_BUSY', context: { retryAfterSeconds: 1 } });
    const [a, b] = await Promise.all([running, queued]);
    expect(a.events.length).toBeGreaterThan(0);
    expect(b.events.length).toBeGreaterThan(0);
    expect(p.counters).toMatchObject({ completed: 2, rejected: 1 });
    expect(p.stats()).toMatchObject({ busy: 0, queued: 0 });
  });

  it('retries a report whose worker crashed on a fresh worker', async () => {
    const p = pool();
    const record = await p.extract(input(`[[crash-once:${marker()}]]${TEXT}`));
    expect(record.events.map((e) => e.type)).toContain('ShellingReported');
    expect(p.counters).toMatchObject({ completed: 1, failed: 0, restarts: 1 });
  });

  it('fails a report that crashes its worker twice, and serves the next one on a replacement', async () => {
    const p = pool();
    const crashing = p.extract(input(`[[crash]]${TEXT}`));
    const next = p.extract(input(TEXT));
    await expect(crashing).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
    expect((await next).events.length).toBeGreaterThan(0);
    expect(p.counters).toMatchObject({ completed: 1, failed: 1, restarts: 2 });
    await until(() => p.stats().ready === 1); // the replacement loads the extractor in the background
    expect(p.stats()).toMatchObject({ ready: 1, busy: 0, queued: 0 });
  });

  it('fails a report that runs over the time limit, without retrying it, and replaces its worker', async () => {
    const p = pool({ taskTimeoutMs: 1000 });
    await p.version();
    await expect(p.extract(input(`[[hang]]${TEXT}`))).rejects.toMatchObject({
      code: 'EXTRACTION_FAILED',
      message: expect.stringContaining('ran over 1000 ms'),
    });
    expect(p.counters).toMatchObject({ failed: 1, restarts: 1 });
    await until(() => p.stats().ready === 1);
    expect((await p.extract(input(TEXT))).events.length).toBeGreaterThan(0);
    expect(p.counters).toMatchObject({ completed: 1, failed: 1, restarts: 1 });
  });

  it('counts the time limit from when the report was handed over: one left waiting behind a hung report fails too', async () => {
    const p = pool({ taskTimeoutMs: 1000 });
    await p.version();
    const hung = p.extract(input(`[[hang]]${TEXT}`));
    const waiting = p.extract(input(TEXT));
    await expect(hung).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
    await expect(waiting).rejects.toMatchObject({ code: 'EXTRACTION_FAILED', message: expect.stringContaining('ran over') });
    expect(p.stats()).toMatchObject({ busy: 0, queued: 0 });
  });

  it('passes an error thrown by the extractor back to the caller and keeps the worker', async () => {
    const p = pool();
    await expect(p.extract(input(`[[throw]]${TEXT}`))).rejects.toMatchObject({
      code: 'EXTRACTION_FAILED',
      message: expect.stringContaining('scripted failure'),
    });
    expect((await p.extract(input(TEXT))).events.length).toBeGreaterThan(0);
    expect(p.counters.restarts).toBe(0);
  });

  it('never retries a report the extractor threw on (a second attempt would have answered)', async () => {
    const p = pool();
    await expect(p.extract(input(`[[throw-once:${marker()}]]${TEXT}`))).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
    expect(p.counters).toMatchObject({ completed: 0, failed: 1, restarts: 0 });
  });

  it('says when every worker has loaded the extractor, and gives up on workers that cannot start', async () => {
    const p = pool({ size: 2 });
    expect(p.stats().ready).toBeLessThan(2);
    expect(await p.whenAllReady(50_000)).toBe(true);
    expect(p.stats().ready).toBe(2);
    expect(await pool({ workerFile: BROKEN }).whenAllReady(50_000)).toBe(false);
  });

  it('answers EXTRACTOR_UNAVAILABLE instead of hanging when no worker can start', async () => {
    const p = pool({ workerFile: BROKEN });
    await expect(p.extract(input(TEXT))).rejects.toMatchObject({ code: 'EXTRACTOR_UNAVAILABLE' });
    await expect(p.version()).rejects.toMatchObject({ code: 'EXTRACTOR_UNAVAILABLE' });
  });

  describe('batches: reports that arrive while every worker is busy', () => {
    /** Reports that differ in what they extract (their dates), so an answer routed to the wrong caller shows. */
    const distinct = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...input(TEXT), publishedOn: `2022-09-${String(10 + i).padStart(2, '0')}` }));

    it('go to a worker together (at most 8 a task), and each caller gets the record of its own report', async () => {
      const p = pool({ size: 1 });
      await p.version();
      const blocker = p.extract(input(`[[slow:400]]${TEXT}`));
      const inputs = distinct(10);
      const records = await Promise.all(inputs.map((i) => p.extract(i)));
      await blocker;
      records.forEach((record, i) => expect(record).toEqual(extract(inputs[i]!)));
      expect(new Set(records.map((r) => JSON.stringify(r))).size).toBe(10);
      expect(p.counters).toMatchObject({ completed: 11, failed: 0, batches: 2 }); // 8, then 2
    });

    it('a report alone, or one per idle worker, goes at once in a task of its own', async () => {
      const p = pool({ size: 2 });
      await p.version();
      await p.extract(input(TEXT));
      await Promise.all(distinct(2).map((i) => p.extract(i)));
      expect(p.counters).toMatchObject({ completed: 3, batches: 0 });
    });

    it('a report the extractor throws on fails alone: the others in its batch get their records', async () => {
      const p = pool({ size: 1 });
      await p.version();
      const blocker = p.extract(input(`[[slow:300]]${TEXT}`));
      const [a, b] = distinct(2);
      const results = await Promise.allSettled([p.extract(a!), p.extract(input(`[[throw]]${TEXT}`)), p.extract(b!)]);
      await blocker;
      expect(results[0]).toEqual({ status: 'fulfilled', value: extract(a!) });
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: { code: 'EXTRACTION_FAILED', message: expect.stringContaining('scripted failure') },
      });
      expect(results[2]).toEqual({ status: 'fulfilled', value: extract(b!) });
      expect(p.counters).toMatchObject({ completed: 3, failed: 1, batches: 1, restarts: 0 });
    });

    it('a batch whose worker crashes is retried report by report: only the report that crashes twice fails', async () => {
      const p = pool({ size: 1 });
      await p.version();
      const blocker = p.extract(input(`[[slow:300]]${TEXT}`));
      const [a, b] = distinct(2);
      const results = await Promise.allSettled([p.extract(a!), p.extract(input(`[[crash]]${TEXT}`)), p.extract(b!)]);
      await blocker;
      expect(results[0]).toEqual({ status: 'fulfilled', value: extract(a!) });
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: { code: 'EXTRACTION_FAILED', message: expect.stringContaining('died') },
      });
      expect(results[2]).toEqual({ status: 'fulfilled', value: extract(b!) });
      expect(p.counters).toMatchObject({ completed: 3, failed: 1, batches: 1, restarts: 2 });
    });

    it('a batch that runs over the time limit is retried report by report: only the hung report fails', async () => {
      // The retries run on fresh workers, each loading the extractor within the limit: room for a loaded machine.
      const p = pool({ size: 1, taskTimeoutMs: 4000 });
      await p.version();
      const blocker = p.extract(input(`[[slow:200]]${TEXT}`));
      const [a, b] = distinct(2);
      const results = await Promise.allSettled([p.extract(a!), p.extract(input(`[[hang]]${TEXT}`)), p.extract(b!)]);
      await blocker;
      expect(results[0]).toEqual({ status: 'fulfilled', value: extract(a!) });
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: { code: 'EXTRACTION_FAILED', message: expect.stringContaining('ran over 4000 ms') },
      });
      expect(results[2]).toEqual({ status: 'fulfilled', value: extract(b!) });
      expect(p.counters).toMatchObject({ completed: 3, failed: 1, batches: 1, restarts: 2 });
    });

    it('the queue bound counts reports, not tasks: EXTRACTOR_BUSY once maxQueue reports wait', async () => {
      const p = pool({ size: 1, maxQueue: 3 });
      await p.version();
      const blocker = p.extract(input(`[[slow:400]]${TEXT}`));
      const waiting = distinct(3).map((i) => p.extract(i));
      expect(p.stats()).toMatchObject({ busy: 1, queued: 3 });
      await expect(p.extract(input(TEXT))).rejects.toMatchObject({ code: 'EXTRACTOR_BUSY', context: { queued: 3 } });
      await Promise.all([blocker, ...waiting]);
      expect(p.counters).toMatchObject({ completed: 4, rejected: 1, batches: 1 });
      expect(p.stats()).toMatchObject({ busy: 0, queued: 0 });
    });
  });

  it('close() lets queued and running reports finish, then refuses new ones', async () => {
    const p = pool({ size: 1 });
    await p.version();
    const running = p.extract(input(`[[slow:300]]${TEXT}`));
    const queued = p.extract(input(TEXT));
    const closed = p.close();
    await expect(p.extract(input(TEXT))).rejects.toMatchObject({ code: 'EXTRACTOR_UNAVAILABLE' });
    expect((await running).events.length).toBeGreaterThan(0);
    expect((await queued).events.length).toBeGreaterThan(0);
    await closed;
    expect(p.stats()).toMatchObject({ ready: 0, busy: 0, queued: 0 });
  });

  it('close() leaves nothing that keeps a process alive: a script that extracts and closes exits by itself', async () => {
    const workerFile = extractionWorkerFile();
    expect(workerFile, 'dist/ has no extraction.worker.js: run the build').not.toBeNull();
    const script = `
      const { ExtractionPool } = await import(process.env.POOL);
      const pool = new ExtractionPool({ size: 2, maxQueue: 4, taskTimeoutMs: 30000, workerFile: process.env.WORKER });
      const record = await pool.extract({ text: process.env.TEXT, publishedOn: '2022-09-13', source: null, language: null });
      await pool.close();
      console.log(JSON.stringify({ events: record.events.length, stats: pool.stats() }));`;
    const env = { ...process.env, POOL: new URL('./extraction-pool.js', workerFile!).href, WORKER: workerFile!.href, TEXT };
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env });
    const out = JSON.parse(stdout) as { events: number; stats: object };
    expect(out.events).toBeGreaterThan(0);
    expect(out.stats).toMatchObject({ ready: 0, busy: 0, queued: 0 });
  });
});
