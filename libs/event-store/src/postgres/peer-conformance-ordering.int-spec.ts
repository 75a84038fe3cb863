/**
 * Peer conformance, part 2: the global order under concurrent and
 * interleaved transactions. Cases ported (rewritten, not copied) from
 *
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/schema/readMessagesBatch.int.spec.ts
 * - Emmett: src/packages/emmett-postgresql/src/eventStore/schema/appendToStream.int.spec.ts
 * - Marten: src/EventSourcingTests/Dcb/Bug_4591_truly_concurrent_dcb_tag_appends_both_commit.cs
 * - Marten: src/DaemonTests/Bugs/Bug_4953_outstanding_sequence_gap_skips.cs
 * - Marten: src/EventSourcingTests/Bugs/Bug_4765_quick_occ_no_sequence_gap.cs
 *
 * Where Sitrep differs by design it says so: its order is the order in which
 * positions were handed out (one number per checkpoint), not the order in
 * which transactions began (Emmett's (transaction id, position) pair).
 */
import { randomUUID } from 'node:crypto';
import { type ControlledTransaction, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import type { Database } from '@sitrep/database';
import { ConcurrencyConflictError } from '../event-store.errors.js';
import type { RecordedEvent } from '../event-store.types.js';
import { readEverything, settleWithin } from './peer-conformance-support.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvent, newEvents } from './test-support.js';

describe('peer conformance: global order under concurrency', () => {
  let tdb: TestDatabase;
  let store: PostgresEventStore;
  const stream = (name = 'order') => `${name}-${randomUUID()}`;
  const types = (events: RecordedEvent[]) => events.map((e) => e.type);
  const open = () => tdb.db.startTransaction().execute();
  const end = async (trx: ControlledTransaction<Database>, how: 'commit' | 'rollback' = 'commit') => {
    await (how === 'commit' ? trx.commit() : trx.rollback()).execute().catch(() => undefined);
  };
  /** Our events after `after` once at least `count` of them are readable (other files share the server's xmin). */
  const readOurs = (after: number, count: number, pattern: RegExp) =>
    eventually(
      async () => (await readEverything(store, after)).filter((e) => pattern.test(e.type)),
      (events) => events.length >= count,
    );

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 40 });
    store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  });
  afterAll(() => tdb.close());

  // Emmett readMessagesBatch.int.spec.ts "reads events in the order transactions began" and
  // "waits for older transactions before exposing newer commits". Sitrep by design: the order is
  // position order; an event of a younger transaction that committed first is held back while the
  // older transaction could still take a lower position, and never passed.
  it('holds a younger commit back while an older transaction that already wrote is open; then orders by position', async () => {
    const checkpoint = await store.headPosition();
    const older = await open();
    try {
      await sql`SELECT pg_current_xact_id()`.execute(older);
      await store.append(stream(), [newEvent('B1Young')]);
      expect((await store.readAll({ after: checkpoint })).events.filter((e) => e.type.startsWith('B1'))).toEqual([]);
      await store.appendInTransaction(older, stream(), [newEvent('B1Old')]);
    } finally {
      await end(older);
    }
    const read = await readOurs(checkpoint, 2, /^B1/);
    expect(types(read)).toEqual(['B1Young', 'B1Old']);
    expect(read[0]!.position).toBeLessThan(read[1]!.position);
  });

  // Emmett readMessagesBatch.int.spec.ts "does not skip events written by a slow transaction that
  // began before a faster one", and Marten Bug_4953_outstanding_sequence_gap_skips.cs
  // normal_detection_holds_before_an_open_transaction_gap: the checkpoint never moves past a
  // position reserved by a transaction still in flight.
  it('does not skip an event of a slow transaction that took its position before a faster one', async () => {
    const checkpoint = await store.headPosition();
    const slow = await open();
    try {
      await store.appendInTransaction(slow, stream(), [newEvent('B2Slow')]);
      await store.append(stream(), [newEvent('B2Fast')]);
      const during = await store.readAll({ after: checkpoint });
      expect(types(during.events).filter((t) => t.startsWith('B2'))).toEqual([]);
      expect(during.lastPosition).toBe(checkpoint);
    } finally {
      await end(slow);
    }
    expect(types(await readOurs(checkpoint, 2, /^B2/))).toEqual(['B2Slow', 'B2Fast']);
  });

  // Emmett readMessagesBatch.int.spec.ts "does not skip multiple events from a slow transaction".
  it('does not skip several events of one slow transaction (two appends, two streams)', async () => {
    const checkpoint = await store.headPosition();
    const slow = await open();
    try {
      await store.appendInTransaction(slow, stream(), [newEvent('B3Slow1'), newEvent('B3Slow2')]);
      await store.append(stream(), [newEvent('B3Fast')]);
      await store.appendInTransaction(slow, stream(), [newEvent('B3Slow3')]);
      expect(types((await store.readAll({ after: checkpoint })).events).filter((t) => t.startsWith('B3'))).toEqual([]);
    } finally {
      await end(slow);
    }
    expect(types(await readOurs(checkpoint, 4, /^B3/))).toEqual(['B3Slow1', 'B3Slow2', 'B3Fast', 'B3Slow3']);
  });

  // Emmett readMessagesBatch.int.spec.ts "does not skip events from multiple concurrent slow
  // transactions that each began before the fast one".
  it('does not skip events of several open slow transactions, whichever commits first', async () => {
    const checkpoint = await store.headPosition();
    const slow = [await open(), await open(), await open()];
    try {
      for (const [i, trx] of slow.entries()) await store.appendInTransaction(trx, stream(), [newEvent(`B4Slow${i}`)]);
      await store.append(stream(), [newEvent('B4Fast')]);
      await end(slow[2]!);
      await end(slow[0]!);
      // slow[1] still open: nothing from its position on may be read.
      const during = types(await readEverything(store, checkpoint)).filter((t) => t.startsWith('B4'));
      expect(during).not.toContain('B4Slow2');
      expect(during).not.toContain('B4Fast');
    } finally {
      await end(slow[1]!);
    }
    expect(types(await readOurs(checkpoint, 4, /^B4/))).toEqual(['B4Slow0', 'B4Slow1', 'B4Slow2', 'B4Fast']);
  });

  // Emmett readMessagesBatch.int.spec.ts "reads committed events even when earlier positions were rolled back".
  it('reads past a gap left by a rolled-back transaction', async () => {
    const checkpoint = await store.headPosition();
    const doomed = await open();
    await store.appendInTransaction(doomed, stream(), [newEvent('B5Doomed')]);
    const kept = await store.append(stream(), [newEvent('B5Kept')]);
    await end(doomed, 'rollback');
    const read = await readOurs(checkpoint, 1, /^B5/);
    expect(types(read)).toEqual(['B5Kept']);
    expect(read[0]!.position).toBe(kept.lastPosition);
  });

  // Emmett readMessagesBatch.int.spec.ts "reads all messages from one transaction and does not
  // repeat them after the checkpoint advances".
  it('returns a transaction’s events once; the checkpoint after them returns nothing of them again', async () => {
    const checkpoint = await store.headPosition();
    await tdb.db.transaction().execute(async (trx) => {
      await store.appendInTransaction(trx, stream(), [newEvent('B6a')]);
      await store.appendInTransaction(trx, stream(), [newEvent('B6b')]);
    });
    const read = await readOurs(checkpoint, 2, /^B6/);
    expect(types(read)).toEqual(['B6a', 'B6b']);
    expect((await readEverything(store, read[1]!.position)).filter((e) => e.type.startsWith('B6'))).toEqual([]);
  });

  // Emmett appendToStream.int.spec.ts (positions under concurrent appends) and Marten
  // EventSourcingTests/BulkEventAppendTests.cs: 100 concurrent appends, one order.
  it('100 concurrent appends: every event once, strictly increasing positions, each stream in version order', async () => {
    const checkpoint = await store.headPosition();
    const streams = Array.from({ length: 10 }, () => stream('c100'));
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => store.append(streams[i % 10]!, [newEvent('B7', { i })])));
    const read = await readOurs(checkpoint, 100, /^B7$/);
    expect(read).toHaveLength(100);
    expect(new Set(read.map((e) => e.id))).toEqual(new Set(results.flatMap((r) => r.events.map((e) => e.id))));
    for (let i = 1; i < read.length; i++) expect(read[i]!.position).toBeGreaterThan(read[i - 1]!.position);
    for (const s of streams) {
      const versions = read.filter((e) => e.streamId === s).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 10 }, (_, v) => v + 1));
    }
  });

  // The first failure of issue 19 (ported shape: Marten Dcb/Bug_4591_truly_concurrent_dcb_tag_appends_both_commit.cs,
  // two writers on unrelated keys both commit). Was: 40P01 deadlock detected after ~0.8 s, T1's first append lost.
  it('two transactions interleaving appends to two unrelated streams both commit (no deadlock)', async () => {
    const checkpoint = await store.headPosition();
    const [a, b] = [stream('a'), stream('b')];
    const t1 = await open();
    const t2 = await open();
    try {
      await store.appendInTransaction(t1, a, [newEvent('D1a1')]);
      await store.appendInTransaction(t2, b, [newEvent('D1b1')]);
      const second = Promise.all([
        store.appendInTransaction(t1, a, [newEvent('D1a2')]),
        store.appendInTransaction(t2, b, [newEvent('D1b2')]),
      ]);
      const outcome = await settleWithin(second, 5_000);
      expect(outcome.status === 'rejected' ? String((outcome.reason as Error).message) : outcome.status).toBe('fulfilled');
      await t1.commit().execute();
      await t2.commit().execute();
    } finally {
      await end(t1, 'rollback');
      await end(t2, 'rollback');
    }
    expect(types(await store.readStream(a))).toEqual(['D1a1', 'D1a2']);
    expect(types(await store.readStream(b))).toEqual(['D1b1', 'D1b2']);
    const read = await readOurs(checkpoint, 4, /^D1/);
    expect(new Set(types(read))).toEqual(new Set(['D1a1', 'D1a2', 'D1b1', 'D1b2']));
  });

  // The second failure of issue 19. Was: T1 waited for T2 while holding the position-allocation
  // lock, so every append of every connection waited until T2 ended.
  it('an open appending transaction does not stall other writers, and readers still skip nothing', async () => {
    const checkpoint = await store.headPosition();
    const t1 = await open();
    const t2 = await open();
    try {
      await sql`SELECT pg_current_xact_id()`.execute(t1); // T1 already holds a transaction id
      const young = await store.appendInTransaction(t2, stream(), [newEvent('D2Young')]); // and stays open
      const old = await settleWithin(store.appendInTransaction(t1, stream(), [newEvent('D2Old')]), 3_000);
      expect(old.status).toBe('fulfilled');
      // Any other writer, on another connection, goes through at once.
      const other = await settleWithin(Promise.all(Array.from({ length: 5 }, () => store.append(stream(), [newEvent('D2Other')]))), 3_000);
      expect(other.status).toBe('fulfilled');
      await t1.commit().execute();
      // T2 is open and holds a lower position than T1's and the others' events: none of them may be read yet.
      const during = (await readEverything(store, checkpoint)).filter((e) => e.type.startsWith('D2'));
      expect(during).toEqual([]);
      expect(old.status === 'fulfilled' && old.value.lastPosition).toBeGreaterThan(young.lastPosition);
      await t2.commit().execute();
    } finally {
      await end(t1, 'rollback');
      await end(t2, 'rollback');
    }
    const read = await readOurs(checkpoint, 7, /^D2/);
    expect(types(read).slice(0, 2)).toEqual(['D2Young', 'D2Old']);
    expect(types(read).filter((t) => t === 'D2Other')).toHaveLength(5);
    for (let i = 1; i < read.length; i++) expect(read[i]!.position).toBeGreaterThan(read[i - 1]!.position);
  });

  // The same rule seen from a reader that polls all along (Marten Bug_4953_outstanding_sequence_gap_skips.cs:
  // never advance across an outstanding position): mixed old-id and fresh writers, some rolled back.
  it('a polling reader during interleaved old-id, fresh and rolled-back writers misses nothing and repeats nothing', async () => {
    const start = await store.headPosition();
    const committed = new Set<string>();
    let writing = true;
    const seen: RecordedEvent[] = [];
    const reader = (async () => {
      let after = start;
      while (writing || seen.length < committed.size) {
        const page = await store.readAll({ after, limit: 7 });
        seen.push(...page.events.filter((e) => e.type === 'D3'));
        after = page.lastPosition;
        if (page.events.length === 0) await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 5; i++) {
          const trx = await open();
          const events = [newEvents(1, 'D3'), newEvents(2, 'D3')];
          try {
            if ((w + i) % 2 === 0) await sql`SELECT pg_current_xact_id()`.execute(trx); // an old id
            await store.appendInTransaction(trx, stream(), events[0]!);
            await new Promise((r) => setTimeout(r, Math.random() * 20));
            await store.appendInTransaction(trx, stream(), events[1]!);
            if ((w + i) % 5 === 4) {
              await trx.rollback().execute();
            } else {
              await trx.commit().execute();
              events.flat().forEach((e) => committed.add(e.id));
            }
          } catch (error) {
            await end(trx, 'rollback');
            throw error;
          }
        }
      }),
    );
    writing = false;
    await reader;
    expect(seen.map((e) => e.id).sort()).toEqual([...committed].sort());
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
  });

  // Genuine lock cycles remain possible between writers that append to the SAME streams in
  // opposite orders (as in Emmett and Marten, which also lock per stream): one gets a typed,
  // retryable error and the other commits.
  it('two transactions appending to the same two streams in opposite orders: one commits, the other gets a retryable error', async () => {
    const [a, b] = [stream('x'), stream('y')];
    await store.append(a, [newEvent('D4')]);
    await store.append(b, [newEvent('D4')]);
    const t1 = await open();
    const t2 = await open();
    try {
      await store.appendInTransaction(t1, a, [newEvent('D4t1')]);
      await store.appendInTransaction(t2, b, [newEvent('D4t2')]);
      const outcomes = await Promise.allSettled([
        store.appendInTransaction(t1, b, [newEvent('D4t1')]),
        store.appendInTransaction(t2, a, [newEvent('D4t2')]),
      ]);
      const failed = outcomes.filter((o) => o.status === 'rejected');
      expect(failed).toHaveLength(1);
      expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'TRANSACTION_RETRY', retryable: true });
    } finally {
      await end(t1);
      await end(t2);
    }
  });

  // Marten EventSourcingTests/Bugs/Bug_4765_quick_occ_no_sequence_gap.cs pins "a concurrency loser leaves no
  // sequence gap". Sitrep by design: positions are handed out before the version check, so a loser leaves a
  // gap, and the readers never wait on a gap (the fence is the open transaction, not the missing number).
  it('a concurrency loser leaves a position gap that the reader passes at once (Sitrep rule, not Marten’s)', async () => {
    const s = stream();
    await store.append(s, [newEvent('G1')]);
    const lost = await Promise.allSettled([
      store.append(s, [newEvent('G2')], { expectedVersion: 1 }),
      store.append(s, [newEvent('G2')], { expectedVersion: 1 }),
    ]);
    expect(lost.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([
      expect.any(ConcurrencyConflictError),
    ]);
    const after = await store.append(s, [newEvent('G3')], { expectedVersion: 2 });
    const read = await eventually(
      async () => (await store.readAll({ after: after.lastPosition - 1 })).events,
      (events) => events.some((e) => e.id === after.events[0]!.id),
    );
    expect(read.map((e) => e.type)).toContain('G3');
  });
});
