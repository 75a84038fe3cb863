import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GeoJSON2DFeatureCollectionSchema } from 'zod-geojson';
import { exportIncidentPages } from '@sitrep/projections';
import type { ProjectionDb } from '@sitrep/projections';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';
import { DOCUMENTED_ACLED_COLUMNS, DOCUMENTED_GED_COLUMNS, loadCorpus, parseCsv, postCorpus } from './support/exports-fixture.js';

/**
 * The four exports through HTTP on a real PostgreSQL, after the whole dev corpus
 * was posted as users post it (extracted by the extractor, projected by the
 * app's own workers), compared with what the JSON API answers.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let head = 0;
let reportIds: Map<string, string>;

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, headers: res.headers, body: res.body };
};
const json = async (url: string) => JSON.parse((await get(url)).body) as any;

/** Every incident GET /incidents answers for a query, all pages. */
async function apiIncidents(query = ''): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page = await json(`/incidents?limit=200${query ? `&${query}` : ''}${cursor ? `&cursor=${cursor}` : ''}`);
    if (!page.items) throw new Error(`/incidents?${query}: ${JSON.stringify(page)}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const details = new Map<string, any>();
async function detail(id: string): Promise<any> {
  if (!details.has(id)) details.set(id, await json(`/incidents/${id}`));
  return details.get(id);
}

const ndjsonLines = (body: string) =>
  body
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as any);

const UNLOCATED = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.null(),
  properties: z.record(z.string(), z.unknown()),
});

/** The incidents a GeoJSON export holds, after checking it against RFC 7946 (zod-geojson; null geometry per §3.2). */
function geojsonFeatures(body: string): any[] {
  const collection = JSON.parse(body);
  const located = collection.features.filter((f: any) => f.geometry !== null);
  const parsed = GeoJSON2DFeatureCollectionSchema.safeParse({ type: 'FeatureCollection', features: located });
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
  for (const f of collection.features.filter((f: any) => f.geometry === null)) expect(UNLOCATED.safeParse(f).success).toBe(true);
  expect(Object.keys(collection).sort()).toEqual(['features', 'type']);
  return collection.features;
}

const incidentOfRow = (row: Record<string, string>) => /sitrep_incident=([^;]+)/.exec(row.tags!)![1];

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 8 });
  app = await startReportsApp(tdb);
  ({ reportIds, head } = await postCorpus(app));
  // Read-your-writes on the exports themselves: they answer once both projections applied the last post.
  const ready = await get(`/exports/ged.csv?waitFor=${head}&waitTimeout=30000`);
  expect(ready.status, ready.body).toBe(200);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('GET /exports/acled.csv', () => {
  it('is RFC 4180 CSV with the documented header, one row per event of every incident, Arabic text intact', async () => {
    const res = await get('/exports/acled.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['x-sitrep-as-of']).toBe(String(head));
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sitrep-acled-p${head}.csv"`);
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.split('\r\n')[0]).toBe(DOCUMENTED_ACLED_COLUMNS.join(','));
    const { header, rows } = parseCsv(res.body);
    expect(header).toEqual(DOCUMENTED_ACLED_COLUMNS);

    const incidents = await apiIncidents();
    expect(incidents.length).toBeGreaterThan(20);
    expect(new Set(rows.map(incidentOfRow))).toEqual(new Set(incidents.map((i) => i.id)));
    let events = 0;
    for (const incident of incidents) {
      const d = await detail(incident.id);
      events += d.events.length;
      for (const e of d.events) {
        const row = rows.find((r) => r.event_id_cnty!.endsWith(`-${e.eventId}`));
        expect(row, e.eventId).toBeDefined();
        expect(row!.notes!.startsWith(e.evidence.text)).toBe(true);
        expect(row!.event_date).toBe(e.dateFrom);
      }
    }
    expect(rows).toHaveLength(events);
  });

  it('starts with a UTF-8 byte order mark on ?bom=1 and is otherwise the same file', async () => {
    const plain = await get(`/exports/acled.csv?asOf=${head}`);
    const bom = await get(`/exports/acled.csv?asOf=${head}&bom=1`);
    expect(bom.body.charCodeAt(0)).toBe(0xfeff);
    expect(bom.body.slice(1)).toBe(plain.body);
  });
});

describe('GET /exports/ged.csv', () => {
  it('has the documented header and one row per incident of organised violence, in the order of GET /incidents', async () => {
    const res = await get('/exports/ged.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sitrep-ged-p${head}.csv"`);
    const { header, rows } = parseCsv(res.body);
    expect(header).toEqual(DOCUMENTED_GED_COLUMNS);
    const violent = (await apiIncidents()).filter((i) => i.kind === 'violence');
    expect(rows.map((r) => r.id)).toEqual(violent.map((i) => i.id));
    for (const r of rows) {
      const [low, best, high] = [Number(r.low), Number(r.best), Number(r.high)];
      expect(low <= best && best <= high, JSON.stringify(r)).toBe(true);
      expect(Number(r.deaths_a) + Number(r.deaths_b) + Number(r.deaths_civilians) + Number(r.deaths_unknown)).toBe(best);
      expect(['1', '2', '3', '4', '5', '6', '']).toContain(r.where_prec);
    }
  });
});

describe('GET /exports/incidents.geojson', () => {
  it('is an RFC 7946 FeatureCollection of every incident, points as [longitude, latitude] of a place its events name', async () => {
    const res = await get('/exports/incidents.geojson');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const features = geojsonFeatures(res.body);
    const incidents = await apiIncidents();
    expect(features.map((f) => f.id)).toEqual(incidents.map((i) => i.id));
    let located = 0;
    for (const f of features.filter((f) => f.geometry)) {
      located += 1;
      const [lon, lat] = f.geometry.coordinates;
      const places = (await detail(f.id)).events.flatMap((e: any) => e.locations);
      const place = places.find((l: any) => l.id === f.properties.placeId);
      expect(place, f.id).toBeDefined();
      expect([lon, lat]).toEqual([place.lon, place.lat]);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(located).toBeGreaterThan(features.length / 2);
  });
});

describe('GET /exports/events.ndjson', () => {
  it('is every stored event in order, as GET /events prints it, with PLOVER and CAMEO codes', async () => {
    const res = await get('/exports/events.ndjson');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = ndjsonLines(res.body);
    const stored: any[] = [];
    for (let cursor: string | null = null; ;) {
      const page: { items: unknown[]; nextCursor: string | null } = await json(`/events?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
      stored.push(...page.items);
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(lines).toHaveLength(head);
    expect(lines.map(({ codes: _codes, ...event }) => event)).toEqual(stored);
    // The mapping table of the README, written out here.
    const CAMEO: Record<string, string> = {
      ArmedClashReported: '193',
      ShellingReported: '194',
      AirStrikeReported: '195',
      CasualtiesClaimed: '190',
      MaterielLossClaimed: '190',
      ControlChangeClaimed: '192',
      CeasefireDeclared: '0871',
      CeasefireViolationAlleged: '196',
      MobilizationDeclared: '154',
      AssistanceRequested: '0232',
      DiplomaticStatementIssued: '010',
      TalksHeld: '046',
      MonitoringMissionEstablished: '0861',
      MediationOffered: '045',
    };
    for (const line of lines) {
      if (line.type.startsWith('Report')) expect(line.codes).toBeNull();
      else expect(line.codes.cameo, line.type).toBe(CAMEO[line.type]);
    }
    expect(lines.filter((l) => l.type === 'ShellingReported').every((l) => l.codes.plover === 'FIGHT')).toBe(true);
  });

  it('stops at asOf and keeps only the named type', async () => {
    const middle = Math.floor(head / 2);
    const upTo = ndjsonLines((await get(`/exports/events.ndjson?asOf=${middle}`)).body);
    expect(upTo.map((l) => l.position)).toEqual(Array.from({ length: middle }, (_, i) => i + 1));
    const shelling = ndjsonLines((await get('/exports/events.ndjson?type=ShellingReported')).body);
    const all = ndjsonLines((await get('/exports/events.ndjson')).body);
    expect(shelling.length).toBeGreaterThan(0);
    expect(shelling).toEqual(all.filter((l) => l.type === 'ShellingReported'));
  });
});

describe('one known incident of the dev corpus in every format', () => {
  it('dev-02: three Armenian soldiers killed in a clash with Azerbaijani forces at Chinari on 29 December 2016', async () => {
    const report = reportIds.get('dev-02.json')!;
    const query = 'location=am-chinari&from=2016-12-29&to=2016-12-29';
    const [incident] = (await apiIncidents(query)).filter((i) => i.reportIds.includes(report) && i.types.includes('CasualtiesClaimed'));
    expect(incident, 'the Chinari incident').toBeDefined();
    const d = await detail(incident.id);
    const chinari = d.events.flatMap((e: any) => e.locations).find((l: any) => l.id === 'am-chinari');

    const acled = parseCsv((await get(`/exports/acled.csv?${query}`)).body).rows.filter((r) => incidentOfRow(r) === incident.id);
    expect(acled).toHaveLength(d.events.length);
    const killed = acled.find((r) => r.tags!.includes('sitrep_type=CasualtiesClaimed') && r.fatalities === '3');
    expect(killed).toMatchObject({
      event_date: '2016-12-29',
      year: '2016',
      time_precision: '1',
      country: 'Armenia',
      iso: '51',
      region: 'Caucasus and Central Asia',
      location: 'Chinari',
      latitude: String(chinari.lat),
      longitude: String(chinari.lon),
      geo_precision: '1',
      source: 'IMLebanon (imlebanon.org)',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
    });
    expect(killed!.notes).toMatch(/^.*قتل.*\[claimant: .+\]$/s);
    const clash = acled.find((r) => r.tags!.includes('sitrep_type=ArmedClashReported') && r.actor1 === 'Military Forces of Azerbaijan');
    expect(clash).toMatchObject({
      actor2: 'Military Forces of Armenia',
      inter1: '1',
      inter2: '1',
      interaction: '11',
      disorder_type: 'Political violence',
    });

    const ged = parseCsv((await get(`/exports/ged.csv?${query}`)).body).rows.find((r) => r.id === incident.id)!;
    expect(ged).toMatchObject({
      date_start: '2016-12-29',
      type_of_violence: '1',
      low: '3',
      best: '3',
      high: '3',
      where_prec: '1',
      country: 'Armenia',
    });
    expect([ged.side_a, ged.side_b].sort()).toEqual(['Government of Armenia', 'Government of Azerbaijan']);
    expect(ged.side_a === 'Government of Armenia' ? ged.deaths_a : ged.deaths_b).toBe('3');
    expect(ged.source_office).toBe('IMLebanon (imlebanon.org)');

    const feature = geojsonFeatures((await get(`/exports/incidents.geojson?${query}`)).body).find((f) => f.id === incident.id);
    expect(feature.geometry.coordinates).toEqual([chinari.lon, chinari.lat]);
    expect(feature.properties).toMatchObject({ placeName: 'Chinari', fatalities: 3, deathsBest: 3, dateFrom: '2016-12-29' });

    // NDJSON selects events by their own data: the clash placed only on the border is not "at Chinari", so no location filter here.
    const lines = ndjsonLines((await get('/exports/events.ndjson?from=2016-12-29&to=2016-12-29')).body);
    expect(lines.every((l) => !l.type.startsWith('Report'))).toBe(true);
    for (const e of d.events) {
      const line = lines.find((l) => l.id === e.eventId);
      expect(line, e.eventId).toBeDefined();
      expect(line.data.evidence).toEqual(e.evidence);
      expect(line.data.reportId).toBe(report);
    }
    expect(lines.find((l) => l.type === 'CasualtiesClaimed' && l.data.casualties.some((c: any) => c.min === 3)).codes).toEqual({
      plover: 'FIGHT',
      cameo: '190',
      cameoLabel: 'Use conventional military force',
    });
  });
});

describe('filters and asOf', () => {
  it('give the same incidents as GET /incidents in every incident format', async () => {
    const queries = [
      '',
      'location=am-jermuk',
      `location=${encodeURIComponent('سوريا')}`,
      'type=ShellingReported',
      'party=AZ',
      'from=2020-01-01&to=2022-12-31',
      `asOf=${Math.floor(head / 3)}`,
      `asOf=${Math.floor(head / 3)}&party=AM&type=CasualtiesClaimed`,
    ];
    for (const q of queries) {
      const incidents = await apiIncidents(q);
      const ids = incidents.map((i) => i.id);
      const features = geojsonFeatures((await get(`/exports/incidents.geojson?${q}`)).body);
      expect(
        features.map((f) => f.id),
        q,
      ).toEqual(ids);
      const ged = parseCsv((await get(`/exports/ged.csv?${q}`)).body).rows;
      expect(
        ged.map((r) => r.id),
        q,
      ).toEqual(incidents.filter((i) => i.kind === 'violence').map((i) => i.id));
      const acled = parseCsv((await get(`/exports/acled.csv?${q}`)).body).rows;
      expect(new Set(acled.map(incidentOfRow)), q).toEqual(new Set(ids));
      if (q.includes('type=')) {
        const type = /type=(\w+)/.exec(q)![1];
        expect(acled.every((r) => r.tags!.includes(`sitrep_type=${type}`))).toBe(true);
      }
    }
    expect((await apiIncidents(`asOf=${Math.floor(head / 3)}`)).length).toBeLessThan((await apiIncidents()).length);
  });

  it('pages through ties of date with the keyset as GET /incidents orders them (pages of 7)', async () => {
    for (const [query, filter] of [
      ['', {}],
      ['party=AZ', { party: 'AZ' }],
    ] as const) {
      const ids: string[] = [];
      let pages = 0;
      for await (const page of exportIncidentPages(tdb.db as unknown as ProjectionDb, { ...filter, asOf: head }, 7)) {
        pages += 1;
        expect(page.length).toBeLessThanOrEqual(7);
        ids.push(...page.map((i) => i.incident.id));
      }
      const expected = (await apiIncidents(query)).map((i) => i.id);
      expect(ids).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / 7));
    }
  });

  it('publishedBefore keeps only the events of reports published on or before that day', async () => {
    const day = '2020-01-01';
    const published = new Map(loadCorpus().map((r) => [reportIds.get(r.file)!, r.publishedOn]));
    const acled = parseCsv((await get(`/exports/acled.csv?publishedBefore=${day}`)).body).rows;
    const reportOf = (r: Record<string, string>) => /sitrep_report=(\w+)/.exec(r.tags!)![1]!;
    expect(acled.length).toBeGreaterThan(0);
    expect(acled.every((r) => published.get(reportOf(r))! <= day)).toBe(true);
    const expected = [];
    for (const incident of await apiIncidents()) {
      for (const e of (await detail(incident.id)).events) if (published.get(e.reportId)! <= day) expected.push(e.eventId);
    }
    expect(acled.map((r) => r.event_id_cnty!.replace(/^[A-Z]{2}-/, '')).sort()).toEqual(expected.sort());
    const ged = parseCsv((await get(`/exports/ged.csv?publishedBefore=${day}`)).body).rows;
    expect(ged.length).toBeGreaterThan(0);
    for (const r of ged) expect(r.source_date!.split('; ').every((d) => d <= day)).toBe(true);
    // An incident with later reports is described by its earlier events only.
    for (const f of geojsonFeatures((await get(`/exports/incidents.geojson?publishedBefore=${day}`)).body)) {
      expect(f.properties.reportIds.every((id: string) => published.get(id)! <= day)).toBe(true);
      expect(f.properties.eventIds.length).toBe(f.properties.eventCount);
    }
    const lines = ndjsonLines((await get(`/exports/events.ndjson?publishedBefore=${day}`)).body);
    expect(lines.every((l) => published.get(l.data.reportId)! <= day)).toBe(true);
    expect(lines.some((l) => l.type === 'ReportSubmitted')).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  it('lists the four exports with their filters', async () => {
    const doc = await json('/docs/openapi.json');
    for (const path of ['/exports/acled.csv', '/exports/ged.csv', '/exports/incidents.geojson', '/exports/events.ndjson']) {
      const names = doc.paths[path].get.parameters.map((p: any) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(['location', 'type', 'party', 'from', 'to', 'asOf', 'publishedBefore']));
      expect(names.includes('bom'), path).toBe(path.endsWith('.csv'));
    }
  });
});

describe('bad parameters', () => {
  it('are refused with problem+json and a stable code, before anything is streamed', async () => {
    const cases: Array<[string, number, string]> = [
      // Unknown parameters, as on every route (issue 13): 400, naming the allowed ones.
      ['/exports/acled.csv?locaton=Jermuk', 400, 'UNKNOWN_PARAMETER'],
      ['/exports/incidents.geojson?bom=1', 400, 'UNKNOWN_PARAMETER'],
      ['/exports/events.ndjson?waitFor=1', 400, 'UNKNOWN_PARAMETER'],
      // Values a known parameter does not take: 422, by the same helpers as /incidents.
      ['/exports/ged.csv?from=2020-13-01', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/ged.csv?from=2020-02-01&to=2020-01-01', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/acled.csv?bom=yes', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/events.ndjson?publishedBefore=yesterday', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/acled.csv?asOf=soon', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/acled.csv?type=A&type=B', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/acled.csv?type=Shelling', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/incidents.geojson?type=ReportSubmitted', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/ged.csv?party=XX-NOBODY', 422, 'INVALID_QUERY_PARAMETER'],
      ['/exports/ged.csv?location=Atlantis', 404, 'LOCATION_NOT_FOUND'],
    ];
    for (const [url, status, code] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body).code, url).toBe(code);
      if (status === 400) expect(JSON.parse(res.body).allowed, url).toContain('publishedBefore');
    }
  });
});

// Last: it posts two more reports, which the tests above do not expect.
describe('publishedBefore on an incident that a later report joined', () => {
  // 2026: after the whole corpus (the latest report is of October 2025), and not in the future, which POST /reports refuses (PUBLISHED_IN_FUTURE).
  it('describes the incident by the events of the reports published by then', async () => {
    // The README's example sentence, told on 1 May by one outlet and the next day ("yesterday") by another: one incident.
    let position = 0;
    for (const [publishedOn, source, when] of [
      ['2026-05-01', 'TASS', 'صباح اليوم'],
      ['2026-05-02', 'Armenpress', 'أمس'],
    ]) {
      const text = `قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية ${when}.`;
      const res = await app.inject({ method: 'POST', url: '/reports', payload: { text, publishedOn, source } });
      expect(res.statusCode).toBe(201);
      position = Math.max(position, res.json().position);
    }
    const [incident, ...others] = await apiIncidents(`from=2026-01-01&waitFor=${position}&waitTimeout=30000`);
    expect(others).toEqual([]);
    expect(incident).toMatchObject({ dateFrom: '2026-05-01', dateTo: '2026-05-01', eventCount: 2 });
    expect(incident.reportIds).toHaveLength(2);

    // GET /incidents waited for the incidents projection only; the exports read both, so this one waits for both.
    const [whole] = geojsonFeatures((await get(`/exports/incidents.geojson?from=2026-01-01&waitFor=${position}&waitTimeout=30000`)).body);
    expect(whole.properties).toMatchObject({ id: incident.id, reportCount: 2, eventCount: 2 });
    const [early] = geojsonFeatures((await get('/exports/incidents.geojson?from=2026-01-01&publishedBefore=2026-05-01')).body);
    expect(early.properties).toMatchObject({ id: incident.id, dateFrom: '2026-05-01', reportCount: 1, eventCount: 1, outlets: 'TASS' });
    expect(early.properties.reportIds).toHaveLength(1);
    const [ged] = parseCsv((await get('/exports/ged.csv?from=2026-01-01&publishedBefore=2026-05-01')).body).rows;
    expect(ged).toMatchObject({ id: incident.id, date_start: '2026-05-01', source_office: 'TASS', source_date: '2026-05-01' });
    expect(parseCsv((await get('/exports/ged.csv?from=2026-01-01&publishedBefore=2026-04-30')).body).rows).toEqual([]);
  });
});
