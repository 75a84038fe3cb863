import type { DatabaseHandle } from '../../../../libs/database/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.types.js';

// TEMPORARY until libs/event-store/src/index.ts lands: resolved lazily so the app starts without it.
const EVENT_STORE_MODULE = '../../../../libs/event-store/src/index.js';

/** The one place that builds the PostgreSQL event store from the database handle. */
export function createEventStore(handle: DatabaseHandle): EventStore {
  let store: Promise<EventStore> | null = null;
  const resolve = () =>
    (store ??= import(EVENT_STORE_MODULE).then(
      (m: { PostgresEventStore: new (db: DatabaseHandle['db']) => EventStore }) => new m.PostgresEventStore(handle.db),
    ));
  return {
    append: async (...args) => (await resolve()).append(...args),
    readStream: async (...args) => (await resolve()).readStream(...args),
    readAll: async (...args) => (await resolve()).readAll(...args),
    headPosition: async () => (await resolve()).headPosition(),
    subscribe: (...args) => ({
      async *[Symbol.asyncIterator]() {
        yield* (await resolve()).subscribe(...args);
      },
    }),
  };
}
