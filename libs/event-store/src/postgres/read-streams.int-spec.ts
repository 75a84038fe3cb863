import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { InvalidEventStoreInputError } from '../event-store.errors.js';
import { MAX_STREAMS_PER_READ } from '../event-store.validation.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { newEvent, newEvents } from './test-support.js';

describe('PostgresEventStore.readStreams', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = (name: string) => `${name}-${randomUUID()}`;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 4 });
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  afterAll(() => tdb.close());

  it('answers each stream as readStream does, in one statement, whatever order the streams were written in', async () => {
    const [a, b, c] = [stream('a'), stream('b'), stream('c')];
    // Interleaved appends: each stream's events are spread over the global order.
    await store.append(a, newEvents(2), { expectedVersion: 'no_stream' });
    await store.append(b, [newEvent('Other', { text: 'قصف' }, { metadata: { correlationId: 'k' } })], { expectedVersion: 'no_stream' });
    await store.append(a, newEvents(3), { expectedVersion: 2 });
    await store.append(c, newEvents(1), { expectedVersion: 'no_stream' });
    await store.append(b, newEvents(2), { expectedVersion: 1 });

    const statements: string[] = [];
    const counting = new PostgresEventStore(
      tdb.db.withPlugin({
        transformQuery: (args) => (statements.push(args.node.kind), args.node),
        transformResult: async (args) => args.result,
      }),
    );
    const streams = await counting.readStreams([c, a, b]);

    expect(statements).toHaveLength(1);
    expect([...streams.keys()]).toEqual([c, a, b]);
    for (const id of [a, b, c]) expect(streams.get(id)).toEqual(await store.readStream(id));
    expect(streams.get(a)!.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
    expect(streams.get(b)![0]).toMatchObject({ type: 'Other', data: { text: 'قصف' }, metadata: { correlationId: 'k' } });
  });

  it('maps a stream that does not exist to [], reads a repeated id once, and reads nothing for no ids', async () => {
    const a = stream('a');
    await store.append(a, newEvents(2), { expectedVersion: 'no_stream' });
    const missing = stream('missing');
    const streams = await store.readStreams([a, missing, a]);
    expect([...streams.keys()]).toEqual([a, missing]);
    expect(streams.get(a)).toHaveLength(2);
    expect(streams.get(missing)).toEqual([]);
    expect(await store.readStreams([])).toEqual(new Map());
  });

  it('refuses an invalid stream id (INVALID_STREAM_ID) and more than MAX_STREAMS_PER_READ ids (INVALID_READ_OPTIONS)', async () => {
    await expect(store.readStreams(['ok', ''])).rejects.toSatisfy(
      (e) => e instanceof InvalidEventStoreInputError && e.code === 'INVALID_STREAM_ID',
    );
    const tooMany = Array.from({ length: MAX_STREAMS_PER_READ + 1 }, (_, i) => `s-${i}`);
    await expect(store.readStreams(tooMany)).rejects.toMatchObject({ code: 'INVALID_READ_OPTIONS' });
  });
});
