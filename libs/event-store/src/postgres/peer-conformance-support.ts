/**
 * Helpers of the peer-conformance suites (peer-conformance-*.int-spec.ts):
 * cases ported from Emmett's and Marten's own PostgreSQL event-store tests,
 * written anew against Sitrep's store. No vitest import, so the build
 * compiles it like any other file.
 */
import postgres from 'postgres';
import type { EventStore, ReadAllResult, RecordedEvent, SubscribeOptions } from '../event-store.types.js';
import type { PostgresEventStore } from './postgres-event-store.js';
import { sleep } from './test-support.js';
import { isTransientConnectionError } from './transient-error.js';

/** Every event after `after` that readAll returns now, page by page, as a checkpointing reader would. */
export async function readEverything(store: EventStore, after: number, limit = 100): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page: ReadAllResult = await store.readAll({ after, limit });
    if (page.events.length === 0) return all;
    all.push(...page.events);
    after = page.lastPosition;
  }
}

/** `promise`'s outcome, or 'pending' if it has not settled within `ms`. */
export async function settleWithin<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'pending' }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ status: 'pending' }>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'pending' }), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ status: 'fulfilled' as const, value }),
        (reason: unknown) => ({ status: 'rejected' as const, reason }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a subscription in the background as a projection would, keeping its checkpoint. */
export function consume(store: PostgresEventStore, options: SubscribeOptions = {}) {
  const stop = new AbortController();
  const received: RecordedEvent[] = [];
  let failure: unknown = null;
  const done = (async () => {
    for await (const batch of store.subscribe({ ...options, signal: stop.signal })) received.push(...batch);
  })().catch((error: unknown) => {
    failure = error;
  });
  return {
    received,
    failure: () => failure,
    stop: async () => {
      stop.abort();
      await done;
    },
  };
}

/**
 * A separate connection (its own pool of one, outside the store's) that ends
 * the store's sessions the way an operator or a failover does.
 */
export function killer(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  return {
    sql,
    /** pg_terminate_backend for every other session on this database; how many it ended. */
    async terminateOthers(): Promise<number> {
      const rows = await sql<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`;
      for (const { pid } of rows) await sql`SELECT pg_terminate_backend(${pid})`;
      return rows.length;
    },
    /** Waits until a session of this database runs a statement containing `fragment` and waits on a lock; ends it. */
    async terminateWaiting(fragment: string, timeoutMs = 10_000): Promise<number> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const rows = await sql<{ pid: number }[]>`
          SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND wait_event_type = 'Lock' AND position(${fragment} IN query) > 0`;
        if (rows[0]) {
          await sql`SELECT pg_terminate_backend(${rows[0].pid})`;
          return rows[0].pid;
        }
        if (Date.now() > deadline) throw new Error(`no session waiting on a lock in a statement with ${fragment}`);
        await sleep(20);
      }
    },
    end: () => sql.end({ timeout: 5 }),
  };
}

/** Retries an append that failed because its connection was ended (what a caller who got no answer does). */
export async function retryOnDrop<T>(call: () => Promise<T>, attempts = 20): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch (error) {
      // A session ended under a write shows as any of the connection codes, EPIPE among them (seen in CI).
      if (!isTransientConnectionError(error) || i >= attempts) throw error;
      await sleep(50);
    }
  }
}
