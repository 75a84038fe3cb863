import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import type { RecordedEvent, SubscribeOptions } from '../event-store.types.js';
import { EVENTS_CHANNEL, notifySql, notifyWithPostgres } from './event-store.sql.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvents, sleep } from './test-support.js';

/** Consumers still running: a test that fails before stopping its own leaves it to afterEach. */
const running = new Set<() => Promise<void>>();

/** Runs a subscription in the background, as a projection would, keeping its checkpoint. */
function consume(store: PostgresEventStore, options: SubscribeOptions & { stopAfter?: number } = {}) {
  const stop = new AbortController();
  const received: RecordedEvent[] = [];
  const batches: number[] = [];
  let checkpoint = options.after ?? 0;
  const done = (async () => {
    for await (const batch of store.subscribe({ ...options, signal: stop.signal })) {
      batches.push(batch.length);
      received.push(...batch);
      checkpoint = batch.at(-1)!.position;
      if (options.stopAfter !== undefined && received.length >= options.stopAfter) break;
    }
  })();
  const stopNow = async () => {
    stop.abort();
    await done;
  };
  running.add(() => stopNow().catch(() => undefined));
  return {
    received,
    batches,
    done,
    checkpoint: () => checkpoint,
    stop: stopNow,
  };
}

describe('PostgresEventStore.subscribe', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = () => `sub-${randomUUID()}`;
  const ids = (events: RecordedEvent[]) => events.map((e) => e.id);

  beforeAll(async () => {
    tdb = await createTestDatabase();
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  // Before the database closes: a consumer left polling a closed pool rejects with no one to hear it.
  afterEach(async () => {
    await Promise.all([...running].map((stop) => stop()));
    running.clear();
  });
  afterAll(() => tdb.close());

  it('sends the post-commit wake-up without a flush wait, and the setting ends with it (later appends on that connection stay synchronous)', async () => {
    const one = postgres(tdb.url, { max: 1, onnotice: () => undefined });
    const listener = postgres(tdb.url, { max: 1, onnotice: () => undefined });
    try {
      const heard: string[] = [];
      await listener.listen(EVENTS_CHANNEL, (payload) => heard.push(payload));
      await notifyWithPostgres(one, 4242);
      await notifySql(tdb.db, 4243);
      await eventually(
        async () => heard.length,
        (n) => n >= 2,
      );
      expect(heard).toEqual(['4242', '4243']);
      // Same (only) connection as the NOTIFY: set_config(..., true) did not outlive its statement.
      const [row] = await one`SHOW synchronous_commit`;
      expect(row!.synchronous_commit).toBe('on');
    } finally {
      await listener.end();
      await one.end();
    }
  });

  it('catches up in batches, then delivers live appends, then ends cleanly on abort', async () => {
    const start = await store.headPosition();
    const old = (await store.append(stream(), newEvents(5))).events;
    const consumer = consume(store, { after: start, batchSize: 2 });
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 5,
    );
    expect(consumer.batches.slice(0, 3)).toEqual([2, 2, 1]);

    const live = (await store.append(stream(), newEvents(3))).events;
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 8,
    );
    await consumer.stop();
    expect(ids(consumer.received)).toEqual(ids([...old, ...live]));
  });

  it('a subscriber that stops and restarts from its checkpoint misses nothing and sees nothing twice', async () => {
    const start = await store.headPosition();
    const written: string[] = [];
    const write = async (n: number) => {
      for (let i = 0; i < n; i++) written.push(...ids((await store.append(stream(), newEvents(1 + (i % 3)))).events));
    };
    await write(10);
    const first = consume(store, { after: start, batchSize: 3, stopAfter: 7 });
    await first.done; // broke out after >= 7 events, mid-history
    const checkpoint = first.checkpoint();
    expect(first.received.length).toBeGreaterThanOrEqual(7);

    await write(10); // while nobody listens
    const second = consume(store, { after: checkpoint, batchSize: 4 });
    const writing = write(10); // and while the second one catches up
    await writing;
    await eventually(
      async () => first.received.length + second.received.length,
      (n) => n >= written.length,
    );
    await sleep(200); // would a duplicate still arrive?
    await second.stop();

    const seen = ids([...first.received, ...second.received]);
    expect(seen).toHaveLength(written.length);
    expect(new Set(seen)).toEqual(new Set(written));
    const positions = [...first.received, ...second.received].map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('is woken by NOTIFY: a live append arrives long before the next poll', async () => {
    const start = await store.headPosition();
    const consumer = consume(store, { after: start, pollIntervalMs: 60_000 });
    await sleep(300); // caught up, now asleep until a wake-up
    const began = Date.now();
    await store.append(stream(), newEvents(1));
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 1,
      5_000,
    );
    expect(consumer.received).toHaveLength(1);
    expect(Date.now() - began).toBeLessThan(5_000);
    await consumer.stop();
  });

  it('an event held behind an unrelated open transaction arrives soon after it ends, with no second NOTIFY', async () => {
    const start = await store.headPosition();
    const consumer = consume(store, { after: start, pollIntervalMs: 60_000 });
    await sleep(200);
    const bystander = await tdb.db.startTransaction().execute();
    try {
      await sql`SELECT pg_current_xact_id()`.execute(bystander);
      await store.append(stream(), newEvents(1)); // its NOTIFY wakes the consumer, which finds it fenced
      await sleep(300);
      expect(consumer.received).toHaveLength(0);
    } finally {
      await bystander.rollback().execute(); // ends without a NOTIFY
    }
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 1,
      5_000,
    );
    expect(consumer.received).toHaveLength(1);
    await consumer.stop();
  });

  it('survives its connections being terminated (server restart, failover): it re-listens and goes on', async () => {
    const start = await store.headPosition();
    const consumer = consume(store, { after: start, pollIntervalMs: 60_000 });
    await store.append(stream(), newEvents(1));
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 1,
      5_000,
    );

    const admin = postgres(tdb.url, { max: 1, onnotice: () => undefined });
    try {
      // Victims first, then terminate: in one WHERE the planner may call
      // pg_terminate_backend before checking pid <> pg_backend_pid().
      const killed = await admin<{ terminated: boolean }[]>`
        WITH victims AS MATERIALIZED (
          SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid())
        SELECT pg_terminate_backend(pid) AS terminated FROM victims`;
      expect(killed.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await sleep(300);
    await store.append(stream(), newEvents(1)); // NOTIFY reaches the re-established LISTEN
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 2,
      10_000,
    );
    expect(consumer.received).toHaveLength(2);
    await consumer.stop();
  });

  it('falls back to polling when LISTEN is off (and the writer does not NOTIFY)', async () => {
    const polling = new PostgresEventStore(tdb.db, { listen: false, pollIntervalMs: 100 });
    const silentWriter = new PostgresEventStore(tdb.db, { notify: false });
    const start = await store.headPosition();
    const consumer = consume(polling, { after: start });
    await sleep(250);
    await silentWriter.append(stream(), newEvents(2));
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 2,
      5_000,
    );
    expect(consumer.received).toHaveLength(2);
    await consumer.stop();
  });

  it('without the Postgres.js client it polls at the store interval', async () => {
    const noClient = new PostgresEventStore(tdb.db, { pollIntervalMs: 50 });
    const start = await store.headPosition();
    const consumer = consume(noClient, { after: start });
    await store.append(stream(), newEvents(1));
    await eventually(
      async () => consumer.received.length,
      (n) => n >= 1,
      5_000,
    );
    await consumer.stop();
    expect(consumer.received).toHaveLength(1);
  });

  it('an abort while waiting ends the iteration at once, and an already aborted signal yields nothing', async () => {
    const consumer = consume(store, { after: await store.headPosition(), pollIntervalMs: 60_000 });
    await sleep(200);
    const began = Date.now();
    await consumer.stop();
    expect(Date.now() - began).toBeLessThan(3_000);

    const aborted = AbortSignal.abort();
    const batches: RecordedEvent[][] = [];
    for await (const batch of store.subscribe({ signal: aborted })) batches.push(batch);
    expect(batches).toEqual([]);
  });
});
