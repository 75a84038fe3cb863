import { PostgresQueryCompiler, sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedEvent } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { incidentIdFor } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { testPlaceChain, testStore } from '../testing/projection-test-kit.js';
import {
  extracted,
  fixtureEventId,
  mergeIncidents,
  PLACES,
  reextractReport,
  retractReport,
  splitIncident,
  submitReport,
} from '../testing/report-fixtures.js';
import { CurrentIncidents, DEFAULT_CURRENT_INCIDENTS_LIMIT } from './current-incidents.js';
import { IncidentsBatch } from './incidents.batch.js';

/**
 * The members held beside the current incidents through a catch-up (HeldMembers): after every
 * batch, each held list is exactly its incident's current member rows in the table, and the
 * batches read no member of a held list from the table.
 */

const BUILD = 1;
const PLACE_LIST = [PLACES.jermuk, PLACES.goris, PLACES.vayotsDzor, PLACES.border];
const TYPES = ['ShellingReported', 'AirStrikeReported', 'CeasefireViolationAlleged'] as const;

/** Reports on nearby days and places, then a re-extraction, a retraction, a merge and a split. */
function history() {
  const event = (r: number, k: number) =>
    extracted(TYPES[(r + k) % TYPES.length]!, {
      occurredOn: { from: `2022-09-${10 + ((r * 3 + k) % 7)}`, to: `2022-09-${10 + ((r * 3 + k) % 7)}` },
      locations: [PLACE_LIST[(r + k) % PLACE_LIST.length]!],
    });
  const out = Array.from({ length: 10 }, (_, r) => submitReport(`held-r${r}`, [event(r, 0), event(r, 1), event(r, 2)]));
  out.push(reextractReport('held-r1', 2, [event(1, 3), event(5, 1)]));
  out.push(retractReport('held-r2'));
  const first = (r: number) => fixtureEventId(`held-r${r}`, 1, 0);
  out.push(mergeIncidents('held-merge', incidentIdFor(first(3)), [incidentIdFor(first(6))], [first(6)]));
  out.push(splitIncident('held-split', incidentIdFor(first(4)), [first(4)]));
  out.push(submitReport('held-r10', [event(10, 0), event(3, 0)]));
  return out;
}

/**
 * Counts the incidents whose current members are read from the table by incident (the look-up the
 * held lists replace) while `held` says they are held current incidents.
 */
function countMemberReads(held: (incident: string) => boolean): { plugin: KyselyPlugin; count: () => number } {
  const compiler = new PostgresQueryCompiler();
  let n = 0;
  return {
    count: () => n,
    plugin: {
      transformQuery: ({ node }) => {
        const q = compiler.compileQuery(node as RootOperationNode, { queryId: '' } as never);
        if (/from "incident_members" where .*"incident_id" = any\(/i.test(q.sql)) {
          const ids = q.parameters.find((p): p is string[] => Array.isArray(p)) ?? [];
          n += ids.filter(held).length;
        }
        return node;
      },
      transformResult: async ({ result }) => result,
    },
  };
}

interface MemberRow {
  event_id: string;
  incident_id: string;
  pinned: boolean;
  valid_from: number;
}

const currentMembers = async (db: ProjectionDb): Promise<MemberRow[]> =>
  (
    await sql<MemberRow>`SELECT event_id, incident_id, pinned, valid_from::int AS valid_from FROM incident_members
      WHERE build = ${BUILD} AND valid_to IS NULL ORDER BY event_id`.execute(db)
  ).rows;

/** The held lists as member rows, with the incidents they belong to; every one of them held. */
function heldRows(current: CurrentIncidents): { rows: MemberRow[]; incidents: Set<string> } {
  const rows: MemberRow[] = [];
  const incidents = new Set<string>();
  for (const id of [...current.members.incidents()]) {
    expect(current.get(id)).toBeDefined();
    incidents.add(id);
    for (const h of current.members.of(id)!)
      rows.push({ event_id: h.m.event_id, incident_id: h.incident, pinned: h.pinned, valid_from: h.validFrom });
  }
  return { rows: rows.sort((a, b) => (a.event_id < b.event_id ? -1 : 1)), incidents };
}

describe('members held through a catch-up', () => {
  let tdb: TestDatabase;
  let db: ProjectionDb;
  let events: RecordedEvent[];

  beforeEach(async () => {
    tdb = await createTestDatabase();
    db = tdb.db as unknown as ProjectionDb;
    const store = testStore(db, tdb.sql);
    const appends = history();
    for (const a of appends) await store.append(a.streamId, a.events);
    // Read by stream, in the global order: the gap-safe readAll can hold events back for long on a shared cluster.
    const byPosition = new Map<number, RecordedEvent>();
    for (const id of new Set(appends.map((a) => a.streamId))) for (const e of await store.readStream(id)) byPosition.set(e.position, e);
    events = [...byPosition.values()].sort((a, b) => a.position - b.position);
  });
  afterEach(() => tdb.close());

  /** Builds from zero in batches of `size` as a catch-up does, checking the held lists against the table after each. */
  async function catchUp(current: CurrentIncidents, size: number): Promise<{ mostHeld: number; reads: number }> {
    const reads = countMemberReads((id) => current.get(id) !== undefined);
    const counted = db.withPlugin(reads.plugin);
    let mostHeld = 0;
    for (let i = 0; i < events.length; i += size) {
      const batch = events.slice(i, i + size);
      current.begin();
      await counted.transaction().execute((trx) => new IncidentsBatch(trx, BUILD, testPlaceChain, current).apply(batch));
      current.trim();
      current.end(batch.at(-1)!.position);
      const held = heldRows(current);
      const table = (await currentMembers(db)).filter((r) => held.incidents.has(r.incident_id));
      expect(held.rows).toEqual(table);
      expect(current.members.size).toBe(held.rows.length);
      expect(current.members.size).toBeLessThanOrEqual(current.members.limit);
      mostHeld = Math.max(mostHeld, held.rows.length);
    }
    return { mostHeld, reads: reads.count() };
  }

  it('holds every current member of the incidents it builds, as the table has them, and reads none of them back', async () => {
    const current = new CurrentIncidents();
    current.end(0);
    const { mostHeld, reads } = await catchUp(current, 3);
    // Every incident of a build from zero is made by its batches, so every list is known whole.
    const all = await currentMembers(db);
    expect(heldRows(current).rows).toEqual(all);
    expect(all.length).toBeGreaterThan(10);
    expect(mostHeld).toBeGreaterThan(10);
    expect(reads).toBe(0);
  });

  it('over its bound lets lists go, least recently used first, and reads those from the table, writing the same rows', async () => {
    const unbounded = new CurrentIncidents();
    unbounded.end(0);
    await catchUp(unbounded, 3);
    const expected = await sql`SELECT * FROM incident_members ORDER BY event_id, valid_from`.execute(db);
    await sql`TRUNCATE incidents, incident_members, incident_places, projection_reports`.execute(db);

    const bounded = new CurrentIncidents(DEFAULT_CURRENT_INCIDENTS_LIMIT, 4);
    bounded.end(0);
    const { mostHeld, reads } = await catchUp(bounded, 3);
    expect(mostHeld).toBeGreaterThan(0);
    // Held incidents whose lists were let go: their members come from the table.
    expect(reads).toBeGreaterThan(0);
    expect((await sql`SELECT * FROM incident_members ORDER BY event_id, valid_from`.execute(db)).rows).toEqual(expected.rows);
  });
});
