import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { down, up } from '../../../../migrations/20261124000100_event_store_fast_append.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { newEvent, sleep } from './test-support.js';

/**
 * sitrep_position_at(T) must equal max(position) WHERE recorded_at <= T, the
 * definition, for every T: over rows written by the append functions
 * (recorded_at monotonic in position) and over rows written before the
 * migration, whose recorded_at may run out of position order.
 */
describe('sitrep_position_at (time travel by timestamp)', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 20 });
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  afterAll(() => tdb.close());

  async function definition(at: Date): Promise<number> {
    const [row] = await tdb.sql<{ p: string | null }[]>`SELECT max(position) AS p FROM events WHERE recorded_at <= ${at}`;
    return Number(row?.p ?? 0);
  }
  async function probe(at: Date): Promise<number> {
    const [row] = await tdb.sql<{ p: string }[]>`SELECT sitrep_position_at(${at}::timestamptz) AS p`;
    return Number(row!.p);
  }
  async function expectExactEverywhere() {
    const checked: Array<[string, number, number]> = [];
    const mismatches: Array<[string, number, number]> = [];
    const rows = await tdb.sql<{ t: string }[]>`
      SELECT DISTINCT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS t FROM events`;
    const stamps = rows.map((r) => r.t);
    for (const t of stamps) {
      for (const shift of ['-1 microsecond', '0', '1 microsecond']) {
        const [row] = await tdb.sql<{ probe: string; def: string | null }[]>`
          WITH at AS (SELECT (${t}::timestamp AT TIME ZONE 'UTC') + ${shift}::interval AS t)
          SELECT sitrep_position_at((SELECT t FROM at)) AS probe,
                 (SELECT max(position) FROM events WHERE recorded_at <= (SELECT t FROM at)) AS def`;
        const entry: [string, number, number] = [`${t} ${shift}`, Number(row!.probe), Number(row!.def ?? 0)];
        checked.push(entry);
        if (entry[1] !== entry[2]) mismatches.push(entry);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
    expect(await probe(new Date(0))).toBe(0);
    expect(await probe(new Date(0))).toBe(await definition(new Date(0)));
  }

  it('answers the definition exactly for appends, grouped ones included, with recorded_at never decreasing in position order', async () => {
    for (let i = 0; i < 5; i++) {
      await store.append(`pa-${randomUUID()}`, [newEvent(), newEvent()]);
      await Promise.all(Array.from({ length: 6 }, () => store.append(`pa-${randomUUID()}`, [newEvent()])));
      await sleep(3);
    }
    const [order] = await tdb.sql<{ backwards: string }[]>`
      SELECT count(*) AS backwards FROM (
        SELECT recorded_at < lag(recorded_at) OVER (ORDER BY position) AS back FROM events) w
      WHERE back`;
    expect(order!.backwards).toBe('0');
    await expectExactEverywhere();
    const now = new Date(Date.now() + 60_000);
    expect(await probe(now)).toBe(await definition(now));
    expect(await probe(now)).toBeGreaterThan(0);
  });

  it('stays exact over rows written before the migration, out of order, and the appends after it', async () => {
    await down(tdb.db);
    // Rows as the previous append function could leave them: recorded_at is its
    // statement's start, so a writer that waited for the allocation lock holds a
    // higher position with an earlier time.
    const [head] = await tdb.sql<{ p: string }[]>`SELECT coalesce(max(position), 0) AS p FROM events`;
    const start = Number(head!.p) + 1;
    // A second ahead of the rows above (so they do not count as out of order),
    // and ahead of the clock: appends after the migration must not go below them.
    const base = Date.now() + 1_000;
    const jitter = [0, 5, 3, 9, 9, 2, 14, 12, 20, 11, 25, 30, 28, 40, 33];
    for (const [k, ms] of jitter.entries()) {
      const stream = `legacy-${randomUUID()}`;
      await tdb.sql`INSERT INTO streams (stream_id, stream_type, version) VALUES (${stream}, 'legacy', 1)`;
      await tdb.sql`
        INSERT INTO events (position, stream_id, stream_version, event_id, type, data, occurred_at, recorded_at)
        VALUES (${start + k}, ${stream}, 1, ${randomUUID()}, 'Legacy', '{}', now(), ${new Date(base + ms * 100)})`;
    }
    await tdb.sql`SELECT setval('events_position_seq', ${start + jitter.length - 1})`;
    await up(tdb.db);

    const [clock] = await tdb.sql<
      { disorder: string }[]
    >`SELECT extract(epoch FROM disorder)::text AS disorder FROM event_store_legacy_clock`;
    // The largest fall below an earlier position's time: 2.0 s, then 1.1 s.
    expect(Number(clock!.disorder)).toBeCloseTo(0.9, 3);
    const after = [];
    for (let i = 0; i < 3; i++) after.push(await store.append(`after-${randomUUID()}`, [newEvent()]));
    // Not below the legacy rows, though the clock is.
    for (const r of after) expect(r.events[0]!.recordedAt.getTime()).toBeGreaterThanOrEqual(base + 4_000);

    await expectExactEverywhere();
    // A probe inside the legacy rows where the top index entry is not the answer.
    const inside = new Date(base + 2_000); // rows at 0.5, 0.3, 0.9, 0.9, 0.2, 1.4, 1.2, 2.0, 1.1 s are at or below it
    expect(await probe(inside)).toBe(await definition(inside));
    expect(await probe(inside)).toBe(start + 9);
  });
});
