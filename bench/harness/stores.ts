import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import type { Kysely } from 'kysely';
import type { EventStore, NewEvent } from '@sitrep/event-store';
import { log } from './measure.js';

/**
 * The three things the append benchmark writes through, behind one shape:
 * Sitrep's store, Emmett's PostgreSQL store, and a bare multi-row INSERT.
 */
export interface AppendTarget {
  readonly name: string;
  /**
   * Appends `events` if the stream is at `expected` (0: the stream must not
   * exist); `null` expected skips the check. Returns the new version, or a
   * conflict when another writer moved the stream first.
   */
  append(
    streamId: string,
    events: readonly NewEvent[],
    expected: number | null,
  ): Promise<{ version: number } | { conflict: true; actual?: number }>;
  /** The stream's version now (after a conflict), reading only the events past `known`. */
  currentVersion(streamId: string, known: number): Promise<number>;
  close(): Promise<void>;
}

// libs/event-store lands while the benchmarks are written; loaded at run time so the rest runs without it.
const EVENT_STORE_MODULE = '../../libs/event-store/src/index.js';

/** Built as the API builds it (apps/api event-store.factory: `new PostgresEventStore(db, { sql })`). */
export async function loadSitrepStore(
  db: Kysely<any>,
  sql?: postgres.Sql,
  options: Record<string, unknown> = {},
): Promise<EventStore | null> {
  try {
    const m = (await import(EVENT_STORE_MODULE)) as { PostgresEventStore: new (db: Kysely<any>, options?: object) => EventStore };
    return new m.PostgresEventStore(db, { sql, ...options });
  } catch (err) {
    log(`Sitrep event store not loadable: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
}

const conflictOf = (err: unknown) => {
  const e = err as { code?: unknown; actualVersion?: unknown } | null;
  return e?.code === 'CONCURRENCY_CONFLICT'
    ? { conflict: true as const, ...(typeof e.actualVersion === 'number' ? { actual: e.actualVersion } : {}) }
    : null;
};

export function sitrepTarget(store: EventStore): AppendTarget {
  return {
    name: 'Sitrep',
    async append(streamId, events, expected) {
      // Fresh ids: payloads are reused across streams, and an id is an idempotency key.
      const fresh = events.map((e) => ({ ...e, id: randomUUID() }));
      try {
        const r = await store.append(streamId, fresh, {
          expectedVersion: expected === null ? 'any' : expected === 0 ? 'no_stream' : expected,
        });
        return { version: r.nextExpectedVersion };
      } catch (err) {
        // The conflict names the stream's version: the retry needs no read.
        const conflict = conflictOf(err);
        if (conflict) return conflict;
        throw err;
      }
    },
    async currentVersion(streamId, known) {
      const events = await store.readStream(streamId, { from: known + 1 });
      return events.at(-1)?.streamVersion ?? known;
    },
    async close() {},
  };
}

export async function emmettTarget(url: string, poolSize: number): Promise<AppendTarget> {
  const [{ getPostgreSQLEventStore }, { isExpectedVersionConflictError, STREAM_DOES_NOT_EXIST, NO_CONCURRENCY_CHECK }, pg] =
    await Promise.all([import('@event-driven-io/emmett-postgresql'), import('@event-driven-io/emmett'), import('pg')]);
  // The same pool size as Sitrep's, so neither side wins on connections.
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize });
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  await store.schema.migrate();
  return {
    name: 'Emmett',
    async append(streamId, events, expected) {
      try {
        const r = await store.appendToStream(
          streamId,
          events.map((e) => ({ type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata as Record<string, unknown> })),
          { expectedStreamVersion: expected === null ? NO_CONCURRENCY_CHECK : expected === 0 ? STREAM_DOES_NOT_EXIST : BigInt(expected) },
        );
        return { version: Number(r.nextExpectedStreamVersion) };
      } catch (err) {
        if (isExpectedVersionConflictError(err)) return { conflict: true };
        throw err;
      }
    },
    async currentVersion(streamId, known) {
      const r = await store.readStream(streamId, { from: BigInt(known + 1) });
      return Number(r.currentStreamVersion);
    },
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * PostgreSQL's ceiling for the same rows: one multi-row INSERT per append into
 * a bare table (identity key only), no version check, no stream table.
 */
export async function rawTarget(sql: postgres.Sql): Promise<AppendTarget> {
  await sql`
    CREATE TABLE IF NOT EXISTS bench_raw_events (
      position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      stream_id text NOT NULL,
      stream_version integer NOT NULL,
      id uuid NOT NULL,
      type text NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`;
  const versions = new Map<string, number>();
  return {
    name: 'raw INSERT',
    async append(streamId, events) {
      const from = versions.get(streamId) ?? 0;
      versions.set(streamId, from + events.length);
      const rows = events.map((e, k) => ({
        stream_id: streamId,
        stream_version: from + k + 1,
        id: randomUUID(),
        type: e.type,
        data: sql.json(e.data as postgres.JSONValue),
        metadata: sql.json((e.metadata ?? {}) as postgres.JSONValue),
      }));
      await sql`INSERT INTO bench_raw_events ${sql(rows)}`;
      return { version: from + events.length };
    },
    async currentVersion(streamId) {
      return versions.get(streamId) ?? 0;
    },
    async close() {},
  };
}
