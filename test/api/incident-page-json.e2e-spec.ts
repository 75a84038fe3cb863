import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { parseQuery } from '../../apps/api/src/http/query-schema.js';
import { incidentListQuery, incidentPage, placeIncidentListQuery } from '../../apps/api/src/queries/incidents/incident-list.query.js';
import { ReadModel } from '../../apps/api/src/queries/shared/read-model.service.js';
import { readDevCorpus } from '../browser/support/corpus.js';
import { startReportsApp } from '../reports/support/reports-app.js';

/**
 * The incident lists answer bytes written by incident-page.json.ts (each place and party label encoded once):
 * they must be exactly `JSON.stringify` of the page the route's query makes, for the dev corpus posted through
 * POST /reports (the real extractor), on every kind of page: by place, by place id in the path, all, long,
 * `asOf`, `publishedBefore`, the second page of a cursor, and an empty one.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 12 });
  app = await startReportsApp(tdb);
  for (const r of await readDevCorpus()) {
    const res = await app.inject({
      method: 'POST',
      url: '/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: r.text, publishedOn: r.publishedOn ?? undefined, source: r.outlet ?? undefined }),
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    head = Math.max(head, (res.json() as { position: number }).position);
  }
  expect((await app.inject({ method: 'GET', url: `/incidents?waitFor=${head}&waitTimeout=60000` })).statusCode).toBe(200);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** What the route's query answers, stringified: the bytes the route wrote before incident-page.json.ts. */
async function stringified(url: string): Promise<string> {
  const read = app.get(ReadModel);
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const q = Object.fromEntries(searchParams);
  const place = /^\/locations\/([^/]+)\/incidents$/.exec(pathname)?.[1];
  const page =
    place === undefined
      ? await (async () => {
          const query = parseQuery(incidentListQuery(), q);
          return incidentPage(read, query, read.placeIds(query.location));
        })()
      : await incidentPage(read, parseQuery(placeIncidentListQuery(), q), read.placeIds(decodeURIComponent(place)));
  return JSON.stringify(page);
}

async function expectSameBytes(url: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(res.rawPayload.equals(Buffer.from(await stringified(url))), url).toBe(true);
  return res.body;
}

describe('incident list pages written with their labels encoded once', () => {
  it('are the bytes of JSON.stringify for every place the dev corpus files incidents under, by query and by path', async () => {
    const [{ n }] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM incidents WHERE valid_to IS NULL`;
    expect(Number(n)).toBeGreaterThan(20);
    const places = (
      await tdb.sql<{ place_id: string }[]>`
        SELECT place_id FROM incident_places WHERE valid_to IS NULL GROUP BY place_id ORDER BY count(*) DESC, place_id`
    ).map((r) => r.place_id);
    expect(places.length).toBeGreaterThan(5);
    let rows = 0;
    for (const place of places) {
      const body = await expectSameBytes(`/incidents?location=${encodeURIComponent(place)}`);
      rows += (JSON.parse(body) as { items: unknown[] }).items.length;
      await expectSameBytes(`/locations/${encodeURIComponent(place)}/incidents?limit=200`);
    }
    expect(rows).toBeGreaterThan(places.length);
  });

  it('are the bytes of JSON.stringify for all incidents, long pages, asOf, publishedBefore, a next page and an empty page', async () => {
    const first = JSON.parse(await expectSameBytes('/incidents?limit=5')) as { items: { placeIds: string[] }[]; nextCursor: string };
    expect(first.nextCursor).toEqual(expect.any(String));
    await expectSameBytes(`/incidents?limit=5&cursor=${encodeURIComponent(first.nextCursor)}`);
    await expectSameBytes('/incidents?limit=500');
    await expectSameBytes(`/incidents?asOf=${Math.floor(head / 2)}&limit=200`);
    await expectSameBytes('/incidents?publishedBefore=2023-01-01&limit=200');
    await expectSameBytes('/incidents?type=ShellingReported');
    const empty = await expectSameBytes('/incidents?asOf=0');
    expect(JSON.parse(empty)).toEqual({ items: [], nextCursor: null, asOf: { position: 0 } });
  });
});
