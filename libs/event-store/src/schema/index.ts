import type { EventsTable } from './events.table.js';
import type { StreamsTable } from './streams.table.js';

export type { EventRow, EventsTable, NewEventRow } from './events.table.js';
export type { Int8, NewStreamRow, StreamRow, StreamsTable } from './streams.table.js';

/** The event store's tables, composed into the application's `Database` (libs/database). */
export interface EventStoreTables {
  streams: StreamsTable;
  events: EventsTable;
}
