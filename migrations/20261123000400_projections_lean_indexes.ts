import { type Kysely, sql } from 'kysely';

/**
 * Fewer indexes to maintain on every projection write: the GIN indexes on
 * incident types and parties cost more on each batch than they save (the type
 * and party filters run on incidents already narrowed by date order and LIMIT),
 * and the primary key (build, event_id, valid_from) already serves lookups of a
 * member by event id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS incidents_types_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS incidents_parties_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS incident_members_current_event_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS incidents_types_idx ON incidents USING gin (types)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS incidents_parties_idx ON incidents USING gin (parties)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS incident_members_current_event_idx ON incident_members (build, event_id) WHERE valid_to IS NULL`.execute(
    db,
  );
}
