import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, startReportsApp } from '../reports/support/reports-app.js';
import { reportClient } from './support/report-client.js';

/**
 * Issue 13 items 13, 14 and 8: a list of reports with filters and keyset
 * paging; one paging shape (`items`, `nextCursor`) on /incidents, /events,
 * /reports and /locations; `/streams/:id?to=` says the stream's real last version.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
const { ids, get, post, head, moveHead } = reportClient(() => app);

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  await post('jermuk', {
    text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.',
    publishedOn: '2022-09-13',
    source: 'Armenpress',
  });
  await post('sotk', { text: 'قصفت القوات الأذربيجانية قرية سوتك بالمدفعية صباح اليوم.', publishedOn: '2022-09-14', source: 'TASS' });
  await post('goris', {
    text: 'قصفت القوات الأذربيجانية مدينة غوريس بطائرة مسيرة صباح اليوم.',
    publishedOn: '2022-09-15',
    source: 'TASS',
    title: 'Goris',
  });
  await post('undated', { text: 'اشتباكات عنيفة بين القوات الأرمنية والأذربيجانية على الحدود.', source: 'Reuters' });
  const retract = await app.inject({
    method: 'POST',
    url: `/reports/${ids.sotk}/retract`,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ reason: 'test' }),
  });
  expect(retract.statusCode).toBe(200);
  moveHead((retract.json() as { position: number }).position);
  expect((await get(`/incidents?waitFor=${head()}&waitTimeout=20000`)).status).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** Follows nextCursor with limit=1 and returns every item seen. */
async function pageThrough(path: string, key = 'id'): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await get(`${path}${sep}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(['items', 'nextCursor']));
    seen.push(...res.body.items.map((x: any) => x[key]));
    cursor = res.body.nextCursor;
    if (cursor === null) return seen;
  }
  throw new Error(`${path} did not end`);
}

describe('GET /reports', () => {
  it('lists every report, newest publication first, undated last', async () => {
    const res = await get('/reports');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: any) => r.id)).toEqual([ids.goris, ids.sotk, ids.jermuk, ids.undated]);
    expect(res.body.items[0]).toMatchObject({ source: 'TASS', title: 'Goris', publishedOn: '2022-09-15', status: 'active' });
    expect(res.body.items[0].excerpt).toContain('غوريس');
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by source, dates, text and status', async () => {
    const ofList = async (qs: string) => (await get(`/reports?${qs}`)).body.items.map((r: any) => r.id);
    expect(await ofList('source=tass')).toEqual([ids.goris, ids.sotk]);
    expect(await ofList('from=2022-09-14&to=2022-09-14')).toEqual([ids.sotk]);
    expect(await ofList(`q=${encodeURIComponent('جرموك')}`)).toEqual([ids.jermuk]);
    expect(await ofList('status=retracted')).toEqual([ids.sotk]);
    expect(await ofList('status=active&source=TASS')).toEqual([ids.goris]);
  });

  it('refuses bad values and unknown parameters', async () => {
    expect((await get('/reports?from=2022-09-15&to=2022-09-13')).status).toBe(422);
    expect((await get('/reports?status=deleted')).body.accepted).toEqual(['active', 'retracted']);
    expect((await get('/reports?outlet=TASS')).body.code).toBe('UNKNOWN_PARAMETER');
    expect((await get('/reports?cursor=nonsense')).status).toBe(422);
  });
});

describe('one paging shape: items and nextCursor', () => {
  it('pages /reports one by one without loss or repeat', async () => {
    const seen = await pageThrough('/reports');
    expect(seen).toEqual([ids.goris, ids.sotk, ids.jermuk, ids.undated]);
  });

  it('pages /incidents, /locations and /events the same way', async () => {
    const incidents = (await get('/incidents?limit=200')).body.items.map((i: any) => i.id);
    expect(incidents.length).toBeGreaterThan(1);
    expect(await pageThrough('/incidents')).toEqual(incidents);

    const locations = (await get('/locations?limit=200')).body.items.map((l: any) => l.id);
    expect(locations.length).toBeGreaterThan(1);
    expect(await pageThrough('/locations')).toEqual(locations);

    const events = await pageThrough('/events', 'position');
    expect(events).toEqual([...Array(head()).keys()].map((i) => i + 1));
  });
});

describe('GET /streams/:id with a version range', () => {
  it('says the stream’s last version, not the last one returned', async () => {
    const full = await get(`/streams/report-${ids.sotk}`);
    expect(full.body.events.length).toBeGreaterThan(2);
    const ranged = await get(`/streams/report-${ids.sotk}?to=1`);
    expect(ranged.body.events).toHaveLength(1);
    expect(ranged.body.lastVersion).toBe(full.body.events.length);
    expect((await get(`/streams/report-${ids.sotk}?from=50`)).body).toMatchObject({ events: [], lastVersion: full.body.events.length });
    expect((await get('/streams/report-000000000000000000000000?from=1')).status).toBe(404);
  });
});
