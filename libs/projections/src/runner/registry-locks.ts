import { sql } from 'kysely';
import { buildSpaceLost } from './build-space.js';
import type { Projection, ProjectionDb } from './projection.js';

/**
 * The registry and checkpoint statements whose locks order the runner's transactions. Every
 * transaction that touches a build takes, of these, the ones it needs in this order: the projection's
 * registry row (`rebuild`, the swap, a start's checks), then the build's checkpoint row (a batch's guard,
 * `rebuild` replacing the build, the swap), then the build's space. Taken in
 * another order, a rebuild dropping a space and a batch writing into it deadlocked.
 */

/**
 * A projection seen for the first time: its registry row and its build 1 at position 0, in one statement,
 * and nothing when it is registered already. (Inserting the checkpoint of build 1 on every start, as
 * before, brought it back after a swap had retired build 1: a checkpoint of a build that does not exist.)
 */
export async function register(db: ProjectionDb, projection: Projection): Promise<void> {
  await sql`
    WITH registered AS (
      INSERT INTO projection_registry (name, version, active_build, state)
      VALUES (${projection.name}, ${projection.version}, 1, 'running')
      ON CONFLICT (name) DO NOTHING
      RETURNING name)
    INSERT INTO projection_checkpoints (name, build, position) SELECT name, 1, 0 FROM registered`.execute(db);
}

/**
 * The build being rebuilt when crash recovery emptied its space, else null. Asked under the registry row's
 * lock (the swap and `rebuild` hold it while they drop a space): a process starting during a swap waits
 * for it, then finds no rebuild, rather than reading a space dropped under it (42P01, its start failed).
 */
export async function lostRebuild(db: ProjectionDb, name: string): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const reg = await trx
      .selectFrom('projection_registry')
      .select('rebuild_build')
      .where('name', '=', name)
      .forShare()
      .executeTakeFirstOrThrow();
    return reg.rebuild_build !== null && (await buildSpaceLost(trx, name, reg.rebuild_build)) ? reg.rebuild_build : null;
  });
}

/** Locks a build's checkpoint row for the transaction; false when the build has none (dropped meanwhile). */
export async function lockCheckpoint(trx: ProjectionDb, name: string, build: number): Promise<boolean> {
  const row = await trx
    .selectFrom('projection_checkpoints')
    .select('build')
    .where('name', '=', name)
    .where('build', '=', build)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}
