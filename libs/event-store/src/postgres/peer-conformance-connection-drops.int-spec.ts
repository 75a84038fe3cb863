/**
 * Peer conformance, part 4: sessions ended under the store (pg_terminate_backend,
 * as an operator, a failover or a pooler does). Cases ported (rewritten) from
 *
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/consumers/postgreSQLEventStoreConsumer.handling.int.spec.ts
 *   ("SIGTERM shutdown": the consumer closes without error) and the store's own reconnect expectations;
 * - Marten: src/DaemonTests/Bugs/Bug_4953_idle_advisory_lock_sessions_do_not_block_gap_skips.cs
 *   (a reader is not held hostage by sessions that will never finish).
 *
 * The third and fourth failures of issue 19 are here: a writer killed
 * mid-append whose re-sent batch never settled (and an uncaught TypeError from
 * postgres/src/connection.js that kills a plain Node process), and a live
 * subscriber that stopped for good after its session was ended. Both came from
 * Postgres.js returning a dead reserved connection to its pool
 * (porsager/postgres#1199, #1208); the fix is patches/postgres+3.4.9.patch,
 * applied on install.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { consume, killer, retryOnDrop, settleWithin } from './peer-conformance-support.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvent } from './test-support.js';

const DROPPED = ['CONNECTION_CLOSED', '57P01', 'CONNECTION_DESTROYED', 'ECONNRESET', 'EPIPE'];
const stream = (name = 'drop') => `${name}-${randomUUID()}`;

describe('peer conformance: connection drops', () => {
  let tdb: TestDatabase;
  let kill: ReturnType<typeof killer>;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 10 });
    kill = killer(tdb.url);
  });
  afterAll(async () => {
    await kill.end();
    await tdb.close();
  });

  describe.each([
    ['alone', false],
    ['with group commit', true],
  ] as const)('a writer killed mid-append (%s)', (_label, groupCommit) => {
    it('fails with a connection error; the same batch re-sent is stored once; later appends all settle', async () => {
      const store = new PostgresEventStore(tdb.db, { sql: tdb.sql, groupCommit });
      const s = stream();
      await store.append(s, [newEvent('K0')]);

      // Hold the stream's row so the append waits inside its statement, then end its session.
      const blocker = await tdb.db.startTransaction().execute();
      await sql`SELECT 1 FROM streams WHERE stream_id = ${s} FOR UPDATE`.execute(blocker);
      const batch = [newEvent('K1')];
      const first = store.append(s, batch);
      await kill.terminateWaiting('sitrep_append');
      const failed = await settleWithin(first, 10_000);
      await blocker.commit().execute();
      expect(failed.status).toBe('rejected');
      expect(DROPPED).toContain((failed as { reason: { code?: string } }).reason.code);

      const again = await settleWithin(store.append(s, batch), 10_000);
      expect(again.status).toBe('fulfilled');
      // A caller that gets a connection error re-posts (as the README says); none may hang.
      const batches = Array.from({ length: 20 }, () => [newEvent('K2')]);
      const later = await settleWithin(Promise.all(batches.map((b) => retryOnDrop(() => store.append(stream(), b), 3))), 10_000);
      expect(later.status === 'rejected' ? later.reason : later.status).toBe('fulfilled');
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['K0', 'K1']);
    });
  });

  it('every pool session ended at once: the next appends and reads reconnect', async () => {
    const store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
    await Promise.all(Array.from({ length: 8 }, () => store.append(stream(), [newEvent('K3')])));
    expect(await kill.terminateOthers()).toBeGreaterThan(0);
    const events = Array.from({ length: 8 }, () => [newEvent('K4')]);
    const after = await settleWithin(Promise.all(events.map((batch) => retryOnDrop(() => store.append(stream('k4'), batch)))), 15_000);
    expect(after.status).toBe('fulfilled');
    const head = await settleWithin(
      retryOnDrop(() => store.headPosition()),
      10_000,
    );
    expect(head.status).toBe('fulfilled');
  });

  it('a live subscriber whose sessions are ended keeps delivering every event once, in order, and the store closes', async () => {
    const own = await createTestDatabase({ poolSize: 6 });
    const ownKill = killer(own.url);
    try {
      const store = new PostgresEventStore(own.db, { sql: own.sql, pollIntervalMs: 200 });
      const consumer = consume(store, { after: 0, batchSize: 7 });
      const s = stream('live');
      const written: string[] = [];
      for (let i = 0; i < 120; i++) {
        const batch = [newEvent('L', { i })];
        await retryOnDrop(() => store.append(s, batch));
        written.push(batch[0]!.id);
        if (i % 20 === 10) await ownKill.terminateOthers();
      }
      await eventually(
        async () => consumer.received.length,
        (n) => n >= 120 || consumer.failure() !== null,
        30_000,
      );
      expect(consumer.failure()).toBeNull();
      expect(consumer.received.map((e) => e.id)).toEqual(written);
      expect((await settleWithin(consumer.stop(), 5_000)).status).toBe('fulfilled');
    } finally {
      await ownKill.end();
      const closed = await settleWithin(own.close(), 15_000);
      expect(closed.status).toBe('fulfilled');
    }
  });
});
