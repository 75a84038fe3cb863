import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sitrep/config';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { openDatabase } from './open-database.js';

describe('openDatabase close()', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(() => tdb.close());

  const sessionsOf = (applicationName: string) =>
    tdb.sql<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${applicationName}`;

  // Kysely's destroy() ends its driver only once Kysely has run a query: a handle used through `sql` alone
  // (an admin handle opened with migrate: false) kept its connections open, and a finished script alive.
  it.each([
    ['used through sql only, never migrated', false],
    ['migrated through Kysely', true],
  ])('ends the pool of a handle %s', async (_, migrate) => {
    const applicationName = `sitrep-close-${randomUUID()}`;
    const handle = await openDatabase({ ...loadConfig({}), databaseUrl: tdb.url, dbPoolSize: 2 }, { migrate, applicationName });
    await handle.sql`SELECT 1`;
    expect((await sessionsOf(applicationName)).length).toBeGreaterThan(0);

    await handle.close();

    await expect(handle.sql`SELECT 1`).rejects.toMatchObject({ code: 'CONNECTION_ENDED' });
    // The server forgets a session once its backend has exited, a moment after the client's Terminate.
    await expect.poll(() => sessionsOf(applicationName)).toHaveLength(0);
  });
});
