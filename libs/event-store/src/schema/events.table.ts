import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Int8 } from './streams.table.js';

/**
 * The append-only history. Rows are written only by sitrep_append_events and
 * never updated or deleted (a trigger refuses it).
 */
export interface EventsTable {
  /** Global position, allocated by the append function in transaction order; strictly increasing in read order. */
  position: Int8;
  /** xid8 of the writing transaction, as a decimal string: the reader's safety fence, not an order. */
  transaction_id: ColumnType<string, string | undefined, never>;
  stream_id: string;
  /** 1 for a stream's first event. */
  stream_version: Int8;
  event_id: string;
  type: string;
  schema_version: Generated<number>;
  data: unknown;
  metadata: Generated<Record<string, unknown>>;
  occurred_at: Date;
  recorded_at: Generated<Date>;
}

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
