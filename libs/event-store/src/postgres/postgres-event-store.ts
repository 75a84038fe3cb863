import { ExponentialBackoff, handleWhen, noJitterGenerator, retry } from 'cockatiel';
import type postgres from 'postgres';
import {
  ConcurrencyConflictError,
  EventIdConflictError,
  InvalidEventStoreInputError,
  PartialDuplicateAppendError,
  toTransactionRetryError,
} from '../event-store.errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.types.js';
import {
  assertStreamId,
  serialiseEventParameters,
  toEventParameters,
  toExpectedVersionParameter,
  type EventParameter,
  toReadAllRange,
  toStreamIds,
  toStreamRange,
} from '../event-store.validation.js';
import { AppendGroups, type AppendGroupsOptions, type GroupMember } from './append-groups.js';
import {
  type AppendSqlRow,
  appendEventsSql,
  appendGroupSql,
  EVENTS_CHANNEL,
  type EventStoreExecutor,
  committedPositionSql,
  hasEventsAfterSql,
  headPositionSql,
  notifySql,
  notifyWithPostgres,
  readAllSql,
  readAllValuesSql,
  readStreamSql,
  readStreamsSql,
} from './event-store.sql.js';
import { CommitNotifier } from './commit-notifier.js';
import { toRecordedEvent, toSafeNumber, valuesToRecordedEvent } from './row-mapping.js';
import { isTransientConnectionError } from './transient-error.js';
import { WakeUp } from './wake-up.js';

export interface PostgresEventStoreOptions {
  /**
   * The Postgres.js client under `db` (libs/database's `connect()` returns
   * both). Needed for LISTEN; without it subscribe() only polls. readAll()
   * (and so subscribe()) reads its pages through it, rows as arrays (see
   * readAllValuesSql): the same statement, less work per row than through `db`.
   */
  sql?: postgres.Sql;
  /** NOTIFY `sitrep_events` in each append's transaction (default true). */
  notify?: boolean;
  /** LISTEN for those wake-ups in subscribe() (default true; needs `sql`). */
  listen?: boolean;
  /** How often subscribe() reads when no wake-up arrives, in ms (default 1 000). */
  pollIntervalMs?: number;
  /**
   * Group commit for append() (default on): appends made while another is on
   * its way to the database are sent together, one transaction and one
   * commit, each caller still getting exactly its own result or error (see
   * AppendGroups). `false` sends every append alone; an object sets the caps.
   * appendInTransaction() is never grouped.
   */
  groupCommit?: boolean | AppendGroupsOptions;
}

/** One validated append, ready to go alone or in a group. */
interface PreparedAppend extends GroupMember<AppendSqlRow[]> {
  readonly streamId: string;
  readonly expectedVersion: AppendOptions['expectedVersion'];
  readonly expectedKind: string;
  readonly expectedVersionParameter: number | null;
  readonly params: EventParameter[];
  readonly eventsJson: string;
}

const DEFAULT_POLL_INTERVAL_MS = 1_000;
const DEFAULT_SUBSCRIBE_BATCH = 500;
const HELD_BACK_FIRST_WAIT_MS = 10;
/** 100 ms doubling to 5 s: about half a minute without a database before subscribe() gives up. */
const MAX_TRANSIENT_RETRIES = 10;

/**
 * A live subscription (an SSE client, a projection) outlives a dropped connection
 * or a server restart: its reads are retried with backoff (100 ms doubling to 5 s);
 * anything else, or a database gone for longer than the retries, reaches the consumer.
 */
const subscriptionReads = retry(handleWhen(isTransientConnectionError), {
  maxAttempts: MAX_TRANSIENT_RETRIES,
  backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 5_000, generator: noJitterGenerator }),
});

/**
 * The event store on PostgreSQL (schema: migrations/20261123000100_event_store.ts,
 * SQL and the ordering proof: ./event-store.sql.ts).
 *
 * ```ts
 * const { db, sql } = connect(url);
 * const store = new PostgresEventStore(db, { sql });
 * await verifyEventStore(db); // once, after migrations
 * const { nextExpectedVersion } = await store.append('report-3f2a', [
 *   { id: randomUUID(), type: 'ReportSubmitted', data: { … }, metadata: { correlationId } },
 * ], { expectedVersion: 'no_stream' });
 * ```
 */
export class PostgresEventStore implements EventStore {
  private readonly sql: postgres.Sql | undefined;
  private readonly notify: boolean;
  private readonly listen: boolean;
  private readonly pollIntervalMs: number;
  private readonly notifier: CommitNotifier;
  private readonly groups: AppendGroups<AppendSqlRow[], PreparedAppend> | null;

  constructor(
    private readonly db: EventStoreExecutor,
    options: PostgresEventStoreOptions = {},
  ) {
    this.sql = options.sql;
    this.notify = options.notify ?? true;
    this.listen = (options.listen ?? true) && options.sql !== undefined;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    // Through Postgres.js when we have it: a Kysely query reserves a pool connection, and a
    // reservation made while the pool is ending (an append right before shutdown) never returns.
    this.notifier = new CommitNotifier((position) => (this.sql ? notifyWithPostgres(this.sql, position) : notifySql(this.db, position)));
    if (!Number.isFinite(this.pollIntervalMs) || this.pollIntervalMs < 1) {
      throw new RangeError(`pollIntervalMs must be a positive number of milliseconds, got ${options.pollIntervalMs}`);
    }
    const group = options.groupCommit ?? true;
    this.groups =
      group === false
        ? null
        : new AppendGroups<AppendSqlRow[], PreparedAppend>(
            (members) =>
              appendGroupSql(
                this.db,
                members.map((m) => ({
                  streamId: m.streamId,
                  expectedKind: m.expectedKind,
                  expectedVersion: m.expectedVersionParameter,
                  eventsJson: m.eventsJson,
                })),
              ),
            {
              // A lost or refused connection, or our own pool closing: splitting would only repeat it member by member.
              splitAfter: (error) =>
                !isTransientConnectionError(error) && (error as { code?: unknown } | null)?.code !== 'CONNECTION_ENDED',
              ...(group === true ? {} : group),
            },
          );
  }

  /**
   * Appends atomically, in one round trip, in its own transaction (shared
   * with the appends made meanwhile when group commit is on: one commit for
   * all, each still atomic and answered as if alone).
   *
   * - `expectedVersion` (default `'any'`) is checked under the stream's row
   *   lock; a mismatch throws {@link ConcurrencyConflictError} with both versions.
   * - Sending a batch whose ids are all stored in this stream already is a
   *   no-op returning the original result with `alreadyAppended: true`, even
   *   when the expected version has moved on since, even concurrently.
   * - Some ids stored and some not: {@link PartialDuplicateAppendError};
   *   an id stored in another stream: {@link EventIdConflictError}.
   *
   * ```ts
   * await store.append('report-3f2a', [{ id, type: 'ReportSubmitted', data }], { expectedVersion: 'no_stream' });
   * // SELECT * FROM sitrep_append_events('report-3f2a', 'no_stream', NULL, '[…]', true)
   * ```
   */
  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    // Our own transaction has committed when this returns: wake subscribers from outside it
    // (a NOTIFY inside would serialise concurrent commits; see CommitNotifier).
    const prepared = this.prepare(this.db, streamId, events, options, false);
    const rows = this.groups ? await this.groups.submit(prepared) : await prepared.alone();
    const result = interpretAppend(prepared, rows);
    if (this.notify && !result.alreadyAppended) this.notifier.announce(result.lastPosition);
    return result;
  }

  /**
   * The same append inside the caller's transaction: it commits or rolls back
   * with the caller's other writes (projection rows, an outbox, a second stream).
   * The NOTIFY is delivered at commit. Expected outcomes (conflict, duplicates)
   * are thrown as typed errors without aborting `trx`.
   *
   * ```ts
   * await db.transaction().execute(async (trx) => {
   *   await store.appendInTransaction(trx, 'report-3f2a', events, { expectedVersion: 2 });
   *   await trx.insertInto('outbox').values(…).execute();
   * });
   * ```
   *
   * Keep such transactions short: until one ends, readers cannot pass any
   * event appended after it began (see the ordering note in event-store.sql.ts).
   */
  async appendInTransaction(
    trx: EventStoreExecutor,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const prepared = this.prepare(trx, streamId, events, options, this.notify);
    return interpretAppend(prepared, await prepared.alone());
  }

  /** Validates and serialises once; `alone()` is the one-append call on `executor`. */
  private prepare(
    executor: EventStoreExecutor,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
    notifyInTransaction: boolean,
  ): PreparedAppend {
    assertStreamId(streamId);
    const expected = toExpectedVersionParameter(options.expectedVersion, streamId);
    const params = toEventParameters(streamId, events);
    const eventsJson = serialiseEventParameters(streamId, params);
    return {
      streamId,
      expectedVersion: options.expectedVersion,
      expectedKind: expected.kind,
      expectedVersionParameter: expected.version,
      params,
      eventsJson,
      events: params.length,
      bytes: eventsJson.length,
      async alone() {
        try {
          return await appendEventsSql(executor, {
            streamId,
            expectedKind: expected.kind,
            expectedVersion: expected.version,
            eventsJson,
            notify: notifyInTransaction,
          });
        } catch (error) {
          // Only reachable when the same id is being appended to another stream right now.
          if (isUniqueViolation(error, 'events_event_id_key')) {
            throw new EventIdConflictError(
              streamId,
              params.map((p) => ({ eventId: p.id, otherStreamId: '' })),
            );
          }
          throw toTransactionRetryError(streamId, error) ?? error;
        }
      },
    };
  }

  /**
   * A stream's events in version order, `from`..`to` inclusive; [] for a stream that does not exist.
   *
   * ```ts
   * const history = await store.readStream('report-3f2a'); // versions 1..n
   * const tail = await store.readStream('report-3f2a', { from: 5 });
   * ```
   */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const { from, to } = toStreamRange(streamId, options);
    if (to !== null && to < from) return [];
    const rows = await readStreamSql(this.db, streamId, from, to);
    return rows.map(toRecordedEvent);
  }

  /**
   * Whole streams, several in one round trip: what a caller deciding on many streams at once
   * (a re-extraction of the archive) reads instead of one readStream each.
   *
   * ```ts
   * const streams = await store.readStreams(['report-3f2a', 'report-9c01']);
   * streams.get('report-3f2a'); // versions 1..n; [] when the stream does not exist
   * ```
   */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const ids = toStreamIds(streamIds);
    const streams = new Map<string, RecordedEvent[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return streams;
    for (const row of await readStreamsSql(this.db, ids)) streams.get(row.stream_id)!.push(toRecordedEvent(row));
    return streams;
  }

  /**
   * One page of the global history after `after`, in position order, never
   * passing an event that an open transaction may still commit below it.
   * `lastPosition` is the checkpoint to pass as `after` next time.
   *
   * ```ts
   * let after = 0;
   * for (;;) {
   *   const { events, lastPosition } = await store.readAll({ after, limit: 500 });
   *   if (events.length === 0) break;
   *   apply(events);
   *   after = lastPosition;
   * }
   * ```
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const { after, limit, omitDataFields } = toReadAllRange(options);
    const events = this.sql
      ? (await readAllValuesSql(this.sql, this.db, after, limit, omitDataFields)).map(valuesToRecordedEvent)
      : (await readAllSql(this.db, after, limit, omitDataFields)).map(toRecordedEvent);
    return { events, lastPosition: events.length > 0 ? events[events.length - 1]!.position : after };
  }

  /** The highest position readAll can return right now; 0 for an empty store. */
  async headPosition(): Promise<number> {
    return toSafeNumber(await headPositionSql(this.db), 'head position');
  }

  /** The highest committed position, readable now or once older open transactions end; 0 for an empty store. */
  async committedPosition(): Promise<number> {
    return toSafeNumber(await committedPositionSql(this.db), 'committed position');
  }

  /**
   * Catch-up, then live: yields batches in position order, each starting
   * right after the previous one, until `signal` aborts (the loop then ends
   * without an error) or the consumer breaks out. Woken by NOTIFY after each
   * append's commit; polls every `pollIntervalMs` regardless (a lost
   * connection, a writer with `notify: false`), and sooner, backing off from
   * 10 ms, while committed events wait behind an open transaction. A dropped
   * connection or a server restart is retried (about 30 s) before the error
   * reaches the consumer.
   *
   * ```ts
   * const stop = new AbortController();
   * for await (const batch of store.subscribe({ after: checkpoint, signal: stop.signal })) {
   *   await project(batch);
   *   checkpoint = batch[batch.length - 1].position;
   * }
   * ```
   */
  async *subscribe(options: SubscribeOptions = {}): AsyncGenerator<RecordedEvent[], void, undefined> {
    const { signal } = options;
    const batchSize = options.batchSize ?? DEFAULT_SUBSCRIBE_BATCH;
    const pollIntervalMs = options.pollIntervalMs ?? this.pollIntervalMs;
    if (!Number.isFinite(pollIntervalMs) || pollIntervalMs < 1) {
      throw new InvalidEventStoreInputError('INVALID_READ_OPTIONS', 'subscribe: pollIntervalMs must be a positive number of milliseconds', {
        field: 'pollIntervalMs',
        value: options.pollIntervalMs,
      });
    }
    let after = toReadAllRange({ after: options.after ?? 0, limit: batchSize }).after;

    const wakeUp = new WakeUp();
    // LISTEN before the first read, so no commit falls between the two.
    // onlisten also fires after Postgres.js re-listens on a new connection,
    // when notifications may have been lost: read again then.
    let listener: { unlisten(): Promise<void> } | null = null;
    if (this.listen && this.sql && !signal?.aborted) {
      listener = await this.sql
        .listen(
          EVENTS_CHANNEL,
          () => wakeUp.fire(),
          () => wakeUp.fire(),
        )
        .catch(() => null); // polling alone still delivers everything, only later
    }
    // Committed events held behind the fence by an open transaction announce
    // themselves by NOTIFY only once: look again soon, backing off to the poll.
    let heldBackWait = HELD_BACK_FIRST_WAIT_MS;
    try {
      while (!signal?.aborted) {
        wakeUp.clear();
        const read = await this.subscriptionRead(after, batchSize, signal);
        if (!read) break; // aborted while backing off
        const { page, heldBack } = read;
        if (page.events.length > 0) {
          after = page.lastPosition;
          heldBackWait = HELD_BACK_FIRST_WAIT_MS;
          yield page.events;
          continue;
        }
        if (heldBack) {
          await wakeUp.wait(Math.min(heldBackWait, pollIntervalMs), signal);
          heldBackWait = Math.min(heldBackWait * 2, pollIntervalMs);
          continue;
        }
        heldBackWait = HELD_BACK_FIRST_WAIT_MS;
        await wakeUp.wait(pollIntervalMs, signal);
      }
    } finally {
      await listener?.unlisten().catch(() => undefined);
    }
  }

  /** One page after `after` (and, when it is empty, whether committed events are held back), or null once `signal` aborts. */
  private async subscriptionRead(
    after: number,
    limit: number,
    signal: AbortSignal | undefined,
  ): Promise<{ page: ReadAllResult; heldBack: boolean } | null> {
    const reading = subscriptionReads.execute(async () => {
      if (signal?.aborted) return null;
      const page = await this.readAll({ after, limit });
      return { page, heldBack: page.events.length === 0 && (await hasEventsAfterSql(this.db, after)) };
    });
    // cockatiel's backoff cannot be cut short: an abort answers at once, the retry ends by itself.
    reading.catch(() => undefined);
    const abort = abortOf(signal);
    try {
      return await Promise.race([reading, abort.aborted]);
    } finally {
      abort.stop();
    }
  }
}

/** Whether the signal has aborted, and a way to stop listening for it. */
function abortOf(signal: AbortSignal | undefined): { aborted: Promise<null>; stop: () => void } {
  if (!signal) return { aborted: new Promise<null>(() => undefined), stop: () => undefined };
  let stop = () => undefined as void;
  const aborted = new Promise<null>((resolve) => {
    if (signal.aborted) return resolve(null);
    const onAbort = () => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  return { aborted, stop };
}

/** The result or typed error the rows of one append stand for (alone or in a group). */
function interpretAppend(prepared: PreparedAppend, rows: AppendSqlRow[]): AppendResult {
  const { streamId, params, eventsJson } = prepared;
  const options = { expectedVersion: prepared.expectedVersion };
  const status = rows[0]?.status;
  switch (status) {
    case 'appended':
      // Data as it was stored (and will read back): JSON, not the caller's objects.
      return appendedResult(rows, JSON.parse(eventsJson) as typeof params);
    case 'already_appended': {
      const recorded = rows.map((row) => toRecordedEvent(row as Parameters<typeof toRecordedEvent>[0]));
      recorded.sort((a, b) => a.streamVersion - b.streamVersion);
      const last = recorded[recorded.length - 1]!;
      return {
        nextExpectedVersion: last.streamVersion,
        lastPosition: Math.max(...recorded.map((e) => e.position)),
        alreadyAppended: true,
        events: recorded,
      };
    }
    case 'conflict':
      throw new ConcurrencyConflictError(
        streamId,
        options.expectedVersion ?? 'any',
        toSafeNumber(rows[0]!.actual_version, 'actual version'),
      );
    case 'partial_duplicate': {
      const stored = new Set(rows.map((r) => r.event_id!));
      throw new PartialDuplicateAppendError(
        streamId,
        [...stored],
        params.map((p) => p.id).filter((id) => !stored.has(id)),
      );
    }
    case 'event_id_conflict':
      throw new EventIdConflictError(
        streamId,
        rows.map((r) => ({ eventId: r.event_id!, otherStreamId: r.stream_id })),
      );
    default:
      throw new Error(`sitrep_append_events returned an unexpected status ${String(status)} for stream ${streamId}`);
  }
}

function appendedResult(rows: AppendSqlRow[], params: ReturnType<typeof toEventParameters>): AppendResult {
  const byId = new Map(rows.map((row) => [row.event_id!, row]));
  const events: RecordedEvent[] = params.map((p) => {
    const row = byId.get(p.id);
    if (!row) throw new Error(`sitrep_append_events did not return event ${p.id}`);
    return toRecordedEvent({ ...(row as Parameters<typeof toRecordedEvent>[0]), data: p.data, metadata: p.metadata });
  });
  return {
    nextExpectedVersion: toSafeNumber(rows[0]!.actual_version, 'stream version'),
    lastPosition: events[events.length - 1]!.position,
    alreadyAppended: false,
    events,
  };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint_name?: string; constraint?: string } | null;
  return e?.code === '23505' && (e.constraint_name ?? e.constraint) === constraint;
}
