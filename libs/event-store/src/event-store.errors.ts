import type { ExpectedVersion } from './event-store.types.js';

/**
 * Stable codes: callers (and the HTTP problem+json mapping) switch on `code`,
 * never on a class name or a message.
 */
export type EventStoreErrorCode =
  | 'CONCURRENCY_CONFLICT'
  | 'PARTIAL_DUPLICATE_APPEND'
  | 'EVENT_ID_CONFLICT'
  | 'INVALID_STREAM_ID'
  | 'EMPTY_APPEND'
  | 'APPEND_TOO_LARGE'
  | 'INVALID_EVENT'
  | 'DUPLICATE_EVENT_ID_IN_BATCH'
  | 'INVALID_EXPECTED_VERSION'
  | 'INVALID_READ_OPTIONS'
  | 'TRANSACTION_RETRY'
  | 'TRANSACTION_ID_AHEAD'
  | 'HISTORY_NOT_VISIBLE'
  | 'UNSUPPORTED_POSTGRES';

/** Base of every error the event store throws on purpose. */
export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;
  /** Whether the same call may succeed if retried (after re-reading the stream, for a conflict). */
  readonly retryable: boolean = false;
}

/**
 * The stream's version was not what the caller expected: someone else appended
 * first. Re-read the stream, decide again, append again.
 *
 * ```ts
 * try { await store.append(id, events, { expectedVersion: 3 }); }
 * catch (e) { if (e instanceof ConcurrencyConflictError) console.log(e.expectedVersion, e.actualVersion); }
 * ```
 */
export class ConcurrencyConflictError extends EventStoreError {
  readonly code = 'CONCURRENCY_CONFLICT';
  override readonly retryable = true;
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    /** The stream's current version; 0 when it does not exist. */
    readonly actualVersion: number,
  ) {
    super(
      `stream ${streamId}: expected version ${String(expectedVersion)}, but it is at ${
        actualVersion === 0 ? '0 (no stream)' : actualVersion
      }`,
    );
    this.name = 'ConcurrencyConflictError';
  }
}

/** Some ids of the batch are already stored in this stream and some are not: the batch is neither new nor a replay. */
export class PartialDuplicateAppendError extends EventStoreError {
  readonly code = 'PARTIAL_DUPLICATE_APPEND';
  constructor(
    readonly streamId: string,
    readonly storedEventIds: readonly string[],
    readonly newEventIds: readonly string[],
  ) {
    super(
      `stream ${streamId}: ${storedEventIds.length} event id(s) of this batch are already stored (${storedEventIds
        .slice(0, 3)
        .join(', ')}${storedEventIds.length > 3 ? ', …' : ''}) and ${newEventIds.length} are not; ` +
        'resend the original batch unchanged, or new ids only',
    );
    this.name = 'PartialDuplicateAppendError';
  }
}

/** An event id of the batch is already stored in another stream. Event ids are global. */
export class EventIdConflictError extends EventStoreError {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    /** Ids and the streams that hold them; empty `otherStreamId` when the clash was a concurrent insert. */
    readonly conflicts: readonly { eventId: string; otherStreamId: string }[],
  ) {
    super(
      `stream ${streamId}: event id(s) already used in another stream: ${conflicts
        .slice(0, 3)
        .map((c) => (c.otherStreamId ? `${c.eventId} in ${c.otherStreamId}` : c.eventId))
        .join(', ')}${conflicts.length > 3 ? ', …' : ''}`,
    );
    this.name = 'EventIdConflictError';
  }
}

/**
 * PostgreSQL ended the append's transaction to break a lock cycle (40P01), or
 * a lock wait ran past the caller's `lock_timeout` (55P03), or a serializable
 * transaction lost (40001). Appends never wait for one another except on the
 * same stream's row, so this only happens to transactions that append to (or
 * lock) the same streams in different orders. The transaction is aborted:
 * roll it back and run it again (for `append()`, call it again).
 */
export class TransactionRetryError extends EventStoreError {
  readonly code = 'TRANSACTION_RETRY';
  override readonly retryable = true;
  constructor(
    readonly streamId: string,
    readonly reason: 'deadlock' | 'lock_timeout' | 'serialization_failure',
    readonly sqlState: string,
    options?: { cause?: unknown },
  ) {
    super(
      `stream ${streamId}: the append's transaction was aborted (${reason.replace('_', ' ')}, SQLSTATE ${sqlState}); roll back and retry`,
      options,
    );
    this.name = 'TransactionRetryError';
  }
}

const RETRY_REASONS: Record<string, TransactionRetryError['reason']> = {
  '40P01': 'deadlock',
  '55P03': 'lock_timeout',
  '40001': 'serialization_failure',
};

/** The typed error for a PostgreSQL error that a retry of the whole transaction may cure; null otherwise. */
export function toTransactionRetryError(streamId: string, error: unknown): TransactionRetryError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? RETRY_REASONS[code] : undefined;
  return reason ? new TransactionRetryError(streamId, reason, code as string, { cause: error }) : null;
}

export type InvalidInputCode = Extract<
  EventStoreErrorCode,
  | 'INVALID_STREAM_ID'
  | 'EMPTY_APPEND'
  | 'APPEND_TOO_LARGE'
  | 'INVALID_EVENT'
  | 'DUPLICATE_EVENT_ID_IN_BATCH'
  | 'INVALID_EXPECTED_VERSION'
  | 'INVALID_READ_OPTIONS'
>;

/** A caller's mistake, caught before any SQL runs. `details` says which value and where. */
export class InvalidEventStoreInputError extends EventStoreError {
  constructor(
    readonly code: InvalidInputCode,
    message: string,
    readonly details: { streamId?: string; index?: number; eventId?: string; field?: string; value?: unknown } = {},
  ) {
    super(message);
    this.name = 'InvalidEventStoreInputError';
  }
}

/**
 * Stored events carry transaction ids at or beyond the server's next one: the
 * database was restored into another cluster (pg_dump/pg_restore, a copy of
 * the data to a new server). New appends would get lower ids than history,
 * and the gap-safe read would hold every reader back behind the old ids.
 */
export class TransactionIdAheadError extends EventStoreError {
  readonly code = 'TRANSACTION_ID_AHEAD';
  constructor(
    readonly highestStoredTransactionId: string,
    readonly serverNextTransactionId: string,
  ) {
    super(
      `event store refuses to start: stored events carry transaction ids up to ${highestStoredTransactionId}, ` +
        `but this PostgreSQL server's next transaction id is ${serverNextTransactionId}. ` +
        'The database was most likely restored into a different cluster (pg_restore, a copied data set). ' +
        'Readers would stall behind the old ids and appends would be ordered wrongly. ' +
        'Fix: stop every writer, then run `rebaseTransactionIds(db)` from libs/event-store once ' +
        '(it resets the stored ids of the already-committed history; positions and order do not change), ' +
        'and start again.',
    );
    this.name = 'TransactionIdAheadError';
  }
}

export class UnsupportedPostgresError extends EventStoreError {
  readonly code = 'UNSUPPORTED_POSTGRES';
  constructor(readonly serverVersionNum: number) {
    super(`event store needs PostgreSQL 14 or newer (xid8 and pg_current_snapshot()); this server reports ${serverVersionNum}`);
    this.name = 'UnsupportedPostgresError';
  }
}

/**
 * A snapshot read (a replay, an export, `reextract --all`) found committed events it could not
 * read within its wait: the gap-safe read holds every reader behind a transaction older than
 * them that is still open (on this database or another of the same server). Stopping short
 * would silently leave those events out.
 */
export class HistoryNotVisibleError extends EventStoreError {
  readonly code = 'HISTORY_NOT_VISIBLE';
  constructor(
    readonly readUpTo: number,
    readonly committedUpTo: number,
    readonly waitedMs: number,
  ) {
    super(
      `events up to position ${committedUpTo} are committed but only those up to ${readUpTo} could be read ` +
        `after waiting ${Math.round(waitedMs / 1000)} s: a transaction older than them is still open on the server ` +
        '(see pg_stat_activity where backend_xid or backend_xmin is set). End it, then run the command again; ' +
        'a resumable command goes on from its checkpoint.',
    );
    this.name = 'HistoryNotVisibleError';
  }
}
