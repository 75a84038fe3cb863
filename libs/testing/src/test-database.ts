import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connect, type Database } from '@sitrep/database';
import { quoteIdent, withDatabase } from './test-database-server.js';

export interface TestDatabase {
  /** Provider that serves this run: url, testcontainers or embedded. */
  provider: string;
  name: string;
  url: string;
  db: Kysely<Database>;
  sql: postgres.Sql;
  /** Closes the pool and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh, fully migrated database of its own, for one test file (or one test).
 *
 * ```ts
 * let tdb: TestDatabase;
 * beforeAll(async () => { tdb = await createTestDatabase(); });
 * afterAll(() => tdb.close());
 * ```
 */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const provided = inject('sitrepTestDatabase');
  if (!provided) throw new Error('createTestDatabase() needs the integration project (libs/testing/src/global-setup.ts)');
  const { adminUrl, template, provider } = provided;
  const name = `${template}_f${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(adminUrl, name);
  const { db, sql } = connect(url, { poolSize: options.poolSize ?? 10, applicationName: 'sitrep-test' });
  let closed: Promise<void> | null = null;
  return {
    provider,
    name,
    url,
    db,
    sql,
    close: () =>
      (closed ??= (async () => {
        // Bounded: a session the test ended under the pool must not keep its close waiting (seen once in CI
        // after pg_terminate_backend); after 5 s the driver drops what is still open.
        await sql.end({ timeout: 5 }).catch(() => undefined);
        await db.destroy().catch(() => undefined);
        const dropper = postgres(adminUrl, { max: 1, onnotice: () => undefined });
        try {
          await dropper.unsafe(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await dropper.end({ timeout: 5 });
        }
      })()),
  };
}
