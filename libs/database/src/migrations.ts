import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';

/**
 * The repository's migrations/ folder, found relative to this module so the
 * same code works from the TypeScript sources (tests) and from dist/ (the app).
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations/', import.meta.url));

const MIGRATION_FILE = /^(\d{14}_[\w-]+)\.(ts|js)$/;

/** Loads every `YYYYMMDDHHMMSS_name.(ts|js)` file of a folder; its name (without extension) is the migration's key. */
export class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string = MIGRATIONS_FOLDER) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of (await readdir(this.folder)).sort()) {
      const match = MIGRATION_FILE.exec(file);
      if (!match || file.endsWith('.d.ts')) continue;
      const mod = (await import(pathToFileURL(join(this.folder, file)).href)) as Partial<Migration>;
      if (typeof mod.up !== 'function') throw new Error(`migration ${file} exports no up() function`);
      migrations[match[1]] = { up: mod.up, down: mod.down };
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  readonly code = 'MIGRATION_FAILED';
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(`migration ${migration ?? '(unknown)'} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'MigrationError';
  }
}

/**
 * Applies every pending migration in order, each in its own transaction, under
 * Kysely's migration lock (safe when several instances start at once).
 * Returns the names applied.
 */
export async function migrateToLatest(db: Kysely<any>, folder: string = MIGRATIONS_FOLDER): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider(folder) });
  const { error, results } = await migrator.migrateToLatest();
  return checkResults(error, results);
}

function checkResults(error: unknown, results: MigrationResultSet['results']): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new MigrationError(failed?.migrationName, error ?? new Error('migration reported an error'));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
