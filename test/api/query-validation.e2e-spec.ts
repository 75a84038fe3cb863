import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { countEvents, startReportsApp } from '../reports/support/reports-app.js';
import { requireBuiltCli, sitrep } from './support/cli.js';

/**
 * Issue 13 items 3 and 4: typos and impossible values are refused with a code
 * that says what is accepted, on every route; one calendar-date rule for bodies,
 * queries and the CLI; no publication dates from the future; no incident dated
 * "today" out of a report that gives no date at all.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as any, type: res.headers['content-type'] };
};
const post = (body: unknown) =>
  app.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  const res = await post({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13', source: 'TASS' });
  head = (res.json() as { position: number }).position;
  await get(`/incidents?waitFor=${head}&waitTimeout=20000`);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('unknown query parameters (400 UNKNOWN_PARAMETER naming the allowed ones)', () => {
  it('refuses ?loc= on /incidents instead of answering every incident', async () => {
    const res = await get('/incidents?loc=Jermuk');
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('UNKNOWN_PARAMETER');
    expect(res.body.parameters).toEqual(['loc']);
    expect(res.body.allowed).toEqual(
      expect.arrayContaining(['location', 'type', 'party', 'from', 'to', 'asOf', 'limit', 'cursor', 'waitFor']),
    );
    expect(res.body.detail).toContain('"location"');
  });

  it('refuses an unknown parameter on every GET route of the OpenAPI document', async () => {
    const doc = (await get('/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const samples: Record<string, string> = { id: 'am-jermuk', name: 'incidents' };
    const routes = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path.replace(/\{(\w+)\}/g, (_, p: string) => samples[p] ?? 'x'));
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) {
      const res = await get(`${route}?bogus=1`);
      expect(res.status, route).toBe(400);
      expect(res.body.code, route).toBe('UNKNOWN_PARAMETER');
    }
    const write = await app.inject({
      method: 'POST',
      url: '/reports?sorce=TASS',
      headers: { 'content-type': 'text/plain' },
      payload: 'نص',
    });
    expect(write.statusCode).toBe(400);
    expect((write.json() as { allowed: string[] }).allowed).toContain('source');
  });
});

describe('invalid values (422 naming the accepted values)', () => {
  it('refuses an event type that does not exist, listing the types', async () => {
    for (const url of ['/incidents?type=Shelling', '/locations/Jermuk/incidents?type=Shelling']) {
      const res = await get(url);
      expect(res.status, url).toBe(422);
      expect(res.body.code).toBe('INVALID_QUERY_PARAMETER');
      expect(res.body.accepted).toContain('ShellingReported');
      expect(res.body.detail).toContain('ShellingReported');
    }
  });

  it('filters /events by ?types= and refuses an unknown type', async () => {
    const filtered = await get('/events?types=ShellingReported');
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(new Set(filtered.body.items.map((e: any) => e.type))).toEqual(new Set(['ShellingReported']));
    const bad = await get('/events?types=X');
    expect(bad.status).toBe(422);
    expect(bad.body.accepted).toContain('ReportSubmitted');
  });

  it('refuses an unknown party, accepts a lower-case state code and an actor code', async () => {
    const bad = await get('/incidents?party=XX');
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/ISO 3166-1 alpha-2/);
    const upper = await get('/incidents?party=AM');
    const lower = await get('/incidents?party=am');
    expect(lower.status).toBe(200);
    expect(lower.body.items).toEqual(upper.body.items);
    expect(upper.body.items.length).toBeGreaterThan(0);
    expect((await get('/incidents?party=SD-RSF')).status).toBe(200);
  });

  it('refuses from after to on every route that takes a range', async () => {
    for (const url of [
      '/incidents?from=2022-09-15&to=2022-09-13',
      '/locations/Jermuk/incidents?from=2022-09-15&to=2022-09-13',
      '/incidents/map?from=2022-09-15&to=2022-09-13',
      '/reports?from=2022-09-15&to=2022-09-13',
      '/exports/ged.csv?from=2022-09-15&to=2022-09-13',
      '/streams/x?from=3&to=2',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(422);
      expect(res.body.parameter).toBe('to');
    }
  });
});

describe('dates', () => {
  it('refuses a query date that does not exist instead of rolling it over', async () => {
    const res = await get('/incidents?from=2022-02-30');
    expect(res.status).toBe(422);
    expect(res.body.parameter).toBe('from');
  });

  it('refuses a publication date more than a day ahead, writes nothing, and accepts tomorrow', async () => {
    const before = await countEvents(tdb);
    const future = await post({ text: 'قصفت القوات الأذربيجانية قرية سوتك.', publishedOn: '2099-01-01' });
    expect(future.statusCode).toBe(422);
    expect((future.json() as { code: string }).code).toBe('PUBLISHED_IN_FUTURE');
    const plain = await app.inject({
      method: 'POST',
      url: '/reports?publishedOn=2099-01-01',
      headers: { 'content-type': 'text/plain' },
      payload: 'قصفت القوات الأذربيجانية قرية سوتك.',
    });
    expect(plain.statusCode).toBe(422);
    expect(await countEvents(tdb)).toBe(before);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await post({ text: 'قصفت القوات الأذربيجانية قرية سوتك يوم أمس.', publishedOn: tomorrow })).statusCode).toBe(201);
  });

  it('makes no incident dated today out of a report with no date anywhere', async () => {
    const res = await post({ text: 'قصفت القوات الأذربيجانية قرية سوتك بالمدفعية الثقيلة.' });
    expect(res.statusCode).toBe(201);
    const { id, position, events } = res.json() as { id: string; position: number; events: { type: string }[] };
    expect(events.map((e) => e.type)).toContain('ShellingReported');
    const page = await get(`/incidents?waitFor=${position}&waitTimeout=20000&limit=200`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    // Before: an incident dated the day it was recorded, holding this report.
    expect(page.body.items.filter((i: any) => i.reportIds.includes(id))).toEqual([]);
  });

  it('the CLI refuses --published 2022-02-30 by the same rule', async () => {
    requireBuiltCli();
    const res = await sitrep(['extract', '--published', '2022-02-30'], { DATABASE_URL: tdb.url }, 'قصفت القوات الأذربيجانية مدينة جرموك.');
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/calendar date/);
    const lines = await sitrep(['extract', '--jsonl'], {}, JSON.stringify({ id: 1, text: 'قصف', publishedOn: '2022-02-30' }) + '\n');
    expect(lines.code).toBe(1);
    expect(JSON.parse(lines.stdout)).toMatchObject({ id: 1, error: { code: 'INVALID_DATE' } });
  });

  it(
    'sitrep export checks its filters with the HTTP export schema and answers its code, before opening the database',
    { timeout: 300_000 },
    async () => {
      requireBuiltCli();
      // An unreachable database: a filter refusal must come first.
      const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
      for (const [args, option] of [
        [['--type', 'ReportSubmitted'], '--type'],
        [['--from', '2022-03-01', '--to', '2022-02-30'], '--to'],
      ] as const) {
        const res = await sitrep(['export', '--format', 'acled', ...args], env);
        expect(res.code, args.join(' ')).toBe(1);
        expect(res.stderr, args.join(' ')).toContain(`INVALID_QUERY_PARAMETER: ${option} must be`);
      }
    },
  );
});
