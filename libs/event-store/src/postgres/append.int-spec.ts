import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import {
  ConcurrencyConflictError,
  EventIdConflictError,
  InvalidEventStoreInputError,
  PartialDuplicateAppendError,
} from '../event-store.errors.js';
import type { ExpectedVersion } from '../event-store.types.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { newEvent, newEvents, stillPending } from './test-support.js';

describe('PostgresEventStore.append', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = (name = 'append') => `${name}-${randomUUID()}`;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 60 });
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  afterAll(() => tdb.close());

  async function conflictOf(promise: Promise<unknown>): Promise<ConcurrencyConflictError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    return error as ConcurrencyConflictError;
  }

  it('records a batch: versions 1..n, increasing positions, data and metadata as given', async () => {
    const id = stream('report');
    const occurredAt = new Date('2026-11-01T10:00:00Z');
    const events = [
      newEvent('ReportSubmitted', { text: 'قصف على الحي' }, { metadata: { correlationId: 'c-1' }, occurredAt }),
      newEvent('ClashReported', { place: 'Aleppo' }, { schemaVersion: 2 }),
    ];
    const result = await store.append(id, events, { expectedVersion: 'no_stream' });

    expect(result.alreadyAppended).toBe(false);
    expect(result.nextExpectedVersion).toBe(2);
    expect(result.events.map((e) => e.streamVersion)).toEqual([1, 2]);
    expect(result.events[1]!.position).toBe(result.events[0]!.position + 1);
    expect(result.lastPosition).toBe(result.events[1]!.position);

    const read = await store.readStream(id);
    expect(read).toEqual(result.events);
    expect(read[0]).toMatchObject({
      streamId: id,
      id: events[0]!.id,
      type: 'ReportSubmitted',
      schemaVersion: 1,
      data: { text: 'قصف على الحي' },
      metadata: { correlationId: 'c-1' },
      occurredAt,
    });
    expect(read[1]!.schemaVersion).toBe(2);
    expect(read[1]!.occurredAt).toEqual(read[1]!.recordedAt);
    expect(read[0]!.transactionId).toMatch(/^\d+$/);

    const [row] = await tdb.sql<
      { stream_type: string; version: string }[]
    >`SELECT stream_type, version FROM streams WHERE stream_id = ${id}`;
    expect(row).toEqual({ stream_type: 'report', version: '2' });
  });

  describe('expected version', () => {
    it("'any' appends to a new stream and to an existing one", async () => {
      const id = stream();
      expect((await store.append(id, [newEvent()])).nextExpectedVersion).toBe(1);
      expect((await store.append(id, [newEvent()], { expectedVersion: 'any' })).nextExpectedVersion).toBe(2);
    });

    it("'no_stream' succeeds on a new stream and fails with the actual version on an existing one", async () => {
      const id = stream();
      await store.append(id, newEvents(3), { expectedVersion: 'no_stream' });
      const error = await conflictOf(store.append(id, [newEvent()], { expectedVersion: 'no_stream' }));
      expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: id, expectedVersion: 'no_stream', actualVersion: 3 });
    });

    it("'stream_exists' succeeds on an existing stream and fails (actual 0) on a missing one, creating nothing", async () => {
      const id = stream();
      const error = await conflictOf(store.append(id, [newEvent()], { expectedVersion: 'stream_exists' }));
      expect(error).toMatchObject({ expectedVersion: 'stream_exists', actualVersion: 0 });
      const [{ count }] = await tdb.sql<{ count: string }[]>`SELECT count(*) FROM streams WHERE stream_id = ${id}`;
      expect(count).toBe('0');

      await store.append(id, [newEvent()]);
      expect((await store.append(id, [newEvent()], { expectedVersion: 'stream_exists' })).nextExpectedVersion).toBe(2);
    });

    it('an exact version succeeds when it matches and fails with expected and actual when it does not', async () => {
      const id = stream();
      await store.append(id, newEvents(2), { expectedVersion: 0 });
      expect((await store.append(id, [newEvent()], { expectedVersion: 2 })).nextExpectedVersion).toBe(3);

      const behind = await conflictOf(store.append(id, [newEvent()], { expectedVersion: 2 }));
      expect(behind).toMatchObject({ streamId: id, expectedVersion: 2, actualVersion: 3, retryable: true });
      expect(behind.message).toContain('expected version 2');
      const ahead = await conflictOf(store.append(id, [newEvent()], { expectedVersion: 7 }));
      expect(ahead).toMatchObject({ expectedVersion: 7, actualVersion: 3 });
      const missing = await conflictOf(store.append(stream(), [newEvent()], { expectedVersion: 1 }));
      expect(missing).toMatchObject({ expectedVersion: 1, actualVersion: 0 });
      const notNew = await conflictOf(store.append(id, [newEvent()], { expectedVersion: 0 }));
      expect(notNew).toMatchObject({ expectedVersion: 0, actualVersion: 3 });
      expect(await store.readStream(id)).toHaveLength(3);
    });
  });

  describe('concurrency', () => {
    /**
     * Holds the stream's row lock so that both appends are queued on it
     * before either runs: a real race, not two appends that happen to be
     * sequential.
     */
    async function raceOn(id: string, run: () => Promise<unknown>[]) {
      const gate = await tdb.db.startTransaction().execute();
      await sql`SELECT 1 FROM streams WHERE stream_id = ${id} FOR UPDATE`.execute(gate);
      const racers = run();
      expect(await stillPending(Promise.race(racers), 100)).toBe(true);
      await gate.commit().execute();
      return Promise.allSettled(racers);
    }

    it('two appends with the same expected version: exactly one wins, the other gets a conflict', async () => {
      const id = stream();
      await store.append(id, [newEvent()]);
      const outcomes = await raceOn(id, () => [
        store.append(id, [newEvent('A')], { expectedVersion: 1 }),
        store.append(id, [newEvent('B')], { expectedVersion: 1 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
      expect(rejected!.reason).toBeInstanceOf(ConcurrencyConflictError);
      expect(rejected!.reason).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2]);
    });

    it('many racers on one version: one winner, and the stream stays gapless', async () => {
      const id = stream();
      await store.append(id, [newEvent()]);
      const outcomes = await raceOn(id, () => Array.from({ length: 20 }, () => store.append(id, newEvents(2), { expectedVersion: 1 })));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    });

    it("'no_stream' twice at once: one creates the stream, the other gets a conflict", async () => {
      const id = stream();
      const outcomes = await Promise.allSettled([
        store.append(id, [newEvent('A')], { expectedVersion: 'no_stream' }),
        store.append(id, [newEvent('B')], { expectedVersion: 'no_stream' }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
      expect(rejected!.reason).toMatchObject({ code: 'CONCURRENCY_CONFLICT', expectedVersion: 'no_stream', actualVersion: 1 });
    });

    it("'no_stream' while another creator is uncommitted: waits, then conflicts on its commit or wins on its rollback", async () => {
      const committed = stream();
      const first = await tdb.db.startTransaction().execute();
      await store.appendInTransaction(first, committed, [newEvent('A')], { expectedVersion: 'no_stream' });
      const second = store.append(committed, [newEvent('B')], { expectedVersion: 'no_stream' });
      expect(await stillPending(second, 150)).toBe(true);
      await first.commit().execute();
      await expect(second).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualVersion: 1 });

      const rolledBack = stream();
      const other = await tdb.db.startTransaction().execute();
      await store.appendInTransaction(other, rolledBack, [newEvent('A')], { expectedVersion: 'no_stream' });
      const waiting = store.append(rolledBack, [newEvent('B')], { expectedVersion: 'no_stream' });
      expect(await stillPending(waiting, 150)).toBe(true);
      await other.rollback().execute();
      expect((await waiting).events[0]!.type).toBe('B');
      expect((await store.readStream(rolledBack)).map((e) => e.type)).toEqual(['B']);
    });
  });

  describe('idempotency', () => {
    it('re-appending the same ids is a no-op returning the original result, even with a stale expected version', async () => {
      const id = stream('report');
      const batch = newEvents(3);
      const original = await store.append(id, batch, { expectedVersion: 'no_stream' });
      await store.append(id, [newEvent()]); // the stream moves on

      const again = await store.append(id, batch, { expectedVersion: 'no_stream' });
      expect(again.alreadyAppended).toBe(true);
      expect(again.nextExpectedVersion).toBe(original.nextExpectedVersion);
      expect(again.lastPosition).toBe(original.lastPosition);
      expect(again.events).toEqual(original.events);
      expect(await store.readStream(id)).toHaveLength(4);
    });

    it('ids are compared as UUIDs, whatever their case', async () => {
      const id = stream();
      const batch = [newEvent()];
      await store.append(id, batch);
      const again = await store.append(id, [{ ...batch[0]!, id: batch[0]!.id.toUpperCase() }]);
      expect(again.alreadyAppended).toBe(true);
      expect(again.events[0]!.id).toBe(batch[0]!.id);
    });

    it('50 concurrent posts of the same batch: one append, 49 alreadyAppended, one history', async () => {
      const id = stream('report');
      const batch = newEvents(4);
      const results = await Promise.all(Array.from({ length: 50 }, () => store.append(id, batch, { expectedVersion: 'no_stream' })));
      expect(results.filter((r) => !r.alreadyAppended)).toHaveLength(1);
      expect(new Set(results.map((r) => r.lastPosition)).size).toBe(1);
      expect(new Set(results.map((r) => r.nextExpectedVersion))).toEqual(new Set([4]));
      expect(await store.readStream(id)).toHaveLength(4);
    });

    it('concurrent duplicates on an existing stream with an exact version resolve to alreadyAppended, not a conflict', async () => {
      const id = stream();
      await store.append(id, [newEvent()]);
      const batch = newEvents(2);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.append(id, batch, { expectedVersion: 1 })));
      expect(results.filter((r) => !r.alreadyAppended)).toHaveLength(1);
      expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    });

    it('a batch mixing stored and new ids is refused with PARTIAL_DUPLICATE_APPEND and writes nothing', async () => {
      const id = stream();
      const batch = newEvents(2);
      await store.append(id, batch);
      const fresh = newEvent();
      const error = await store.append(id, [batch[0]!, fresh]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PartialDuplicateAppendError);
      expect(error).toMatchObject({
        code: 'PARTIAL_DUPLICATE_APPEND',
        streamId: id,
        storedEventIds: [batch[0]!.id],
        newEventIds: [fresh.id],
      });
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('an id stored in another stream is refused with EVENT_ID_CONFLICT, naming that stream', async () => {
      const a = stream();
      const b = stream();
      const event = newEvent();
      await store.append(a, [event]);
      for (const expectedVersion of ['any', 'no_stream'] as ExpectedVersion[]) {
        const error = await store.append(b, [event], { expectedVersion }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EventIdConflictError);
        expect(error).toMatchObject({ code: 'EVENT_ID_CONFLICT', conflicts: [{ eventId: event.id, otherStreamId: a }] });
      }
      await store.append(b, [newEvent()]);
      const error = await store.append(b, [event]).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'EVENT_ID_CONFLICT' });
      expect(await store.readStream(b)).toHaveLength(1);
    });
  });

  it('the same id racing into two streams: the second waits for the first and gets EVENT_ID_CONFLICT', async () => {
    const event = newEvent();
    const first = await tdb.db.startTransaction().execute();
    await store.appendInTransaction(first, stream(), [event]);
    const second = store.append(stream(), [event]);
    expect(await stillPending(second, 150)).toBe(true);
    await first.commit().execute();
    const error = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventIdConflictError);
    expect(error).toMatchObject({ code: 'EVENT_ID_CONFLICT', conflicts: [{ eventId: event.id }] });
  });

  describe('in the caller’s transaction', () => {
    it('commits and rolls back with the caller’s other writes', async () => {
      const kept = stream();
      await tdb.db.transaction().execute(async (trx) => {
        await store.appendInTransaction(trx, kept, [newEvent()]);
        await store.appendInTransaction(trx, kept, [newEvent()], { expectedVersion: 1 });
      });
      expect(await store.readStream(kept)).toHaveLength(2);

      const dropped = stream();
      await tdb.db
        .transaction()
        .execute(async (trx) => {
          await store.appendInTransaction(trx, dropped, [newEvent()]);
          throw new Error('rollback');
        })
        .catch(() => undefined);
      expect(await store.readStream(dropped)).toEqual([]);
    });

    it('a conflict is thrown as a typed error and leaves the caller’s transaction usable', async () => {
      const id = stream();
      await store.append(id, [newEvent()]);
      await tdb.db.transaction().execute(async (trx) => {
        await expect(store.appendInTransaction(trx, id, [newEvent()], { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
          ConcurrencyConflictError,
        );
        await store.appendInTransaction(trx, id, [newEvent()], { expectedVersion: 1 });
      });
      expect(await store.readStream(id)).toHaveLength(2);
    });
  });

  describe('input validation (typed, before any SQL)', () => {
    const cases: [string, () => Promise<unknown>, string][] = [
      ['empty stream id', () => store.append('', [newEvent()]), 'INVALID_STREAM_ID'],
      ['blank stream id', () => store.append('   ', [newEvent()]), 'INVALID_STREAM_ID'],
      ['empty batch', () => store.append('s-1', []), 'EMPTY_APPEND'],
      ['id not a UUID', () => store.append('s-1', [{ id: 'nope', type: 'T', data: {} }]), 'INVALID_EVENT'],
      [
        'same id twice',
        () =>
          store.append(
            's-1',
            [newEvent(), newEvent()].map((e, _, all) => ({ ...e, id: all[0]!.id })),
          ),
        'DUPLICATE_EVENT_ID_IN_BATCH',
      ],
      ['empty type', () => store.append('s-1', [newEvent('')]), 'INVALID_EVENT'],
      ['bad expected version', () => store.append('s-1', [newEvent()], { expectedVersion: -1 }), 'INVALID_EXPECTED_VERSION'],
      ['bad readAll limit', () => store.readAll({ limit: 0 }), 'INVALID_READ_OPTIONS'],
      ['bad readStream range', () => store.readStream('s-1', { from: 0 }), 'INVALID_READ_OPTIONS'],
    ];
    it.each(cases)('%s', async (_name, run, code) => {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidEventStoreInputError);
      expect(error).toMatchObject({ code });
    });
  });

  it('readStream honours from/to and returns [] for a missing stream', async () => {
    const id = stream();
    await store.append(id, newEvents(5));
    expect((await store.readStream(id, { from: 2, to: 4 })).map((e) => e.streamVersion)).toEqual([2, 3, 4]);
    expect((await store.readStream(id, { from: 5 })).map((e) => e.streamVersion)).toEqual([5]);
    expect(await store.readStream(id, { from: 4, to: 3 })).toEqual([]);
    expect(await store.readStream(stream())).toEqual([]);
  });

  it('history is immutable: UPDATE and DELETE on events are refused', async () => {
    const id = stream();
    await store.append(id, [newEvent()]);
    await expect(sql`UPDATE events SET type = 'Changed' WHERE stream_id = ${id}`.execute(tdb.db)).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM events WHERE stream_id = ${id}`.execute(tdb.db)).rejects.toThrow(/immutable/);
  });
});
