import type { EventMetadata, RecordedEvent } from '../event-store.types.js';

/**
 * The one place int8 becomes a JS number. Postgres.js returns int8 as a string
 * by default (a client configured with `types: { bigint: postgres.BigInt }`
 * gives bigint): all three are accepted, and a value beyond 2^53 fails loudly
 * instead of silently losing precision.
 */
export function toSafeNumber(value: string | number | bigint, what: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} ${String(value)} is not a safe integer (event store positions and versions stay below 2^53)`);
  }
  return n;
}

/** Columns of an event row as the store's SQL selects them. */
export interface EventSqlRow {
  position: string | number | bigint;
  stream_id: string;
  stream_version: string | number | bigint;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata | null;
  occurred_at: Date | string;
  recorded_at: Date | string;
  transaction_id: string | number | bigint;
}

const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export function toRecordedEvent(row: EventSqlRow): RecordedEvent {
  return {
    position: toSafeNumber(row.position, 'position'),
    streamId: row.stream_id,
    streamVersion: toSafeNumber(row.stream_version, 'stream version'),
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata ?? {},
    occurredAt: toDate(row.occurred_at),
    recordedAt: toDate(row.recorded_at),
    transactionId: String(row.transaction_id),
  };
}

/** The columns of EventSqlRow as one array, in that order (readAllValuesSql). */
export type EventSqlValues = [
  position: EventSqlRow['position'],
  stream_id: string,
  stream_version: EventSqlRow['stream_version'],
  event_id: string,
  type: string,
  schema_version: number,
  data: unknown,
  metadata: EventMetadata | null,
  occurred_at: Date | string,
  recorded_at: Date | string,
  transaction_id: EventSqlRow['transaction_id'],
];

/** toRecordedEvent for a row read as values. */
export function valuesToRecordedEvent(row: EventSqlValues): RecordedEvent {
  return {
    position: toSafeNumber(row[0], 'position'),
    streamId: row[1],
    streamVersion: toSafeNumber(row[2], 'stream version'),
    id: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: row[6],
    metadata: row[7] ?? {},
    occurredAt: toDate(row[8]),
    recordedAt: toDate(row[9]),
    transactionId: String(row[10]),
  };
}
