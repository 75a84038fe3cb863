import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import type { ProjectionDb, ProjectionRunner } from '@sitrep/projections';
import { goldReport, loadGoldSeeds, testRunner } from '@sitrep/projections/testing';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/**
 * Incident list rows carry casualty ranges, which the casualties projection writes: a list
 * read with `waitFor` or `asOf` must wait for both projections, and a cached list must not outlive the
 * casualties projection moving. Here the server runs no projection workers; the test moves
 * the incidents projection to the head alone, then the casualties one.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let runner: ProjectionRunner;
let head = 0;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any };
};

/** Catches one projection up to the head (the gap-safe read may hold back while another file's transaction is open). */
async function catchUp(name: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await runner.position(name)) < head) {
    if (Date.now() > deadline) throw new Error(`${name} stuck before ${head}`);
    await runner.catchUp(name);
  }
}

const withFigures = (items: any[]) => items.filter((i) => i.casualties.length > 0).length;

beforeAll(async () => {
  tdb = await createTestDatabase();
  // Read by the runner's provider from the environment, not from the config.
  process.env.SITREP_PROJECTION_WORKERS = 'off';
  app = await startReportsApp(tdb);
  const store = createEventStore({ db: tdb.db, sql: tdb.sql });
  for (const seed of loadGoldSeeds()) {
    const s = goldReport(seed);
    head = (await store.append(s.streamId, s.events)).lastPosition;
  }
  runner = testRunner(tdb.db as unknown as ProjectionDb, tdb.sql, store);
  await runner.init();
  await catchUp('incidents');
});

afterAll(async () => {
  delete process.env.SITREP_PROJECTION_WORKERS;
  await app?.close();
  await tdb?.close();
});

describe('incident lists and the casualties projection', () => {
  let cachedBefore: any[] = [];

  it('a waitFor read of a list times out while only the incidents projection has the position', async () => {
    cachedBefore = (await get('/incidents?limit=200')).body.items;
    expect(cachedBefore.length).toBeGreaterThan(3);
    expect(withFigures(cachedBefore)).toBe(0);
    for (const url of [`/incidents?waitFor=${head}&waitTimeout=300`, `/locations/am/incidents?waitFor=${head}&waitTimeout=300`]) {
      const res = await get(url);
      expect(res.status).toBe(504);
      expect(res.body.code).toBe('WAIT_FOR_TIMEOUT');
    }
  });

  it('an asOf read of a list waits for the casualties projection too (504 once the asOf wait is spent)', async () => {
    const res = await get(`/incidents?asOf=${head}&limit=200`);
    expect(res.status).toBe(504);
    expect(res.body.code).toBe('WAIT_FOR_TIMEOUT');
  });

  it('answers the figures once casualties has it too, and the cached list does not outlive it', async () => {
    await catchUp('casualties');
    const waited = await get(`/incidents?waitFor=${head}&waitTimeout=5000&limit=200`);
    expect(waited.status).toBe(200);
    expect(withFigures(waited.body.items)).toBeGreaterThan(0);
    const again = await get('/incidents?limit=200');
    expect(again.body.items.map((i: any) => i.id)).toEqual(cachedBefore.map((i: any) => i.id));
    expect(withFigures(again.body.items)).toBe(withFigures(waited.body.items));
    const place = await get(`/locations/am/incidents?waitFor=${head}&waitTimeout=5000&limit=200`);
    expect(place.status).toBe(200);
    expect(withFigures(place.body.items)).toBeGreaterThan(0);
  });
});
