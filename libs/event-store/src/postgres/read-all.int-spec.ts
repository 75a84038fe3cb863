import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import type { ReadAllResult, RecordedEvent } from '../event-store.types.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvent, newEvents, stillPending } from './test-support.js';

// Given the Postgres.js client, readAll reads through it (rows as values); without it, through Kysely: both must hold.
describe.each([
  { via: 'through Postgres.js (rows as values)', client: true },
  { via: 'through Kysely (no Postgres.js client given)', client: false },
])('PostgresEventStore.readAll (gap-safe global order), $via', ({ client }) => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = (name = 'read') => `${name}-${randomUUID()}`;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 60 });
    store = new PostgresEventStore(tdb.db, client ? { sql: tdb.sql } : {});
  });
  afterAll(() => tdb.close());

  /** Every event after `after`, page by page, as a checkpointing reader would. */
  async function readEverything(after: number, limit: number): Promise<RecordedEvent[]> {
    const all: RecordedEvent[] = [];
    for (;;) {
      const page: ReadAllResult = await store.readAll({ after, limit });
      if (page.events.length === 0) {
        expect(page.lastPosition).toBe(after);
        return all;
      }
      expect(page.events.length).toBeLessThanOrEqual(limit);
      expect(page.lastPosition).toBe(page.events.at(-1)!.position);
      all.push(...page.events);
      after = page.lastPosition;
    }
  }

  const types = (events: RecordedEvent[]) => events.map((e) => e.type);

  it('50 concurrent writers on distinct streams: pages return every event once, in strictly increasing positions', async () => {
    const start = await store.headPosition();
    const written: string[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, w) => {
        const id = stream(`writer${w}`);
        for (let batch = 0; batch < 4; batch++) {
          const events = newEvents(1 + (batch % 3));
          written.push(...events.map((e) => e.id));
          await store.append(id, events, { expectedVersion: batch === 0 ? 'no_stream' : 'stream_exists' });
        }
      }),
    );

    const read = await eventually(
      () => readEverything(start, 7),
      (events) => events.length >= written.length,
    );
    expect(read).toHaveLength(written.length);
    expect(new Set(read.map((e) => e.id))).toEqual(new Set(written));
    for (let i = 1; i < read.length; i++) expect(read[i]!.position).toBeGreaterThan(read[i - 1]!.position);

    // Each stream's events appear in version order, and the order is the table's position order.
    const perStream = new Map<string, number[]>();
    for (const e of read) perStream.set(e.streamId, [...(perStream.get(e.streamId) ?? []), e.streamVersion]);
    for (const versions of perStream.values()) expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const rows = await tdb.sql<{ event_id: string }[]>`SELECT event_id FROM events WHERE position > ${start} ORDER BY position`;
    expect(rows.map((r) => r.event_id)).toEqual(read.map((e) => e.id));
    expect(await store.headPosition()).toBe(read.at(-1)!.position);
  });

  it('late commit: A appends and holds, B commits; a reader sees neither, then A and B in order once A commits', async () => {
    const checkpoint = await eventually(
      () => store.headPosition(),
      () => true,
    );
    const a = await tdb.db.startTransaction().execute();
    try {
      await store.appendInTransaction(a, stream('a'), [newEvent('A')]);
      await store.append(stream('b'), [newEvent('B')]);

      const during = await store.readAll({ after: checkpoint });
      expect(during.events).toEqual([]);
      expect(during.lastPosition).toBe(checkpoint);
      expect(await store.headPosition()).toBe(checkpoint);
      // B is committed: a snapshot read knows it must wait for it, though it cannot read it yet.
      expect(await store.committedPosition()).toBeGreaterThan(checkpoint);
    } finally {
      await a.commit().execute();
    }
    const after = await eventually(
      () => readEverything(checkpoint, 100),
      (events) => events.length >= 2,
    );
    expect(types(after)).toEqual(['A', 'B']);
    expect(await store.committedPosition()).toBe(after[1]!.position);
    expect(after[0]!.position).toBeLessThan(after[1]!.position);
  });

  it('an older transaction appending after a younger one gets the higher position, and the reader still skips nothing', async () => {
    const checkpoint = await store.headPosition();
    const older = await tdb.db.startTransaction().execute();
    try {
      // The older transaction takes its id now (any write would), appends later.
      await sql`SELECT pg_current_xact_id()`.execute(older);
      await store.append(stream('young'), [newEvent('Young')]);
      expect((await store.readAll({ after: checkpoint })).events).toEqual([]); // held behind the older transaction
      await store.appendInTransaction(older, stream('old'), [newEvent('Old')]);
      expect((await store.readAll({ after: checkpoint })).events).toEqual([]);
    } finally {
      await older.commit().execute();
    }
    const read = await eventually(
      () => readEverything(checkpoint, 1),
      (events) => events.length >= 2,
    );
    expect(types(read)).toEqual(['Young', 'Old']);
    expect(read[0]!.position).toBeLessThan(read[1]!.position);
    expect(BigInt(read[0]!.transactionId)).toBeGreaterThan(BigInt(read[1]!.transactionId));
  });

  it("an older transaction appending while a younger appender is in flight does not wait; readers hold both back (invariant I')", async () => {
    const checkpoint = await store.headPosition();
    const older = await tdb.db.startTransaction().execute();
    const younger = await tdb.db.startTransaction().execute();
    try {
      await sql`SELECT pg_current_xact_id()`.execute(older);
      await store.appendInTransaction(younger, stream('young'), [newEvent('Young')]);
      const olderAppend = store.appendInTransaction(older, stream('old'), [newEvent('Old')]);
      expect(await stillPending(olderAppend, 2_000)).toBe(false);
      await olderAppend;
      // Appends by new transactions do not queue behind anything either.
      const fresh = store.append(stream('fresh'), [newEvent('Fresh')]);
      expect(await stillPending(fresh, 2_000)).toBe(false);
      await fresh;
      // The older one commits first; its event lies above the younger's open position: held back, with Fresh.
      await older.commit().execute();
      expect((await store.readAll({ after: checkpoint })).events).toEqual([]);
      const [{ fences }] = await tdb.sql<{ fences: string }[]>`SELECT count(*) AS fences FROM event_position_fences`;
      expect(Number(fences)).toBeGreaterThan(0);
      await younger.commit().execute();
    } finally {
      await younger
        .rollback()
        .execute()
        .catch(() => undefined);
      await older
        .rollback()
        .execute()
        .catch(() => undefined);
    }
    const read = await eventually(
      () => readEverything(checkpoint, 100),
      (events) => events.length >= 3,
    );
    expect(types(read)).toEqual(['Young', 'Old', 'Fresh']);
  });

  it('an append cancelled while it waits for a stream lock leaves no allocation lock behind (appends go on)', async () => {
    const s = stream('locked');
    await store.append(s, [newEvent('First')]);
    const holder = await tdb.db.startTransaction().execute();
    const waiter = await tdb.db.startTransaction().execute();
    try {
      await store.appendInTransaction(holder, s, [newEvent('Held')]);
      await sql`SET LOCAL statement_timeout = '300ms'`.execute(waiter);
      await expect(store.appendInTransaction(waiter, s, [newEvent('Waits')])).rejects.toMatchObject({ code: '57014' });
      const next = store.append(stream('next'), [newEvent('Next')]);
      expect(await stillPending(next, 5_000)).toBe(false);
      await next;
    } finally {
      await waiter.rollback().execute();
      await holder.commit().execute();
    }
    const [{ count }] = await tdb.sql<{ count: string }[]>`
      SELECT count(*) FROM pg_locks
      WHERE locktype = 'advisory' AND classid = 1397314642 AND objid = 1 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    expect(count).toBe('0');
  });

  it('a reader polling during mixed concurrent writes (plain, late-committing, older-id, rolled back) misses nothing', async () => {
    const start = await store.headPosition();
    const committed = new Set<string>();
    let writing = true;

    const seen: RecordedEvent[] = [];
    const reader = (async () => {
      let after = start;
      while (writing || seen.length < committed.size) {
        const page = await store.readAll({ after, limit: 5 });
        // `start` is the gap-safe head: on a shared server another database's open
        // transaction can hold it below events of the previous test, so count only ours.
        seen.push(...page.events.filter((e) => /^W\d$/.test(e.type)));
        after = page.lastPosition;
        if (page.events.length === 0) await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const pause = () => new Promise((r) => setTimeout(r, Math.random() * 30));
    await Promise.all(
      Array.from({ length: 12 }, async (_, w) => {
        for (let i = 0; i < 6; i++) {
          const kind = (w + i) % 4;
          const events = newEvents(1 + (i % 2), `W${kind}`);
          if (kind === 0) {
            await store.append(stream(), events);
            events.forEach((e) => committed.add(e.id));
            continue;
          }
          const trx = await tdb.db.startTransaction().execute();
          if (kind === 2) await sql`SELECT pg_current_xact_id()`.execute(trx); // older id than later appenders
          await pause();
          await store.appendInTransaction(trx, stream(), events);
          await pause(); // commits late
          if (kind === 3) {
            await trx.rollback().execute();
          } else {
            await trx.commit().execute();
            events.forEach((e) => committed.add(e.id));
          }
        }
      }),
    );
    writing = false;
    await Promise.race([reader, new Promise((_, reject) => setTimeout(() => reject(new Error('reader did not catch up')), 20_000))]);

    expect(seen.map((e) => e.id).sort()).toEqual([...committed].sort());
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
  });

  it('a rolled-back append leaves a gap that readers pass', async () => {
    const checkpoint = await store.headPosition();
    await tdb.db
      .transaction()
      .execute(async (trx) => {
        await store.appendInTransaction(trx, stream('gone'), newEvents(3, 'Gone'));
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const kept = await store.append(stream('kept'), [newEvent('Kept')]);
    const read = await eventually(
      () => readEverything(checkpoint, 100),
      (events) => events.length >= 1,
    );
    expect(types(read)).toEqual(['Kept']);
    expect(read[0]!.position).toBe(kept.lastPosition);
    expect(read[0]!.position).toBeGreaterThan(checkpoint + 1);
  });

  it('any transaction holding an id, even one that never appends, holds readers back until it ends', async () => {
    const checkpoint = await store.headPosition();
    const bystander = await tdb.db.startTransaction().execute();
    try {
      await sql`SELECT pg_current_xact_id()`.execute(bystander);
      await store.append(stream('held'), [newEvent('Held')]);
      expect((await store.readAll({ after: checkpoint })).events).toEqual([]);
    } finally {
      await bystander.rollback().execute();
    }
    const read = await eventually(
      () => readEverything(checkpoint, 100),
      (events) => events.length >= 1,
    );
    expect(types(read)).toEqual(['Held']);
  });

  it('reads from a checkpoint in the middle, with limits', async () => {
    const id = stream();
    const { events } = await store.append(id, newEvents(6));
    const middle = events[2]!.position;
    const read = await eventually(
      () => store.readAll({ after: middle, limit: 2 }),
      (page) => page.events.length === 2,
    );
    expect(read.events.map((e) => e.streamVersion)).toEqual([4, 5]);
    expect(read.lastPosition).toBe(events[4]!.position);
  });

  it('omitDataFields leaves those top-level fields out of the data and nothing else', async () => {
    const id = stream('omit');
    const { events } = await store.append(id, [
      newEvent('Big', { text: 'a long body', title: 'kept', nested: { text: 'kept too' } }),
      newEvent('Small', { title: 'no omitted field here' }),
      newEvent('Both', { text: 'x', notes: 'y', n: 1 }),
    ]);
    const after = events[0]!.position - 1;
    const read = (omitDataFields?: string[]) =>
      eventually(
        () => store.readAll({ after, limit: 3, omitDataFields }),
        (page) => page.events.length === 3,
      );
    const full = await read();
    const lean = await read(['text', 'notes']);
    expect(lean.events.map((e) => e.data)).toEqual([
      { title: 'kept', nested: { text: 'kept too' } },
      { title: 'no omitted field here' },
      { n: 1 },
    ]);
    expect(lean.events.map(({ data: _, ...rest }) => rest)).toEqual(full.events.map(({ data: _, ...rest }) => rest));
    expect(lean.lastPosition).toBe(full.lastPosition);
    await expect(store.readAll({ after, omitDataFields: [''] })).rejects.toMatchObject({ code: 'INVALID_READ_OPTIONS' });
  });

  it('reads the same pages as the other path, field for field, with and without omitted data fields', async () => {
    const other = new PostgresEventStore(tdb.db, client ? {} : { sql: tdb.sql });
    const id = stream('paths');
    const at = new Date('2026-11-20T08:30:00.123Z');
    const { events } = await store.append(id, [
      newEvent('Full', { text: 'body', title: 't', n: 1.5 }, { metadata: { correlationId: 'c', causationId: 'k' }, occurredAt: at }),
      newEvent('Bare', { list: [1, 'two', null] }, { schemaVersion: 3 }),
      newEvent('Text', { text: 'ﺱ\u00e9 "q"' }),
    ]);
    const after = events[0]!.position - 1;
    for (const omitDataFields of [undefined, ['text']]) {
      const page = await eventually(
        () => store.readAll({ after, limit: 3, omitDataFields }),
        (p) => p.events.length === 3,
      );
      expect(await other.readAll({ after, limit: 3, omitDataFields })).toEqual(page);
      expect(page.events.map((e) => [e.streamVersion, e.schemaVersion, e.metadata])).toEqual([
        [1, 1, { correlationId: 'c', causationId: 'k' }],
        [2, 3, {}],
        [3, 1, {}],
      ]);
      expect(page.events[0]!.occurredAt).toEqual(at);
      expect(page.events[2]!.data).toEqual(omitDataFields ? {} : { text: 'ﺱ\u00e9 "q"' });
    }
  });
});
