import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import type { EventStore } from '@sitrep/event-store';
import { reportIdFor } from '@sitrep/projections/testing';
import { goldReport, loadGoldSeeds } from '@sitrep/projections/testing';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, startReportsApp } from '../reports/support/reports-app.js';

/**
 * The read side through HTTP on a real PostgreSQL, fed with the five seed
 * reports as annotated by hand (appended as the write side would append a
 * perfect extraction), so these answers do not depend on the extractor's state.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let store: EventStore;
const positions: number[] = [];
const seeds = loadGoldSeeds();
const reportIdOf = reportIdFor;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any, type: res.headers['content-type'] };
};
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
const head = () => positions.at(-1)!;

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 12 });
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  store = createEventStore({ db: tdb.db, sql: tdb.sql });
  for (const seed of seeds) {
    const s = goldReport(seed);
    positions.push((await store.append(s.streamId, s.events)).lastPosition);
  }
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('read side with the five seed reports', () => {
  let live: any;

  it('answers GET /incidents once the projections reached the written position (?waitFor=)', async () => {
    const res = await get(`/incidents?waitFor=${head()}&waitTimeout=20000&limit=200`);
    expect(res.status).toBe(200);
    live = res.body;
    expect(live.items.length).toBeGreaterThan(3);
    expect(live.asOf).toEqual({ position: null });
  });

  it('Jermuk (by id, English or Arabic name) has incidents of more than one type', async () => {
    for (const location of ['am-jermuk', 'Jermuk', encodeURIComponent('جرموك')]) {
      const res = await get(`/locations?location=${location}`);
      expect(res.status).toBe(200);
      const [jermuk] = res.body.items;
      expect(jermuk).toMatchObject({ id: 'am-jermuk', name: 'Jermuk', lat: 39.8414, lon: 45.6697 });
      expect(Object.keys(jermuk.byType).length).toBeGreaterThan(1);
    }
    const incidents = await get(`/locations/Jermuk/incidents`);
    expect(incidents.body.items.length).toBeGreaterThan(0);
    const types = new Set(incidents.body.items.flatMap((i: any) => i.types));
    expect(types.has('ShellingReported') && types.has('AirStrikeReported')).toBe(true);
    // Rolled up: Jermuk's incidents also count for its province and Armenia.
    const all = await get('/locations');
    const byId = Object.fromEntries(all.body.items.map((l: any) => [l.id, l]));
    expect(byId['am-vayots-dzor'].incidentCount).toBeGreaterThanOrEqual(byId['am-jermuk'].incidentCount);
    expect(byId['am'].incidentCount).toBeGreaterThanOrEqual(byId['am-vayots-dzor'].incidentCount);
  });

  it('shows the Armenian claim of about 50 soldiers killed and 3 civilians wounded in the 13–14 September 2022 fighting', async () => {
    const res = await get('/incidents?from=2022-09-13&to=2022-09-14&type=CasualtiesClaimed&limit=200');
    const found = [];
    for (const i of res.body.items) {
      const c = await get(`/incidents/${i.id}/casualties`);
      found.push(...c.body.summary.map((s: any) => ({ incident: i, ...s })));
    }
    const killed = found.find((s) => s.side === 'AM' && s.category === 'killed' && s.affiliation === 'military');
    const wounded = found.find((s) => s.side === 'AM' && s.category === 'wounded' && s.affiliation === 'civilian');
    expect(killed).toMatchObject({
      conservative: { value: 50, claimants: ['AM'], claimantCount: 1 },
      low: { value: 50 },
      high: { value: 50 },
    });
    expect(wounded).toMatchObject({ conservative: { value: 3, claimantCount: 1 } });
    expect(killed.incident.dateFrom <= '2022-09-14' && killed.incident.dateTo >= '2022-09-13').toBe(true);

    const detail = await get(`/incidents/${killed.incident.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.reports.map((r: any) => r.outlet)).toContain('Al-Watan (agencies)');
    expect(detail.body.events.every((e: any) => Array.isArray(e.locations) && typeof e.evidence.text === 'string')).toBe(true);
    expect(detail.body.casualties.claims.some((c: any) => c.min === 50 && c.quote.length > 0 && c.outlet === 'Al-Watan (agencies)')).toBe(
      true,
    );
  });

  it('shows nothing from the negated request for assistance (seed-004)', async () => {
    const res = await get('/incidents?type=AssistanceRequested&limit=200');
    expect(res.body.items.every((i: any) => !i.reportIds.includes(reportIdOf('seed-004')))).toBe(true);
    expect(res.body.items.every((i: any) => i.dateFrom >= '2022-01-01')).toBe(true);
  });

  it('lists ceasefires with violations alleged after them', async () => {
    const res = await get('/ceasefires');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    for (const c of res.body.items) for (const v of c.violations) expect(v.dateTo >= c.dateFrom).toBe(true);
  });

  it('answers asOf (position or timestamp) as the system knew it then', async () => {
    const first = await get(`/incidents?asOf=${positions[0]}&limit=200`);
    expect(first.body.asOf).toEqual({ position: positions[0] });
    expect(first.body.items.every((i: any) => i.reportIds.every((r: string) => r === reportIdOf('seed-000')))).toBe(true);
    expect(first.body.items.length).toBeGreaterThan(0);
    const now = await get(`/incidents?asOf=${head()}&limit=200`);
    expect(now.body.items).toEqual(live.items);
    const byTime = await get(`/incidents?asOf=${encodeURIComponent(new Date().toISOString())}&limit=200`);
    expect(byTime.body.items).toEqual(live.items);
    const future = await get(`/incidents?asOf=${head() + 1000}&limit=200`);
    expect(future.body.items).toEqual(live.items);
    const before = await get('/incidents?asOf=2000-01-01T00:00:00Z');
    expect(before.body.items).toEqual([]);
  });

  it('pages with a keyset cursor and caps the limit', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/incidents?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((i: any) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(live.items.map((i: any) => i.id));
  });

  it('answers errors as problem+json', async () => {
    const missing = await get('/incidents/inc-nope');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body.code).toBe('INCIDENT_NOT_FOUND');
    expect((await get('/incidents?asOf=yesterday')).body.code).toBe('INVALID_QUERY_PARAMETER');
    expect((await get('/incidents?location=Atlantis')).body.code).toBe('LOCATION_NOT_FOUND');
    expect((await get('/incidents?cursor=zzz')).status).toBe(422);
    expect((await get('/incidents/inc-nope/casualties')).body.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('answers casualties per incident: 404 before the incident existed, empty lists for an incident without claims', async () => {
    const some = live.items[0] as any;
    const existed = await get(`/incidents/${some.id}/casualties?asOf=0`);
    expect(existed.status).toBe(404);
    const noClaims = [];
    for (const i of live.items as any[]) {
      const c = await get(`/incidents/${i.id}/casualties`);
      expect(c.status).toBe(200);
      if (c.body.claims.length === 0) noClaims.push(c.body);
    }
    expect(noClaims.length).toBeGreaterThan(0);
    expect(noClaims.every((c) => Array.isArray(c.summary) && c.summary.length === 0)).toBe(true);
  });

  it('merges and splits incidents (admin) and every rebuild honours it', async () => {
    const [a, b] = live.items as any[];
    const denied = await app.inject({
      method: 'POST',
      url: '/incidents/merge',
      headers: { 'content-type': 'application/json' },
      payload: { incidentIds: [a.id, b.id] },
    });
    expect(denied.statusCode).toBe(401);
    const merged = await app.inject({
      method: 'POST',
      url: '/incidents/merge',
      headers: admin,
      payload: JSON.stringify({ incidentIds: [a.id, b.id], reason: 'same fight' }),
    });
    expect(merged.statusCode).toBe(200);
    const m = merged.json();
    const detail = await get(`/incidents/${a.id}?waitFor=${m.position}&waitTimeout=20000`);
    expect(detail.body.eventCount).toBe(a.eventCount + b.eventCount);
    const gone = await get(`/incidents/${b.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ code: 'INCIDENT_NOT_FOUND', currentIncidentId: a.id });

    const moved = detail.body.events.at(-1).eventId;
    const split = await app.inject({
      method: 'POST',
      url: `/incidents/${a.id}/split`,
      headers: admin,
      payload: JSON.stringify({ eventIds: [moved] }),
    });
    expect(split.statusCode).toBe(200);
    const s = split.json();
    const created = await get(`/incidents/${s.incidentId}?waitFor=${s.position}&waitTimeout=20000`);
    expect(created.body.events.map((e: any) => e.eventId)).toEqual([moved]);
    const after = (await get('/incidents?limit=200')).body.items;

    // Rebuild: a new build fills while the old one serves, then swaps; the decisions hold.
    const denied2 = await app.inject({ method: 'POST', url: '/projections/incidents/rebuild' });
    expect(denied2.statusCode).toBe(401);
    const rebuild = await app.inject({
      method: 'POST',
      url: '/projections/incidents/rebuild',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(rebuild.statusCode).toBe(202);
    const accepted = rebuild.json();
    let status: any;
    const deadline = Date.now() + 30_000;
    do {
      await new Promise((r) => setTimeout(r, 100));
      status = (await get('/projections')).body.find((p: any) => p.name === 'incidents');
    } while ((status.rebuild !== null || status.active.build !== accepted.build) && Date.now() < deadline);
    expect(status).toMatchObject({ state: 'running', active: { build: accepted.build }, rebuild: null });
    expect((await get('/incidents?limit=200')).body.items).toEqual(after);
    expect(
      (await app.inject({ method: 'POST', url: '/projections/nope/rebuild', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }))
        .statusCode,
    ).toBe(404);
  });

  it('documents every read-side route in the OpenAPI document', async () => {
    const doc = await get('/docs/openapi.json');
    expect(doc.status).toBe(200);
    for (const path of [
      '/incidents',
      '/incidents/{id}',
      '/incidents/{id}/casualties',
      '/incidents/merge',
      '/incidents/{id}/split',
      '/locations',
      '/locations/{id}/incidents',
      '/ceasefires',
      '/projections',
      '/projections/{name}/rebuild',
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    expect(doc.body.paths['/incidents'].get.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['location', 'asOf', 'cursor', 'waitFor']),
    );
  });

  it('reports each projection with position, lag and state', async () => {
    const res = await get('/projections');
    expect(res.body.map((p: any) => p.name).sort()).toEqual(['casualties', 'incidents']);
    for (const p of res.body) expect(p).toMatchObject({ state: 'running', lag: expect.any(Number), position: expect.any(Number) });
  });
});
