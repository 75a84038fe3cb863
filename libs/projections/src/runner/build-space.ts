import { sql, type RawBuilder } from 'kysely';
import type { ProjectionDb } from './projection.js';

/**
 * A rebuild's own tables while it builds: a schema holding an UNLOGGED copy of each table the
 * projection writes (same columns, keys and indexes, empty), which the build's batches reach
 * through `search_path` (set for their transaction only), so the projection's code is the same
 * whether it writes a serving build or a rebuild. Once caught up, the swap moves the rows into
 * the shared tables in one sorted `INSERT … SELECT` per table and drops the schema.
 *
 * Why: a rebuild that writes into the shared tables pays for the serving build's size on every
 * write (random B-tree inserts over indexes holding both builds, WAL for every version, the
 * UPDATEs that close versions bloating the same heap the queries read). In its own unlogged
 * tables the working set is only its own and nothing is logged; the rows reach the shared
 * tables once, in key order.
 *
 * Unlogged tables are emptied by crash recovery: a marker row tells whether the space
 * survived, and a rebuild whose space was lost starts again from zero (see `buildSpaceLost`).
 *
 * The price: the move is one transaction holding an xid, so while it runs it holds the event
 * store's read fence (every reader waits, none skips; as the old build's one-statement DELETE
 * after a swap already did). At 150,000 bench events it is seconds; moving in chunks before
 * the swap would need a "moving" state that stops batches, not done yet.
 */
export const BUILD_SPACE_PREFIX = 'sitrep_build_';

export function buildSpaceName(projection: string, build: number): string {
  const safe = projection.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return `${BUILD_SPACE_PREFIX}${safe}_${build}`;
}

/**
 * Creates the empty space of `build` (dropping any left from an earlier attempt): each table
 * with the shared table's columns and indexes, less `queryOnlyIndexes` (indexes only queries
 * read, never a batch: the shared tables build them as the rows move in).
 */
export async function createBuildSpace(
  db: ProjectionDb,
  projection: string,
  build: number,
  tables: readonly string[],
  queryOnlyIndexes: readonly string[] = [],
): Promise<void> {
  const schema = buildSpaceName(projection, build);
  await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(db);
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(db);
  for (const table of tables) {
    await sql`CREATE UNLOGGED TABLE ${sql.id(schema, table)} (LIKE ${sql.id('public', table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`.execute(
      db,
    );
    const { rows } = await sql<{ name: string; def: string }>`
      SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = ${table}`.execute(db);
    for (const { name, def } of rows) {
      if (queryOnlyIndexes.includes(name)) continue;
      // An index name is per schema: the space's index keeps the shared one's name.
      const onSpace = def.replace(/ ON (public\.)?\S+ /, ` ON ${schema}.${table} `);
      await sql.raw(onSpace).execute(db);
    }
  }
  await sql`CREATE UNLOGGED TABLE ${sql.id(schema, 'space_alive')} (alive boolean NOT NULL)`.execute(db);
  await sql`INSERT INTO ${sql.id(schema, 'space_alive')} VALUES (true)`.execute(db);
}

export async function dropBuildSpace(db: ProjectionDb, projection: string, build: number): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS ${sql.id(buildSpaceName(projection, build))} CASCADE`.execute(db);
}

/** Whether `build` is being built in a space of its own. */
export async function hasBuildSpace(db: ProjectionDb, projection: string, build: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regnamespace(${buildSpaceName(projection, build)}) IS NOT NULL AS found`.execute(
    db,
  );
  return rows[0]?.found === true;
}

/** True when the space exists but crash recovery emptied it (its marker row is gone). */
export async function buildSpaceLost(db: ProjectionDb, projection: string, build: number): Promise<boolean> {
  return (await hasBuildSpace(db, projection, build)) && !(await buildSpaceAlive(db, projection, build));
}

/**
 * Whether the space, which exists, still holds its marker row: false once crash recovery emptied it. A
 * database that crashed and came back under a running worker empties the space with no process starting,
 * so a worker asks in each batch's transaction and in the swap's, not only at start.
 */
export async function buildSpaceAlive(db: ProjectionDb, projection: string, build: number): Promise<boolean> {
  const schema = buildSpaceName(projection, build);
  const { rows } = await sql<{ alive: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.id(schema, 'space_alive')}) AS alive`.execute(db);
  return rows[0]?.alive === true;
}

/** For a batch's transaction: unqualified table names resolve to the space first. */
export function searchPathOf(projection: string, build: number): RawBuilder<unknown> {
  return sql`set_config('search_path', ${`${buildSpaceName(projection, build)}, public`}, true)`;
}

/** The table `table` of the space, for statements run outside a batch (ANALYZE). */
export const spaceTable = (projection: string, build: number, table: string) => sql.id(buildSpaceName(projection, build), table);

/**
 * Moves the space's rows into the shared tables (in key order, so each index grows at its end
 * rather than at random) and drops the space, in the caller's transaction (the swap's).
 */
export async function moveBuildSpace(trx: ProjectionDb, projection: string, build: number, tables: readonly string[]): Promise<void> {
  const schema = buildSpaceName(projection, build);
  // Sorting a whole build takes more than the default 4 MB; this transaction only.
  await sql`SELECT set_config('work_mem', '256MB', true), set_config('synchronous_commit', 'off', true)`.execute(trx);
  for (const table of tables) {
    const { rows } = await sql<{ cols: string | null }>`
      SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum)) AS cols
      FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
      WHERE i.indrelid = ${`public.${table}`}::regclass AND i.indisprimary`.execute(trx);
    const order = rows[0]?.cols ? sql` ORDER BY ${sql.raw(rows[0].cols)}` : sql``;
    await sql`INSERT INTO ${sql.id('public', table)} SELECT * FROM ${sql.id(schema, table)}${order}`.execute(trx);
  }
  await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(trx);
}
