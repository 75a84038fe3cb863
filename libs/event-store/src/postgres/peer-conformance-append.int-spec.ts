/**
 * Peer conformance, part 1: appends and stream reads. Cases ported (rewritten,
 * not copied) from
 *
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/schema/appendToStream.int.spec.ts
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/schema/readStream.int.spec.ts
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/schema/streamExists.int.spec.ts
 * - Marten: src/EventSourcingTests/asserting_on_expected_event_version_on_append.cs
 * - Marten: src/EventSourcingTests/append_events_with_optimistic_or_exclusive_locks.cs
 * - Marten: src/EventSourcingTests/fetch_a_single_event_with_metadata.cs, flexible_event_metadata.cs
 * - Marten: src/EventSourcingTests/Bugs/Bug_4246_integer_out_of_range_in_quick_append_function.cs
 * - Marten: src/EventSourcingTests/Bugs/Bug_4749_query_for_non_stale_data_sequence_gap.cs (duplicate posts)
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ConcurrencyConflictError, InvalidEventStoreInputError } from '../event-store.errors.js';
import type { AppendOptions } from '../event-store.types.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { newEvent, newEvents } from './test-support.js';

describe('peer conformance: appends and stream reads', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  let alone: PostgresEventStore;
  const stream = (name = 'peer') => `${name}-${randomUUID()}`;
  const versions = async (s: string) => (await store.readStream(s)).map((e) => e.streamVersion);

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 30 });
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
    alone = new PostgresEventStore(tdb.db, { sql: tdb.sql, groupCommit: false });
  });
  afterAll(() => tdb.close());

  // Emmett appendToStream.int.spec.ts "should append events correctly ... without expected stream position"
  // and "should increment stream position ... with/without expected stream position".
  it('numbers a stream 1..n across appends, with and without an expected version', async () => {
    const s = stream();
    expect((await store.append(s, newEvents(2))).nextExpectedVersion).toBe(2);
    expect((await store.append(s, newEvents(1), { expectedVersion: 2 })).nextExpectedVersion).toBe(3);
    expect((await store.append(s, newEvents(2))).nextExpectedVersion).toBe(5);
    expect(await versions(s)).toEqual([1, 2, 3, 4, 5]);
  });

  // Marten asserting_on_expected_event_version_on_append.cs and Emmett "should handle stream position
  // conflict correctly when version mismatches" / "should not have ... conflict when version matches".
  it.each<[string, AppendOptions['expectedVersion'], boolean, AppendOptions['expectedVersion'], boolean]>([
    // [label, on a new stream, accepted?, on a stream at version 2, accepted?]
    ['any', 'any', true, 'any', true],
    ['no_stream', 'no_stream', true, 'no_stream', false],
    ['stream_exists', 'stream_exists', false, 'stream_exists', true],
    ['exact 0 / exact 2', 0, true, 2, true],
    ['exact 1 / exact 3', 1, false, 3, false],
  ])('expected version %s: on a new stream and on a stream at version 2', async (_label, onNew, newOk, onExisting, existingOk) => {
    const fresh = stream();
    const first = store.append(fresh, newEvents(1), { expectedVersion: onNew });
    if (newOk) await expect(first).resolves.toMatchObject({ nextExpectedVersion: 1 });
    else await expect(first).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualVersion: 0 });

    const existing = stream();
    await store.append(existing, newEvents(2));
    const next = store.append(existing, newEvents(1), { expectedVersion: onExisting });
    if (existingOk) await expect(next).resolves.toMatchObject({ nextExpectedVersion: 3 });
    else await expect(next).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualVersion: 2 });
    expect(await versions(existing)).toEqual(existingOk ? [1, 2, 3] : [1, 2]);
  });

  // Emmett "should handle stream position conflict correctly when two streams are created", and
  // Marten append_events_with_optimistic_or_exclusive_locks.cs: many creators of one stream at once.
  it.each([
    ['grouped', () => store],
    ['alone', () => alone],
  ])('stream creation race (%s): of 10 concurrent no_stream appends exactly one wins, the others conflict', async (_l, pick) => {
    const s = stream('race');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => pick().append(s, [newEvent('Created', { i })], { expectedVersion: 'no_stream' })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as unknown);
    expect(losers).toHaveLength(9);
    for (const loser of losers) expect(loser).toBeInstanceOf(ConcurrencyConflictError);
    expect(await versions(s)).toEqual([1]);
  });

  // Same race on an existing stream with the same exact expected version (Marten expected-version cases).
  it('of 10 concurrent appends expecting the same version exactly one wins', async () => {
    const s = stream();
    await store.append(s, newEvents(3));
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => alone.append(s, newEvents(1), { expectedVersion: 3 })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await versions(s)).toEqual([1, 2, 3, 4]);
  });

  // Emmett "should handle appending an empty events array gracefully". Sitrep by design: an empty
  // append is the caller's mistake, refused before any SQL with a stable code, and writes nothing.
  it('an empty batch is refused with EMPTY_APPEND and stores nothing', async () => {
    const s = stream();
    await expect(store.append(s, [])).rejects.toMatchObject({ code: 'EMPTY_APPEND' });
    expect(await store.readStream(s)).toEqual([]);
  });

  // Emmett readStream.int.spec.ts "reads events from non-empty stream", "returns result with default
  // information from non-existing stream", "reads event in order based on the stream position".
  it('readStream: ranges, order, and a missing stream', async () => {
    const s = stream();
    await store.append(s, newEvents(3, 'R'));
    await store.append(stream(), newEvents(1, 'Other')); // interleaved with another stream
    await store.append(s, newEvents(2, 'R'));
    expect(await versions(s)).toEqual([1, 2, 3, 4, 5]);
    expect((await store.readStream(s, { from: 2, to: 4 })).map((e) => e.streamVersion)).toEqual([2, 3, 4]);
    expect((await store.readStream(s, { from: 4 })).map((e) => e.streamVersion)).toEqual([4, 5]);
    expect((await store.readStream(s, { to: 1 })).map((e) => e.streamVersion)).toEqual([1]);
    expect(await store.readStream(s, { from: 6 })).toEqual([]);
    expect(await store.readStream(s, { from: 4, to: 3 })).toEqual([]);
    expect(await store.readStream(stream('missing'))).toEqual([]);
    await expect(store.readStream(s, { from: 0 })).rejects.toBeInstanceOf(InvalidEventStoreInputError);
  });

  // Marten Bug_4749 (concurrent identical PUTs): the same batch posted 20 times at once is stored once,
  // every caller gets the same events.
  it('the same batch appended 20 times concurrently is stored once; every caller gets the same result', async () => {
    const s = stream('dup');
    const batch = newEvents(3, 'Dup');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? store : alone).append(s, batch)));
    expect(await versions(s)).toEqual([1, 2, 3]);
    const positions = results.map((r) => r.events.map((e) => e.position).join(','));
    expect(new Set(positions).size).toBe(1);
    expect(results.filter((r) => !r.alreadyAppended)).toHaveLength(1);
  });

  // Marten fetch_a_single_event_with_metadata.cs / flexible_event_metadata.cs and Bug_4246 (numbers out of
  // integer range): what goes in comes back, through readStream and readAll alike.
  it('round-trips metadata, unicode, nesting and large numbers exactly as JSON carries them', async () => {
    const s = stream('meta');
    const data = {
      arabic: 'قصفت القوات مدينة جرموك',
      emoji: '😀',
      control: 'tab\tnew\nline\u0001',
      nested: { deep: [1, { deeper: [true, null, 'x'] }] },
      int32Max: 2_147_483_647,
      beyondInt32: 2_147_483_648,
      safeMax: Number.MAX_SAFE_INTEGER,
      negative: -9_007_199_254_740_991,
      float: 0.1 + 0.2,
      tiny: 5e-324,
      big: 1.7976931348623157e308,
    };
    const metadata = { correlationId: randomUUID(), causationId: randomUUID(), tenant: 'am', extractorVersion: '3.1.0' };
    const occurredAt = new Date('2022-09-13T05:00:00.123Z');
    const appended = await store.append(s, [newEvent('Meta', data, { metadata, occurredAt, schemaVersion: 7 })]);
    const [read] = await store.readStream(s);
    expect(read!.data).toEqual(data);
    expect(read!.metadata).toEqual(metadata);
    expect(read!.occurredAt.toISOString()).toBe(occurredAt.toISOString());
    expect(read!.schemaVersion).toBe(7);
    expect(read!.position).toBe(appended.lastPosition);
    expect(appended.events[0]!.data).toEqual(data);
  });

  // Issue 19: NUL and unpaired surrogates surfaced as raw PostgresError 22P05 / 22P02.
  it.each([
    ['a NUL character in data', { data: { text: 'a\u0000b' } }],
    ['an unpaired surrogate in data', { data: { text: '\ud800' } }],
    ['a NUL character in metadata', { metadata: { note: '\u0000' } }],
    ['a NUL character in the type', { type: 'Bad\u0000Type' }],
  ])('%s is refused as INVALID_EVENT before the append; nothing is written', async (_label, patch) => {
    const s = stream('bad');
    const event = { ...newEvent('Bad', {}), ...patch };
    await expect(store.append(s, [event])).rejects.toMatchObject({ code: 'INVALID_EVENT', details: { index: 0 } });
    await expect(alone.append(s, [newEvent('Fine'), event])).rejects.toMatchObject({ code: 'INVALID_EVENT', details: { index: 1 } });
    expect(await store.readStream(s)).toEqual([]);
  });
});
