import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/src/index.js';
import { loadConfig } from './config.js';
import { connect } from './connection.js';
import { openDatabase } from './open-database.js';

describe('connections', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(() => tdb.close());

  const parallelWorkers = async (sql: ReturnType<typeof connect>['sql']) => {
    // every connection of the pool, not just the first one
    const rows = await Promise.all(
      [0, 1, 2].map(() =>
        sql.begin(async (tx) => (await tx`SELECT current_setting('max_parallel_workers_per_gather') AS v`)[0]!.v as string),
      ),
    );
    return [...new Set(rows)];
  };

  it('run without parallel workers by default, and with SITREP_DB_PARALLEL_WORKERS when set', async () => {
    const byDefault = await openDatabase(loadConfig({ DATABASE_URL: tdb.url, SITREP_DB_POOL_SIZE: '3' }), { migrate: false });
    const raised = await openDatabase(loadConfig({ DATABASE_URL: tdb.url, SITREP_DB_POOL_SIZE: '3', SITREP_DB_PARALLEL_WORKERS: '3' }), {
      migrate: false,
    });
    try {
      expect(await parallelWorkers(byDefault.sql)).toEqual(['0']);
      expect(await parallelWorkers(raised.sql)).toEqual(['3']);
    } finally {
      await byDefault.close();
      await raised.close();
    }
  });

  it("leave PostgreSQL's own default alone when connect() is not told otherwise", async () => {
    const plain = connect(tdb.url, { poolSize: 1 });
    try {
      const [{ v }] = await plain.sql`SELECT current_setting('max_parallel_workers_per_gather') AS v`;
      const [{ d }] = await plain.sql`SELECT reset_val AS d FROM pg_settings WHERE name = 'max_parallel_workers_per_gather'`;
      expect(v).toBe(d);
    } finally {
      await plain.db.destroy();
    }
  });
});
