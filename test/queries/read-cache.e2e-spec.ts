import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import { goldReport, loadGoldSeeds } from '@sitrep/projections/testing';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { loadSeeds, startReportsApp } from '../reports/support/reports-app.js';

/**
 * The read cache through HTTP on a real PostgreSQL with the projection workers
 * running: a repeated GET is answered from memory, a new report (the checkpoint
 * moves) is never hidden behind a cached answer, `waitFor` still holds, history
 * (`asOf` a passed position) stays cached across writes, and the outcomes are
 * counted on /metrics.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let seeded: number;
// seed-001: fighting at Jermuk and on the border, filed under Armenia (am) among others.
const jermukSeed = loadSeeds()[1]!;
const LIST = '/incidents?location=am&limit=200';

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body, type: res.headers['content-type'] };
};

/** sitrep_read_cache_requests_total for a route and outcome. */
async function cacheCount(route: string, outcome: string): Promise<number> {
  const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  const line = text
    .split('\n')
    .find((l) => l.startsWith('sitrep_read_cache_requests_total{') && l.includes(`route="${route}"`) && l.includes(`outcome="${outcome}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

async function postReport(suffix: string): Promise<{ id: string; position: number }> {
  const res = await app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ text: `${jermukSeed.text}\n${suffix}`, publishedOn: jermukSeed.publishedOn, source: jermukSeed.outlet }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; position: number };
}

beforeAll(async () => {
  expect(jermukSeed).toBeDefined();
  tdb = await createTestDatabase({ poolSize: 12 });
  app = await startReportsApp(tdb, { SITREP_EXTRACTOR_WORKERS: '1' });
  const store = createEventStore({ db: tdb.db, sql: tdb.sql });
  for (const seed of loadGoldSeeds()) {
    const s = goldReport(seed);
    seeded = (await store.append(s.streamId, s.events)).lastPosition;
  }
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('read cache', () => {
  it('answers a repeated GET from memory with the same body and content type', async () => {
    const first = await get(`${LIST}&waitFor=${seeded}&waitTimeout=20000`);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).items.length).toBeGreaterThan(0);
    const hits = await cacheCount('/incidents', 'hit');
    const again = await get(LIST);
    expect(again).toEqual(first);
    expect(first.type).toBe('application/json; charset=utf-8');
    expect(await cacheCount('/incidents', 'hit')).toBe(hits + 1);
  });

  it('never serves a cached answer from before a write the projection has applied (waitFor = read-your-writes)', async () => {
    const cached = await get(LIST);
    const report = await postReport('تحديث: تقرير جديد للاختبار.');
    expect(cached.body).not.toContain(report.id);
    const misses = await cacheCount('/incidents', 'miss');

    const fresh = await get(`${LIST}&waitFor=${report.position}&waitTimeout=20000`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toContain(report.id);
    expect(await cacheCount('/incidents', 'miss')).toBe(misses + 1);

    // Without waitFor, once the projection is there: the new answer, from memory.
    const hits = await cacheCount('/incidents', 'hit');
    expect((await get(LIST)).body).toBe(fresh.body);
    expect(await cacheCount('/incidents', 'hit')).toBe(hits + 1);
  });

  it('keeps the casualties of an incident cached per version, and answers a moved checkpoint afresh', async () => {
    const list = JSON.parse((await get(LIST)).body) as { items: { id: string }[] };
    const url = `/incidents/${list.items[0]!.id}/casualties`;
    const first = await get(url);
    expect(first.status).toBe(200);
    const hits = await cacheCount('/incidents/:id/casualties', 'hit');
    expect((await get(url)).body).toBe(first.body);
    expect(await cacheCount('/incidents/:id/casualties', 'hit')).toBe(hits + 1);

    const report = await postReport('تحديث ثان للاختبار.');
    const misses = await cacheCount('/incidents/:id/casualties', 'miss');
    const after = await get(`${url}?waitFor=${report.position}&waitTimeout=20000`);
    expect([200, 404]).toContain(after.status); // a merge may have moved the incident's events elsewhere
    expect(await cacheCount('/incidents/:id/casualties', 'miss')).toBe(misses + 1);
  });

  it('keeps answers asOf a passed position across later writes (history does not change)', async () => {
    const url = `${LIST}&asOf=${seeded}`;
    const first = await get(url);
    expect(first.status).toBe(200);
    const report = await postReport('تحديث ثالث للاختبار.');
    expect((await get(`/incidents?limit=1&waitFor=${report.position}&waitTimeout=20000`)).status).toBe(200);

    const hits = await cacheCount('/incidents', 'hit');
    const later = await get(url);
    expect(later.body).toBe(first.body);
    expect(later.body).not.toContain(report.id);
    expect(await cacheCount('/incidents', 'hit')).toBe(hits + 1);
  });

  it('bypasses the cache for asOf a timestamp, and answers a waitFor the projections do not reach with 504, not a cached answer', async () => {
    const bypassed = await cacheCount('/incidents', 'bypass');
    const hits = await cacheCount('/incidents', 'hit');
    expect((await get(`${LIST}&asOf=2030-01-01T00:00:00Z`)).status).toBe(200);
    expect(await cacheCount('/incidents', 'bypass')).toBe(bypassed + 1);
    const timeout = await get(`${LIST}&waitFor=${seeded + 1_000_000}&waitTimeout=50`);
    expect(timeout.status).toBe(504);
    expect(JSON.parse(timeout.body)).toMatchObject({ code: 'WAIT_FOR_TIMEOUT' });
    expect(await cacheCount('/incidents', 'hit')).toBe(hits);
  });

  it('is off with SITREP_READ_CACHE_MB=0: every GET is queried', async () => {
    const off = await startReportsApp(tdb, { SITREP_READ_CACHE_MB: '0', SITREP_PROJECTION_WORKERS: 'off', SITREP_EXTRACTOR_WORKERS: '0' });
    try {
      const a = await off.inject({ method: 'GET', url: LIST });
      const b = await off.inject({ method: 'GET', url: LIST });
      expect(a.statusCode).toBe(200);
      expect(b.body).toBe(a.body);
      const metrics = (await off.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toMatch(/sitrep_read_cache_requests_total\{[^}]*outcome="bypass"[^}]*\} 2\b/);
      expect(metrics).not.toMatch(/outcome="hit"/);
      expect(metrics).toMatch(/sitrep_read_cache_entries 0\b/);
    } finally {
      await off.close();
    }
  });
});
