import type { ProjectionDb } from '../runner/projection.js';

/**
 * Everything the serving builds hold, history included, without the build number:
 * two runs that applied the same events must give equal snapshots.
 */
export async function snapshotProjections(db: ProjectionDb) {
  const builds = Object.fromEntries(
    (await db.selectFrom('projection_registry').select(['name', 'active_build']).execute()).map((r) => [r.name, r.active_build]),
  ) as Record<string, number>;
  const inc = builds['incidents'] ?? -1;
  const cas = builds['casualties'] ?? -1;
  const strip = <T extends { build: number }>(rows: T[]) => rows.map(({ build: _b, ...r }) => r);
  return {
    incidents: strip(await db.selectFrom('incidents').selectAll().where('build', '=', inc).orderBy('id').orderBy('valid_from').execute()),
    members: strip(
      await db.selectFrom('incident_members').selectAll().where('build', '=', inc).orderBy('event_id').orderBy('valid_from').execute(),
    ),
    places: strip(
      await db
        .selectFrom('incident_places')
        .selectAll()
        .where('build', '=', inc)
        .orderBy('incident_id')
        .orderBy('place_id')
        .orderBy('valid_from')
        .execute(),
    ),
    claims: strip(
      await db
        .selectFrom('casualty_claims')
        .selectAll()
        .where('build', '=', cas)
        .orderBy('event_id')
        .orderBy('idx')
        .orderBy('valid_from')
        .execute(),
    ),
  };
}
