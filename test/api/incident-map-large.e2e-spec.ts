import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';
import { toMapRow } from './support/map-row.js';

/**
 * A map page of more than 5,000 rows is read in SQL chunks of 5,000, each from
 * the last one's keyset cursor (incident-list.query.ts). 5,003 incidents written
 * straight into the incidents projection's tables (posting that many reports
 * would take minutes), many on the same day so the cursor's tie-break on id
 * decides where a chunk ends; every 500th with a killed claim and a running toll.
 */
const INCIDENTS = 5_003;
let tdb: TestDatabase;
let app: NestFastifyApplication;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as any;
};

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  await tdb.sql`
    INSERT INTO incidents (build, id, kind, types, date_from, date_to, place_ids, parties, member_count, report_ids,
                           first_event_id, first_position, valid_from, valid_to)
    SELECT (SELECT active_build FROM projection_registry WHERE name = 'incidents'), 'inc-big-' || lpad(n::text, 5, '0'),
           'violence', ARRAY['ShellingReported'], to_char(date '2022-01-01' + n % 40, 'YYYY-MM-DD'),
           to_char(date '2022-01-01' + n % 40, 'YYYY-MM-DD'),
           CASE WHEN n % 3 = 0 THEN ARRAY['am-jermuk', 'am'] ELSE ARRAY['nowhere-known'] END, ARRAY['AM', 'AZ'], 1,
           ARRAY['rep-' || n], 'ev-' || n, n, n, NULL
    FROM generate_series(1, ${INCIDENTS}) n`;
  await tdb.sql`
    INSERT INTO incident_members (build, event_id, incident_id, report_id, type, date_from, date_to, place_ids, parties,
                                  event_position, valid_from, valid_to)
    SELECT i.build, i.first_event_id, i.id, i.report_ids[1], 'ShellingReported', i.date_from, i.date_to, i.place_ids, i.parties,
           i.first_position, i.valid_from, NULL
    FROM incidents i WHERE i.first_position % 500 = 0`;
  await tdb.sql`
    INSERT INTO casualty_claims (build, event_id, idx, report_id, claimant, claimant_party, claimant_name, outlet, quote, side,
                                 affiliation, category, min, max, approximate, vague, cumulative, valid_from, valid_to)
    SELECT (SELECT active_build FROM projection_registry WHERE name = 'casualties'), m.event_id, k, m.report_id, 'AM', 'AM', NULL,
           NULL, 'quote', 'AM', 'military', 'killed', CASE WHEN k = 0 THEN m.event_position / 100 ELSE 90000 END, NULL,
           false, false, k = 1, m.valid_from, NULL
    FROM incident_members m, generate_series(0, 1) k`;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function walkList(): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page = await get(`/incidents?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /incidents/map over 5,000 rows', () => {
  it('answers all 5,003 in one page, each row what GET /incidents says of it', async () => {
    const listed = await walkList();
    expect(listed).toHaveLength(INCIDENTS);
    const map = await get('/incidents/map?limit=10000');
    expect(map.nextCursor).toBeNull();
    expect(new Set(map.items.map((r: any) => r.id)).size).toBe(INCIDENTS);
    expect(map.items).toEqual(listed.map(toMapRow));
    const killed = map.items.filter((r: any) => r.fatalities !== null);
    expect(killed).toHaveLength(Math.floor(INCIDENTS / 500));
    // Each one's own figure (position / 100), never the running toll of 90,000 beside it.
    for (const r of killed) expect(r.fatalities).toBe(Number(r.id.slice('inc-big-'.length)) / 100);
    expect(map.items.filter((r: any) => r.lat !== null).length).toBe(Math.floor(INCIDENTS / 3));
  });

  it('ends a page past the first chunk with a cursor that the next page continues from', async () => {
    const whole = (await get('/incidents/map?limit=10000')).items.map((r: any) => r.id);
    const first = await get('/incidents/map?limit=5002');
    expect(first.items.map((r: any) => r.id)).toEqual(whole.slice(0, 5002));
    expect(typeof first.nextCursor).toBe('string');
    const rest = await get(`/incidents/map?limit=5002&cursor=${encodeURIComponent(first.nextCursor)}`);
    expect(rest.items.map((r: any) => r.id)).toEqual(whole.slice(5002));
    expect(rest.nextCursor).toBeNull();
  });
});
