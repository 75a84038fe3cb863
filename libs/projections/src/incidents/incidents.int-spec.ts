import { sql } from 'kysely';
import { MAX_FIGURE } from '@sitrep/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent, PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { listCeasefires } from '../ceasefires/ceasefires.query.js';
import { gazetteerDirectory } from '../locations/gazetteer-directory.js';
import { listLocations } from '../locations/locations.query.js';
import { placeChainOf } from '../locations/place-directory.js';
import type { ProjectionRunner } from '../runner/projection-runner.js';
import { catchUpTo, testRunner, testStore } from '../testing/projection-test-kit.js';
import type { ProjectionDb } from '../runner/projection.js';
import {
  decisionId,
  extracted,
  fixtureEventId,
  mergeIncidents,
  PLACES,
  reportIdFor,
  reextractReport,
  retractReport,
  splitIncident,
  submitReport,
} from '../testing/report-fixtures.js';
import { arrayLiteral } from './incidents.batch.js';
import { incidentIdFor } from '@sitrep/domain';
import { getIncident, listIncidents } from './incidents.query.js';

const chain = placeChainOf(gazetteerDirectory);

describe('incidents projection', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let head = 0;

  beforeEach(async () => {
    tdb = await createTestDatabase();
    db = tdb.db as unknown as ProjectionDb;
    store = testStore(db, tdb.sql);
    runner = testRunner(db, tdb.sql, store, { batchSize: 7 });
    head = 0;
  });
  afterEach(() => tdb.close());

  const append = async (s: { streamId: string; events: NewEvent[] }) => {
    const r = await store.append(s.streamId, s.events);
    head = Math.max(head, r.lastPosition);
    return r;
  };
  const catchUp = () => catchUpTo(runner, head);
  const all = async (asOf: number | null = null) => (await listIncidents(db, { asOf, limit: 100 })).items;

  it('links events from different reports about the same shelling into one incident with a stable id', async () => {
    await append(submitReport('r1', [extracted('ShellingReported')]));
    await append(submitReport('r2', [extracted('AirStrikeReported', { locations: [PLACES.vayotsDzor] })], { source: 'Reuters' }));
    await append(submitReport('r3', [extracted('ShellingReported', { locations: [PLACES.goris] })]));
    await catchUp();
    const incidents = await all();
    expect(incidents).toHaveLength(2);
    const jermuk = incidents.find((i) => i.placeIds.includes('am-jermuk'))!;
    expect(jermuk.id).toBe(incidentIdFor(fixtureEventId('r1', 1, 0)));
    expect(jermuk.types).toEqual(['AirStrikeReported', 'ShellingReported']);
    expect(jermuk.reportIds).toEqual([reportIdFor('r1'), reportIdFor('r2')].sort());
    const filtered = (type?: string, party?: string) =>
      listIncidents(db, { asOf: null, limit: 10, type, party }).then((p) => p.items.length);
    expect(await filtered('AirStrikeReported')).toBe(1);
    expect(await filtered('ShellingReported')).toBe(2);
    expect(await filtered(undefined, 'AM')).toBe(2);
    expect(await filtered(undefined, 'RU')).toBe(0);
  });

  it('writes text arrays through literals that survive quotes, commas, braces, backslashes and Arabic', async () => {
    const tricky = ['a"b', 'c,d', '{e}', 'f\\g', 'جرموك', 'NULL', '', ' sp '];
    const { rows } = await sql<{ v: string[] }>`SELECT ${arrayLiteral(tricky)}::text[] AS v`.execute(db);
    expect(rows[0]!.v).toEqual(tricky);
  });

  it('never makes incidents from background or informative events', async () => {
    await append(submitReport('r1', [extracted('ArmedClashReported', { background: true }), extracted('DiplomaticStatementIssued')]));
    await catchUp();
    expect(await all()).toEqual([]);
  });

  it('rolls incidents up to region and country, with counts per type', async () => {
    await append(submitReport('r1', [extracted('ShellingReported'), extracted('ArmedClashReported', { locations: [PLACES.goris] })]));
    await catchUp();
    const locs = await listLocations(db, gazetteerDirectory, { asOf: null });
    const byId = Object.fromEntries(locs.map((l) => [l.id, l]));
    expect(byId['am-jermuk']).toMatchObject({ incidentCount: 1, byType: { ShellingReported: 1 }, lat: 39.8414 });
    expect(byId['am-vayots-dzor']!.incidentCount).toBe(1);
    expect(byId['am']).toMatchObject({ incidentCount: 2, byType: { ShellingReported: 1, ArmedClashReported: 1 } });
    const inArmenia = await listIncidents(db, { asOf: null, limit: 10, placeIds: ['am'] });
    expect(inArmenia.items).toHaveLength(2);
  });

  it('stops counting retracted reports and superseded extractions, and keeps the history', async () => {
    await append(
      submitReport('r1', [
        extracted('ShellingReported', {
          casualties: [{ party: 'AM', affiliation: 'military', category: 'killed', min: 50, max: 50, approximate: true, vague: false }],
        }),
      ]),
    );
    const before = (await append(submitReport('r2', [extracted('ShellingReported')]))).lastPosition;
    await append(retractReport('r2'));
    await append(
      reextractReport('r1', 2, [
        extracted('ArmedClashReported', {
          casualties: [{ party: 'AM', affiliation: 'military', category: 'killed', min: 49, max: 49, approximate: false, vague: false }],
        }),
      ]),
    );
    await catchUp();
    const [now] = await all();
    expect(now!.types).toEqual(['ArmedClashReported']);
    expect(now!.reportIds).toEqual([reportIdFor('r1')]);
    const detail = await getIncident(db, now!.id, null);
    expect(detail!.casualties.claims.map((c) => c.min)).toEqual([49]);
    const then = await all(before);
    expect(then).toHaveLength(1);
    expect(then[0]!.reportIds).toEqual([reportIdFor('r1'), reportIdFor('r2')].sort());
    const thenDetail = await getIncident(db, then[0]!.id, before);
    expect(thenDetail!.casualties.claims.map((c) => c.min)).toEqual([50]);
  });

  it('stores the largest figure the event schemas accept', async () => {
    const figure = { affiliation: 'civilian', category: 'missing', approximate: false, vague: false } as const;
    await append(
      submitReport('r1', [
        extracted('ShellingReported', {
          casualties: [{ ...figure, party: 'AM', min: MAX_FIGURE, max: MAX_FIGURE }],
          materiel: [{ party: 'AM', kind: 'drone', count: MAX_FIGURE, status: 'lost' }],
        }),
      ]),
    );
    await catchUp();
    const [incident] = await all();
    const detail = await getIncident(db, incident!.id, null);
    expect(detail!.casualties.claims.map((c) => [c.min, c.max])).toEqual([[MAX_FIGURE, MAX_FIGURE]]);
  });

  it('keeps a running toll apart from the incident’s own figure, with its period', async () => {
    const figure = { party: 'AM', affiliation: 'military', category: 'killed', approximate: false, vague: false } as const;
    await append(
      submitReport('r1', [
        extracted('ShellingReported', {
          casualties: [
            { ...figure, min: 3, max: 3 },
            { ...figure, min: 50, max: 50, cumulative: true, period: { from: null, to: '2022-09-14' } },
          ],
        }),
      ]),
    );
    await catchUp();
    const [incident] = await all();
    const { claims, summary } = (await getIncident(db, incident!.id, null))!.casualties;
    expect(claims.map((c) => [c.min, c.cumulative, c.period])).toEqual([
      [3, false, null],
      [50, true, { from: null, to: '2022-09-14' }],
    ]);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ low: { value: 3 }, high: { value: 3 }, conservative: { value: 3 } });
    expect(summary[0]!.runningTolls).toEqual([
      expect.objectContaining({ claimant: 'AM', min: 50, period: { from: null, to: '2022-09-14' } }),
    ]);
  });

  it('honours merges and splits', async () => {
    await append(submitReport('r1', [extracted('ShellingReported')]));
    await append(submitReport('r2', [extracted('ShellingReported', { locations: [PLACES.goris] })]));
    await catchUp();
    const a = incidentIdFor(fixtureEventId('r1', 1, 0));
    const b = incidentIdFor(fixtureEventId('r2', 1, 0));
    await append(mergeIncidents('d1', a, [b], [fixtureEventId('r2', 1, 0)]));
    await catchUp();
    let incidents = await all();
    expect(incidents.map((i) => [i.id, i.eventCount])).toEqual([[a, 2]]);
    await append(splitIncident('d2', a, [fixtureEventId('r2', 1, 0)]));
    await catchUp();
    incidents = await all();
    expect(incidents.map((i) => i.id).sort()).toEqual([a, incidentIdFor(decisionId('d2'))].sort());
  });

  it('lists ceasefires with the violations alleged after them', async () => {
    await append(
      submitReport('r1', [
        extracted('CeasefireDeclared', { locations: [PLACES.border], occurredOn: { from: '2022-09-13', to: '2022-09-13' } }),
        extracted('CeasefireViolationAlleged', { locations: [PLACES.border], occurredOn: { from: '2022-09-14', to: '2022-09-14' } }),
        extracted('CeasefireViolationAlleged', { locations: [PLACES.border], occurredOn: { from: '2022-09-01', to: '2022-09-01' } }),
      ]),
    );
    await catchUp();
    const ceasefires = await listCeasefires(db, { chain, directory: gazetteerDirectory }, null);
    expect(ceasefires).toHaveLength(1);
    expect(ceasefires[0]!.violations.map((v) => v.dateFrom)).toEqual(['2022-09-14']);
  });
});
