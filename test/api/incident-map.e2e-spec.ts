import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/**
 * GET /incidents/map: the dashboard's bulk read. Same filters, order, cursor and
 * validation as GET /incidents, larger pages, compact rows whose `fatalities`
 * is the highest killed figure of the row's casualty ranges.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any, type: String(res.headers['content-type']) };
};
const post = async (body: unknown) => {
  const res = await app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
  expect(res.statusCode, res.body).toBe(201);
  head = Math.max(head, (res.json() as { position: number }).position);
};

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  await post({
    text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم، وقالت وزارة الدفاع الأرمنية إن 3 جنود قتلوا.',
    publishedOn: '2022-09-13',
    source: 'Armenpress',
  });
  await post({ text: 'قصفت القوات الأذربيجانية قرية سوتك بالمدفعية صباح اليوم.', publishedOn: '2022-09-20', source: 'TASS' });
  await post({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-25', source: 'TASS' });
  expect((await get(`/incidents?waitFor=${head}&waitTimeout=20000`)).status).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('GET /incidents/map', () => {
  it('answers the incidents GET /incidents lists, in its order, as compact rows', async () => {
    const full = await get('/incidents?limit=200');
    const map = await get('/incidents/map');
    expect(map.status).toBe(200);
    expect(full.body.items.length).toBeGreaterThanOrEqual(2);
    expect(map.body.items.map((r: any) => r.id)).toEqual(full.body.items.map((r: any) => r.id));
    expect(map.body.nextCursor).toBeNull();
    for (const [k, row] of (full.body.items as any[]).entries()) {
      const compact = map.body.items[k];
      expect(compact).toMatchObject({
        kind: row.kind,
        types: row.types,
        dateFrom: row.dateFrom,
        dateTo: row.dateTo,
        placeIds: row.placeIds,
        parties: row.parties,
        headline: row.headline,
      });
      expect(Object.keys(compact)).not.toContain('casualties');
      const killed = (row.casualties as any[]).filter((c) => c.category === 'killed').map((c) => c.high ?? c.low);
      expect(compact.fatalities).toBe(killed.length ? Math.max(...killed) : null);
      const place = (row.places as any[]).find((p) => p.lat !== null);
      if (place) expect([compact.lat, compact.lon]).toEqual([expect.any(Number), expect.any(Number)]);
    }
    // The Jermuk shelling with its three dead is drawn by that figure, where it is.
    const jermuk = (map.body.items as any[]).find((r) => r.fatalities !== null);
    expect(jermuk).toMatchObject({ fatalities: 3, placeIds: expect.arrayContaining(['am-jermuk']) });
    expect(jermuk.lat).toBeCloseTo(39.84, 1);
  });

  it('takes the same filters and pages with the same cursor', async () => {
    const full = await get('/incidents?location=Jermuk&limit=200');
    const all = await get('/incidents/map?location=Jermuk');
    expect(all.body.items.map((r: any) => r.id)).toEqual(full.body.items.map((r: any) => r.id));
    const first = await get('/incidents/map?limit=1');
    expect(first.body.items).toHaveLength(1);
    expect(typeof first.body.nextCursor).toBe('string');
    const second = await get(`/incidents/map?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    const listed = await get('/incidents?limit=2');
    expect([first.body.items[0].id, second.body.items[0].id]).toEqual(listed.body.items.map((r: any) => r.id));
  });

  it('refuses what GET /incidents refuses, as problem+json with a code', async () => {
    for (const url of ['/incidents/map?limit=0', '/incidents/map?limit=abc', '/incidents/map?from=2022-02-30', '/incidents/map?party=XX']) {
      const res = await get(url);
      expect(res.status, url).toBe(422);
      expect(res.type, url).toContain('application/problem+json');
      expect(res.body.code, url).toBe('INVALID_QUERY_PARAMETER');
    }
    const unknown = await get('/incidents/map?types=ShellingReported');
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('UNKNOWN_PARAMETER');
    expect((await get('/incidents/map?location=nowhere-at-all')).status).toBe(404);
  });

  it('caps a page at 10,000 rather than refusing a larger limit', async () => {
    const res = await get('/incidents/map?limit=999999');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
  });
});
