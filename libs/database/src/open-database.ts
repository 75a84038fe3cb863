import type { Kysely } from 'kysely';
import type postgres from 'postgres';
import type { SitrepConfig } from '@sitrep/config';
import { connect } from './connection.js';
import type { Database } from './database.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { migrateToLatest } from './migrations.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  sql: postgres.Sql;
  url: string;
  /** True when Sitrep started (or adopted) its own embedded PostgreSQL. */
  embedded: boolean;
  /** Closes the pool, then stops the embedded server if this process owns it. Idempotent. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  log?: (message: string) => void;
  applicationName?: string;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in
 * `<dataDir>/pg` when it is unset, then migrates.
 *
 * ```ts
 * const handle = await openDatabase(loadConfig());
 * await handle.db.selectFrom('events').select('position').execute();
 * await handle.close();
 * ```
 */
export async function openDatabase(config: SitrepConfig, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.pgPort, log: options.log });
    url = embedded.url;
  }
  const { db, sql } = connect(url, { poolSize: config.dbPoolSize, applicationName: options.applicationName });
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= (async () => {
      // Kysely's destroy() ends the driver only once Kysely has run a query: a handle used through `sql` alone
      // (migrate: false) kept its pool open, and with it the process. Ending `sql` itself covers both.
      await db.destroy().catch(() => undefined);
      await sql.end().catch(() => undefined);
      await embedded?.stop();
    })());
  try {
    await sql`SELECT 1`;
    if (options.migrate ?? true) {
      const applied = await migrateToLatest(db);
      if (applied.length) options.log?.(`migrations applied: ${applied.join(', ')}`);
    }
  } catch (err) {
    await close();
    throw err;
  }
  return { db, sql, url, embedded: embedded !== null, close };
}
