import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ConcurrencyConflictError, EventIdConflictError, PartialDuplicateAppendError } from '../event-store.errors.js';
import type { AppendOptions, AppendResult, NewEvent } from '../event-store.types.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventually, newEvent, sleep, stillPending } from './test-support.js';

/** A UUID that is the same for the same (run, label): each run gets its own ids, both runs the same shapes. */
const idFor = (run: string, label: string) => {
  const h = createHash('sha256').update(`${run}/${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

type Step = { stream: string; ids: string[]; expectedVersion?: AppendOptions['expectedVersion'] };

/**
 * Every status the append function has, in one queue, including the same
 * stream twice and the same id in two requests. Stream names and ids are
 * labels; each run maps them to its own.
 */
const SCENARIO: Step[] = [
  { stream: 'a', ids: ['a1', 'a2'], expectedVersion: 'no_stream' }, // appended, new stream
  { stream: 'a', ids: ['a3'], expectedVersion: 2 }, // appended: sees the previous request
  { stream: 'a', ids: ['a4'], expectedVersion: 2 }, // conflict: version is 3 by now
  { stream: 'a', ids: ['a1', 'a2'], expectedVersion: 'no_stream' }, // already_appended despite a stale expectation
  { stream: 'a', ids: ['a3', 'a5'] }, // partial_duplicate
  { stream: 'b', ids: ['a1'] }, // event_id_conflict: a1 is in stream a
  { stream: 'c', ids: ['c1'], expectedVersion: 'stream_exists' }, // conflict: no stream
  { stream: 'c', ids: ['c1'], expectedVersion: 3 }, // conflict: no stream, exact
  { stream: 'c', ids: ['c1'], expectedVersion: 0 }, // appended: exact 0 = new
  { stream: 'd', ids: ['d1'] }, // appended, then the same id again to another stream:
  { stream: 'e', ids: ['d1', 'e1'] }, // event_id_conflict within the group
  { stream: 'pre', ids: ['p2'], expectedVersion: 'stream_exists' }, // appended to a stream from before
  { stream: 'pre', ids: ['p3'], expectedVersion: 'no_stream' }, // conflict with its version
];

/** What a caller can observe of one append, with this run's names mapped back to labels. */
function describeOutcome(run: string, outcome: PromiseSettledResult<AppendResult>) {
  const label = (s: string) => s.replace(`${run}-`, '');
  const ids = new Map(['a1', 'a2', 'a3', 'a4', 'a5', 'c1', 'd1', 'e1', 'p1', 'p2', 'p3'].map((l) => [idFor(run, l), l] as const));
  const idLabel = (id: string) => ids.get(id) ?? id;
  if (outcome.status === 'fulfilled') {
    const r = outcome.value;
    return {
      ok: true,
      nextExpectedVersion: r.nextExpectedVersion,
      alreadyAppended: r.alreadyAppended,
      events: r.events.map((e) => [label(e.streamId), e.streamVersion, idLabel(e.id), e.type]),
    };
  }
  const e = outcome.reason as Error & Record<string, unknown>;
  return {
    ok: false,
    error: e.constructor.name,
    code: e.code,
    actualVersion: e instanceof ConcurrencyConflictError ? e.actualVersion : undefined,
    stored: e instanceof PartialDuplicateAppendError ? e.storedEventIds.map(idLabel) : undefined,
    conflicts: e instanceof EventIdConflictError ? e.conflicts.map((c) => [idLabel(c.eventId), label(c.otherStreamId)]) : undefined,
  };
}

describe('PostgresEventStore group commit', () => {
  let tdb: TestDatabase;
  let grouped: PostgresEventStore;
  let alone: PostgresEventStore;

  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 40 });
    grouped = new PostgresEventStore(tdb.db, { sql: tdb.sql });
    alone = new PostgresEventStore(tdb.db, { sql: tdb.sql, groupCommit: false });
  });
  afterAll(() => tdb.close());

  const stepEvents = (run: string, step: Step): NewEvent[] =>
    step.ids.map((l) => ({ id: idFor(run, l), type: `T-${l}`, data: { label: l } }));

  async function prepare(run: string) {
    await alone.append(`${run}-pre`, [{ id: idFor(run, 'p1'), type: 'T-p1', data: { label: 'p1' } }]);
  }

  it('grouped results equal sequential ones for every status; the group is one transaction', async () => {
    const seqRun = `seq${randomUUID().slice(0, 8)}`;
    await prepare(seqRun);
    const sequential: PromiseSettledResult<AppendResult>[] = [];
    for (const step of SCENARIO) {
      sequential.push(
        await alone.append(`${seqRun}-${step.stream}`, stepEvents(seqRun, step), { expectedVersion: step.expectedVersion }).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        ),
      );
    }

    const grpRun = `grp${randomUUID().slice(0, 8)}`;
    await prepare(grpRun);
    // The first append goes at once (nothing in flight); the scenario, made in
    // the same turn, queues behind it and leaves as one group.
    const plug = grouped.append(`${grpRun}-plug`, [newEvent()]);
    const together = await Promise.allSettled(
      SCENARIO.map((step) =>
        grouped.append(`${grpRun}-${step.stream}`, stepEvents(grpRun, step), { expectedVersion: step.expectedVersion }),
      ),
    );
    const plugged = await plug;

    expect(together.map((o) => describeOutcome(grpRun, o))).toEqual(sequential.map((o) => describeOutcome(seqRun, o)));
    // Every status is there.
    const kinds = new Set(
      together.map((o) =>
        o.status === 'fulfilled' ? (o.value.alreadyAppended ? 'already' : 'appended') : (o.reason as Error).constructor.name,
      ),
    );
    expect([...kinds].sort()).toEqual(
      ['ConcurrencyConflictError', 'EventIdConflictError', 'PartialDuplicateAppendError', 'already', 'appended'].sort(),
    );

    // One transaction for the whole group (not the plug's), positions in queue order.
    const appended = together.flatMap((o) => (o.status === 'fulfilled' && !o.value.alreadyAppended ? o.value.events : []));
    expect(new Set(appended.map((e) => e.transactionId)).size).toBe(1);
    expect(appended[0]!.transactionId).not.toBe(plugged.events[0]!.transactionId);
    const positions = appended.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));

    // What was acknowledged is what is stored.
    for (const stream of ['a', 'c', 'd', 'pre']) {
      const seq = await alone.readStream(`${seqRun}-${stream}`);
      const grp = await alone.readStream(`${grpRun}-${stream}`);
      expect(grp.map((e) => [e.streamVersion, e.type, e.data])).toEqual(seq.map((e) => [e.streamVersion, e.type, e.data]));
    }
    expect(await alone.readStream(`${grpRun}-b`)).toEqual([]);
    expect(await alone.readStream(`${grpRun}-e`)).toEqual([]);
  });

  it('a group whose every request appends is written at once, each caller getting its own versions and positions', async () => {
    const run = `fast${randomUUID().slice(0, 8)}`;
    await alone.append(`${run}-old`, [newEvent(), newEvent()]);
    const plug = grouped.append(`${run}-plug`, [newEvent()]);
    const requests = [
      { stream: `${run}-old`, events: [newEvent('X', { n: 1 })], expectedVersion: 2 },
      ...Array.from({ length: 20 }, (_, i) => ({
        stream: `${run}-${i}`,
        events: [newEvent('X', { i }), newEvent('Y', { i })],
        expectedVersion: 'no_stream' as const,
      })),
    ];
    const results = await Promise.all(requests.map((r) => grouped.append(r.stream, r.events, { expectedVersion: r.expectedVersion })));
    await plug;

    expect(results[0]!.nextExpectedVersion).toBe(3);
    expect(results[0]!.events.map((e) => e.streamVersion)).toEqual([3]);
    for (const r of results.slice(1)) {
      expect(r.nextExpectedVersion).toBe(2);
      expect(r.events.map((e) => e.streamVersion)).toEqual([1, 2]);
    }
    const all = results.flatMap((r) => r.events);
    expect(new Set(all.map((e) => e.transactionId)).size).toBe(1);
    const positions = all.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(new Set(positions).size).toBe(positions.length);
    for (const [i, r] of requests.entries()) {
      expect(await alone.readStream(r.stream, { from: results[i]!.events[0]!.streamVersion })).toEqual(results[i]!.events);
    }
    const [row] = await tdb.sql<{ version: string }[]>`SELECT version FROM streams WHERE stream_id = ${`${run}-old`}`;
    expect(row!.version).toBe('3');
  });

  it('when the group fails as a whole (an id committed meanwhile by another transaction), each request is sent alone and gets its own outcome', async () => {
    const run = `fb${randomUUID().slice(0, 8)}`;
    const contested = newEvent('Contested');
    // Another transaction appends the contested id to its own stream and stays open.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const other = tdb.db.transaction().execute(async (trx) => {
      await alone.appendInTransaction(trx, `${run}-other`, [contested]);
      await held;
    });
    await sleep(100);

    const plug = grouped.append(`${run}-plug`, [newEvent()]);
    const members = [
      grouped.append(`${run}-1`, [newEvent()], { expectedVersion: 'no_stream' }),
      grouped.append(`${run}-2`, [contested], { expectedVersion: 'no_stream' }),
      grouped.append(`${run}-3`, [newEvent(), newEvent()], { expectedVersion: 'no_stream' }),
    ];
    await plug;
    // The group waits on the contested id's index entry until the other transaction ends.
    expect(await stillPending(Promise.all(members.map((m) => m.catch(() => null))), 300)).toBe(true);
    release();
    await other;

    const [first, second, third] = await Promise.allSettled(members);
    expect(first!.status).toBe('fulfilled');
    expect(third!.status).toBe('fulfilled');
    expect(second!.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as EventIdConflictError;
    expect(error).toBeInstanceOf(EventIdConflictError);
    expect(error.conflicts).toEqual([{ eventId: contested.id, otherStreamId: `${run}-other` }]);
    // Sent alone: each in its own transaction.
    const a = (first as PromiseFulfilledResult<AppendResult>).value;
    const c = (third as PromiseFulfilledResult<AppendResult>).value;
    expect(a.events[0]!.transactionId).not.toBe(c.events[0]!.transactionId);
    expect(await alone.readStream(`${run}-1`)).toEqual(a.events);
    expect(await alone.readStream(`${run}-3`)).toEqual(c.events);
    expect(await alone.readStream(`${run}-2`)).toEqual([]);
    expect((await alone.readStream(`${run}-other`)).map((e) => e.id)).toEqual([contested.id]);
  });

  it('a caller is answered only once its group has committed', async () => {
    const run = `commit${randomUUID().slice(0, 8)}`;
    // Hold the stream row of the group's first member: the group cannot commit.
    await alone.append(`${run}-held`, [newEvent()]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locker = tdb.db.transaction().execute(async (trx) => {
      await trx.selectFrom('streams').select('version').where('stream_id', '=', `${run}-held`).forUpdate().execute();
      await held;
    });
    await sleep(50);
    const plug = grouped.append(`${run}-plug`, [newEvent()]);
    const free = grouped.append(`${run}-free`, [newEvent()]);
    const blocked = grouped.append(`${run}-held`, [newEvent()]);
    await plug;
    expect(await stillPending(free, 300)).toBe(true);
    const [{ count }] = await tdb.sql<{ count: string }[]>`SELECT count(*) FROM events WHERE stream_id = ${`${run}-free`}`;
    expect(count).toBe('0');
    release();
    await locker;
    const [f, b] = await Promise.all([free, blocked]);
    expect(f.events[0]!.transactionId).toBe(b.events[0]!.transactionId);
  });

  it('nothing is lost or duplicated under concurrency: two grouping stores, racing writers, re-sent batches', async () => {
    const run = `race${randomUUID().slice(0, 8)}`;
    const storeB = new PostgresEventStore(tdb.db, { sql: tdb.sql, groupCommit: { maxInFlight: 2, maxEvents: 7 } });
    const streams = Array.from({ length: 6 }, (_, i) => `${run}-${i}`);
    const acknowledged = new Map<string, { stream: string; position: number; version: number }>();
    const sent: NewEvent[][] = [];

    const writer = async (store: PostgresEventStore, w: number) => {
      for (let i = 0; i < 25; i++) {
        const stream = streams[(w + i) % streams.length]!;
        const batch = [newEvent('R', { w, i }), ...(i % 3 === 0 ? [newEvent('R2', { w, i })] : [])];
        sent.push(batch);
        // Optimistic writers retry on conflict with the version the conflict reports.
        let expected: AppendOptions['expectedVersion'] = i % 2 === 0 ? 'any' : 0;
        for (;;) {
          try {
            const r = await store.append(stream, batch, { expectedVersion: expected });
            for (const e of r.events) acknowledged.set(e.id, { stream, position: e.position, version: e.streamVersion });
            break;
          } catch (error) {
            if (!(error instanceof ConcurrencyConflictError)) throw error;
            expected = error.actualVersion === 0 ? 'no_stream' : error.actualVersion;
          }
        }
        // Some batches are sent again at once, through the other store: a no-op that returns the original.
        if (i % 5 === 0) {
          const again = await (store === grouped ? storeB : grouped).append(stream, batch, { expectedVersion: 'no_stream' });
          expect(again.alreadyAppended).toBe(true);
          for (const e of again.events) expect(acknowledged.get(e.id)).toEqual({ stream, position: e.position, version: e.streamVersion });
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: 8 }, (_, w) => writer(grouped, w)),
      ...Array.from({ length: 8 }, (_, w) => writer(storeB, w + 8)),
    ]);

    const stored = (await Promise.all(streams.map((s) => alone.readStream(s)))).flat();
    const sentIds = sent.flat().map((e) => e.id);
    expect(stored.length).toBe(sentIds.length);
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(sentIds));
    for (const e of stored) expect(acknowledged.get(e.id)).toEqual({ stream: e.streamId, position: e.position, version: e.streamVersion });
    for (const s of streams) {
      const versions = stored.filter((e) => e.streamId === s).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, k) => k + 1));
    }
    // The global order reads back every acknowledged event once.
    const first = Math.min(...stored.map((e) => e.position));
    const seen = await eventually(
      async () => {
        const ids: string[] = [];
        let after = first - 1;
        for (;;) {
          const page = await alone.readAll({ after, limit: 1000 });
          if (page.events.length === 0) break;
          ids.push(...page.events.filter((e) => e.streamId.startsWith(run)).map((e) => e.id));
          after = page.lastPosition;
        }
        return ids;
      },
      (ids) => ids.length >= sentIds.length,
    );
    expect(seen.length).toBe(sentIds.length);
    expect(new Set(seen)).toEqual(new Set(sentIds));
  });
});
