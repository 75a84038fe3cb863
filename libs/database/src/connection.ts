import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database } from './database.js';
import { assertPostgresDriverPatched } from './postgres-driver.js';

export interface Connection {
  db: Kysely<Database>;
  /** The Postgres.js client under Kysely, for LISTEN/NOTIFY, COPY and streaming reads. */
  sql: postgres.Sql;
}

export interface ConnectOptions {
  poolSize?: number;
  applicationName?: string;
}

/**
 * One Postgres.js pool shared by Kysely and by the code that needs the raw
 * client. Refuses to run on an unpatched driver (see ./postgres-driver.ts).
 */
export function connect(url: string, options: ConnectOptions = {}): Connection {
  assertPostgresDriverPatched();
  const sql = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => undefined,
    connection: { application_name: options.applicationName ?? 'sitrep' },
    // After an outage, reconnect within 2 s (the driver's default backoff grows to 20 s, so a recovered
    // database would go unused for that long) and give up on a connect attempt after 10 s instead of 30.
    backoff: (retries: number) => Math.min(0.1 * 2 ** retries, 2),
    connect_timeout: 10,
  });
  const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: sql }) });
  return { db, sql };
}
