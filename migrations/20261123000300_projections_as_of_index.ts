import { type Kysely, sql } from 'kysely';

/**
 * Time travel maps a timestamp to "the last position recorded at or before it":
 *
 *   SELECT max(position) FROM events WHERE recorded_at <= $ts
 *
 * An index on (recorded_at, position) turns that into an index-only range scan
 * instead of a scan of the whole history. Read-side index on the store's table;
 * the store never reads it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS events_recorded_at_position_idx ON events (recorded_at, position)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS events_recorded_at_position_idx`.execute(db);
}
