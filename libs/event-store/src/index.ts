export * from './event-store.types.js';
export {
  ConcurrencyConflictError,
  EventIdConflictError,
  EventStoreError,
  HistoryNotVisibleError,
  InvalidEventStoreInputError,
  PartialDuplicateAppendError,
  TransactionIdAheadError,
  TransactionRetryError,
  UnsupportedPostgresError,
  type EventStoreErrorCode,
  type InvalidInputCode,
} from './event-store.errors.js';
export { MAX_EVENTS_PER_APPEND, MAX_READ_ALL_LIMIT, MAX_STREAM_ID_LENGTH, MAX_STREAMS_PER_READ } from './event-store.validation.js';
export { EVENTS_CHANNEL, type EventStoreExecutor } from './postgres/event-store.sql.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { rebaseTransactionIds, verifyEventStore } from './postgres/verify-event-store.js';
export type { EventRow, EventStoreTables, EventsTable, StreamRow, StreamsTable } from './schema/index.js';
