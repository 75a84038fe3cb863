import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { TransactionIdAheadError } from '../event-store.errors.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvents } from './test-support.js';
import { rebaseTransactionIds, verifyEventStore } from './verify-event-store.js';

describe('verifyEventStore (start-up check) and rebaseTransactionIds', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  afterAll(() => tdb.close());

  it('passes on an empty store and on a live one', async () => {
    await verifyEventStore(tdb.db);
    await store.append(`verify-${randomUUID()}`, newEvents(3));
    await verifyEventStore(tdb.db);
  });

  it('passes while an append is in flight (its allocator mark is already written, its events not yet visible)', async () => {
    const inFlight = await tdb.db.startTransaction().execute();
    try {
      await store.appendInTransaction(inFlight, `verify-${randomUUID()}`, newEvents(1));
      await verifyEventStore(tdb.db);
    } finally {
      await inFlight.rollback().execute();
    }
  });

  it('refuses a history restored from a cluster further ahead, and the rebase repairs it without reordering', async () => {
    const before = await eventually(
      () => store.readAll(),
      (page) => page.events.length >= 3,
    );
    // What pg_restore into a fresh cluster looks like: ids far beyond this server's counter.
    await tdb.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('sitrep.allow_event_rewrite', 'on', true)`.execute(trx);
      await sql`UPDATE events SET transaction_id = (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000 + position)::text::xid8`.execute(
        trx,
      );
    });

    const error = await verifyEventStore(tdb.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionIdAheadError);
    expect(error).toMatchObject({ code: 'TRANSACTION_ID_AHEAD' });
    expect((error as Error).message).toMatch(/restored into a different cluster/);
    expect(BigInt((error as TransactionIdAheadError).highestStoredTransactionId)).toBeGreaterThan(
      BigInt((error as TransactionIdAheadError).serverNextTransactionId),
    );
    expect((await store.readAll()).events).toEqual([]); // readers would stall, never skip

    expect(await rebaseTransactionIds(tdb.db)).toBe(3);
    await verifyEventStore(tdb.db);
    const after = await eventually(
      () => store.readAll(),
      (page) => page.events.length >= 3,
    );
    expect(after.events.map((e) => [e.position, e.id])).toEqual(before.events.map((e) => [e.position, e.id]));

    const next = await store.append(`verify-${randomUUID()}`, newEvents(1));
    expect(next.lastPosition).toBeGreaterThan(after.lastPosition);
  });

  it('refuses an allocator mark ahead of the server too (the sequence comes back with a restore)', async () => {
    await sql`SELECT setval('event_allocator_xid_seq', pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)`.execute(tdb.db);
    await expect(verifyEventStore(tdb.db)).rejects.toBeInstanceOf(TransactionIdAheadError);
    await rebaseTransactionIds(tdb.db);
    await verifyEventStore(tdb.db);
  });
});
