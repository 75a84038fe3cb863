/**
 * Peer conformance, part 3: subscriptions. Cases ported (rewritten, not
 * copied) from Emmett's
 * src/packages/emmett-postgresql/src/eventStore/consumers/postgreSQLEventStoreConsumer.handling.int.spec.ts
 * ("handles all events appended BEFORE / AFTER the reactor was started",
 * "handles ONLY events AFTER provided global position", "handles only new
 * events when CURRENT position is stored for restarted consumer", "handles
 * only new events when startFrom END is specified", "handles events on empty
 * store when startFrom END is specified", "restarted END consumer resumes
 * from last checkpoint", "processes events in concurrent consumers with
 * separate checkpoints"). Sitrep's subscribe() takes `after` (a checkpoint);
 * Emmett's END is `after: await store.headPosition()`.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { consume, readEverything } from './peer-conformance-support.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvents } from './test-support.js';

describe('peer conformance: subscriptions', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = () => `sub-${randomUUID()}`;
  const ids = (events: { id: string }[]) => events.map((e) => e.id);
  const waitFor = (received: unknown[], count: number) =>
    eventually(
      async () => received.length,
      (n) => n >= count,
    );

  /**
   * The gap-safe head once it covers everything this file's database holds: on a shared server
   * another database's open transaction can hold the head below events just committed.
   */
  const settledHead = async () => {
    const [{ last }] = await tdb.sql<{ last: string | null }[]>`SELECT max(position)::text AS last FROM events`;
    return eventually(
      () => store.headPosition(),
      (head) => head >= Number(last ?? 0),
    );
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql, pollIntervalMs: 200 });
  });
  afterAll(() => tdb.close());

  it('on an empty store from the end (head = 0): receives exactly what is appended afterwards', async () => {
    expect(await store.headPosition()).toBe(0);
    const consumer = consume(store, { after: await store.headPosition() });
    const later = (await store.append(stream(), newEvents(3))).events;
    await waitFor(consumer.received, 3);
    await consumer.stop();
    expect(ids(consumer.received)).toEqual(ids(later));
  });

  it('from the start: events appended before and after it started, each once, in order', async () => {
    const before = (await store.append(stream(), newEvents(4))).events;
    const consumer = consume(store, { after: 0, batchSize: 3 });
    const after = (await store.append(stream(), newEvents(4))).events;
    await eventually(
      async () => ids(consumer.received),
      (received) => received.includes(after.at(-1)!.id),
    );
    await consumer.stop();
    const everything = await readEverything(store, 0); // this file's database: nothing else writes
    expect(ids(consumer.received)).toEqual(ids(everything));
    expect(ids(consumer.received).slice(-8)).toEqual(ids([...before, ...after]));
  });

  it('after a given position: only the events after it', async () => {
    const first = (await store.append(stream(), newEvents(3))).events;
    const rest = (await store.append(stream(), newEvents(3))).events;
    const consumer = consume(store, { after: first.at(-1)!.position });
    await waitFor(consumer.received, 3);
    await consumer.stop();
    expect(ids(consumer.received)).toEqual(ids(rest));
  });

  it('from the end: only new events, even while older ones exist', async () => {
    await store.append(stream(), newEvents(5));
    const consumer = consume(store, { after: await settledHead() });
    const fresh = (await store.append(stream(), newEvents(2))).events;
    await waitFor(consumer.received, 2);
    await consumer.stop();
    expect(ids(consumer.received)).toEqual(ids(fresh));
  });

  it('a restarted consumer resumes from its stored checkpoint: nothing missed written while it was down, nothing twice', async () => {
    const start = await settledHead();
    const first = consume(store, { after: start });
    const a = (await store.append(stream(), newEvents(3))).events;
    await waitFor(first.received, 3);
    await first.stop();
    const checkpoint = first.received.at(-1)!.position;
    const whileDown = (await store.append(stream(), newEvents(3))).events;
    const second = consume(store, { after: checkpoint });
    const afterRestart = (await store.append(stream(), newEvents(2))).events;
    await waitFor(second.received, 5);
    await second.stop();
    expect(ids(first.received)).toEqual(ids(a));
    expect(ids(second.received)).toEqual(ids([...whileDown, ...afterRestart]));
  });

  it('concurrent consumers with separate checkpoints each receive the whole sequence once', async () => {
    const start = await settledHead();
    const consumers = [consume(store, { after: start, batchSize: 2 }), consume(store, { after: start, batchSize: 50 })];
    const written = (await Promise.all(Array.from({ length: 10 }, () => store.append(stream(), newEvents(2))))).flatMap((r) => r.events);
    for (const c of consumers) await waitFor(c.received, 20);
    for (const c of consumers) await c.stop();
    const inOrder = [...written].sort((x, y) => x.position - y.position);
    for (const c of consumers) {
      expect(ids(c.received)).toEqual(ids(inOrder));
      expect(c.failure()).toBeNull();
    }
  });
});
