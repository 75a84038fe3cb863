import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';

/**
 * The repository's migrations/ folder, found relative to this module so the
 * same code works from the TypeScript sources (tests) and from dist/ (the app).
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/**
 * Kysely's FileMigrationProvider over a folder of `YYYYMMDDHHMMSS_name.(ts|js)` files; the
 * name without extension is the migration's key. A file without an `up()` is an error, not skipped.
 */
export function folderMigrationProvider(folder: string = MIGRATIONS_FOLDER): FileMigrationProvider {
  return new FileMigrationProvider({
    fs,
    path,
    migrationFolder: folder,
    import: (file: string) => import(pathToFileURL(file).href),
    onFileIgnored: (file: string, reason: string) => {
      if (reason === 'NotMigration') throw new Error(`migration ${file} exports no up() function`);
    },
  });
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
  const migrator = new Migrator({ db, provider: folderMigrationProvider(folder) });
  const { error, results } = await migrator.migrateToLatest();
  return checkResults(error, results);
}

function checkResults(error: unknown, results: MigrationResultSet['results']): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new MigrationError(failed?.migrationName, error ?? new Error('migration reported an error'));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
