import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { MIGRATIONS_FOLDER, migrateToLatest } from './migrations.js';

describe('migrations', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(() => tdb.close());

  it('the test database has every migration of the folder applied, and re-running applies none', async () => {
    const files = (await readdir(MIGRATIONS_FOLDER)).filter((f) => /^\d{14}_[\w-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    const applied = await tdb.sql<{ name: string }[]>`SELECT name FROM kysely_migration ORDER BY name`;
    expect(applied.map((r) => r.name)).toEqual(files.sort());
    expect(await migrateToLatest(tdb.db)).toEqual([]);
  });

  it('each migration reverts cleanly (down) and applies again (up)', async () => {
    const { Migrator } = await import('kysely/migration');
    const { folderMigrationProvider } = await import('./migrations.js');
    const migrator = new Migrator({ db: tdb.db, provider: folderMigrationProvider() });
    const down = await migrator.migrateTo((await import('kysely/migration')).NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
  });
});
