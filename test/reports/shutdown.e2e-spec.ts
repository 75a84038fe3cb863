import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportExtractor } from '../../apps/api/src/reports/application/extractor.port.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { extract, EXTRACTOR_VERSION } from '@sitrep/extraction';
import { loadConfig } from '@sitrep/config';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';

/** Graceful shutdown: a request in flight when the app closes still gets its answer; then the database handle is closed. */
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 10 });
});
afterAll(() => tdb?.close());

describe('graceful shutdown', () => {
  it('finishes in-flight requests, refuses new ones, then closes the database handle', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inExtraction = new Promise<void>((resolve) => (entered = resolve));
    const slowExtractor: ReportExtractor = {
      async extract(input) {
        entered();
        await gate;
        return extract(input);
      },
      version: async () => EXTRACTOR_VERSION,
    };
    let handleClosed = false;
    const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => void (handleClosed = true) };
    const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent' });
    const app = await createApp(config, handle, { ownsHandle: true, httpLogging: false, extractor: slowExtractor });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

    const inFlight = fetch(`${base}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'اشتباكات عنيفة على الحدود صباح اليوم.', source: 'Shutdown Wire' }),
    });
    await inExtraction;
    const closing = app.close();
    // Release the extraction only once the server has stopped taking requests (the shutdown hooks before it can
    // take more than a moment on a loaded machine); until then the answer could still go out keep-alive.
    const deadline = Date.now() + 20_000;
    while (
      Date.now() < deadline &&
      (await fetch(`${base}/health`).then(
        (r) => r.status === 200,
        () => false,
      ))
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(handleClosed).toBe(false);
    release();
    const res = await inFlight;
    expect(res.status).toBe(201);
    expect(res.headers.get('connection')).toBe('close');
    await closing;
    expect(handleClosed).toBe(true);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
