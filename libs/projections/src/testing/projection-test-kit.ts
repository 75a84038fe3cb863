import type postgres from 'postgres';
import type { EventStore } from '@sitrep/event-store';
import { PostgresEventStore } from '@sitrep/event-store';
import { createCasualtiesProjection } from '../casualties/casualties.projection.js';
import { createIncidentsProjection } from '../incidents/incidents.projection.js';
import { gazetteerDirectory } from '../locations/gazetteer-directory.js';
import { placeChainOf } from '../locations/place-directory.js';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../runner/projection-runner.js';
import type { Projection, ProjectionDb } from '../runner/projection.js';

export const testPlaceChain = placeChainOf(gazetteerDirectory);

export function defaultProjections(
  options: { incidentsVersion?: number; currentIncidentsLimit?: number; heldMembersLimit?: number } = {},
): Projection[] {
  return [
    createIncidentsProjection({
      placeChain: testPlaceChain,
      version: options.incidentsVersion,
      currentIncidentsLimit: options.currentIncidentsLimit,
      heldMembersLimit: options.heldMembersLimit,
    }),
    createCasualtiesProjection(),
  ];
}

export function testRunner(
  db: ProjectionDb,
  sql: postgres.Sql,
  store: EventStore,
  over: Partial<ProjectionRunnerOptions> = {},
): ProjectionRunner {
  return new ProjectionRunner({ db, sql, store, projections: defaultProjections(), subscribe: false, batchSize: 50, ...over });
}

export async function clearProjectionTables(db: ProjectionDb): Promise<void> {
  for (const t of [
    'incidents',
    'incident_members',
    'incident_places',
    'casualty_claims',
    'projection_reports',
    'projection_checkpoints',
    'projection_registry',
  ] as const) {
    await db.deleteFrom(t).execute();
  }
}

export async function catchUpAll(runner: ProjectionRunner): Promise<void> {
  for (const name of runner.names) await runner.catchUp(name);
}

/** The real PostgreSQL event store over a test database. */
export function testStore(db: ProjectionDb, sql: postgres.Sql): PostgresEventStore {
  return new PostgresEventStore(db as never, { sql, pollIntervalMs: 50 });
}

/**
 * Catches every projection up to `position`. The gap-safe read may hold back
 * while any older transaction of the cluster (another test file's) is open, so
 * this retries until the checkpoints get there (for up to two minutes: such a file may hold one for tens of seconds).
 */
export async function catchUpTo(runner: ProjectionRunner, position: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await catchUpAll(runner);
    const positions = await Promise.all(runner.names.map((n) => runner.position(n)));
    if (positions.every((p) => p >= position)) return;
    if (Date.now() > deadline) throw new Error(`projections stuck at ${positions.join(', ')}, wanted ${position}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
