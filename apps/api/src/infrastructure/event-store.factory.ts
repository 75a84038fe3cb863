import type { DatabaseHandle } from '@sitrep/database';
import { PostgresEventStore, verifyEventStore, type EventStore } from '@sitrep/event-store';
import { validatingEventStore } from './validating-event-store.js';

/** The one place that builds the PostgreSQL event store from the database handle (LISTEN through its Postgres.js client). */
export function createEventStore(handle: Pick<DatabaseHandle, 'db' | 'sql'>): EventStore {
  // Every append is checked against the event schemas first: an event that does not validate is never stored.
  return validatingEventStore(new PostgresEventStore(handle.db, { sql: handle.sql }));
}

/** Start-up check after migrations: PostgreSQL >= 14 and transaction ids not behind stored history (TRANSACTION_ID_AHEAD). */
export async function verifyStore(handle: Pick<DatabaseHandle, 'db'>): Promise<void> {
  await verifyEventStore(handle.db);
}
