import { type Kysely, sql } from 'kysely';

/**
 * Less to write per projected event, so that building the read side from zero
 * stays fast:
 *
 * - `incident_members.data` goes: every member row (one per membership version)
 *   carried a copy of its event's whole jsonb payload, about two thirds of the
 *   table's bytes. The payload is the store's, immutable, and one primary-key
 *   read away (`events.position = incident_members.event_position`), which is
 *   how the incident detail query now reads it.
 * - `casualty_claims_event_idx (build, event_id, valid_from)` goes: the primary
 *   key (build, event_id, idx, valid_from) already serves every look-up by event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE incident_members DROP COLUMN IF EXISTS data`.execute(db);
  await sql`DROP INDEX IF EXISTS casualty_claims_event_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS casualty_claims_event_idx ON casualty_claims (build, event_id, valid_from)`.execute(db);
  await sql`ALTER TABLE incident_members ADD COLUMN IF NOT EXISTS data jsonb`.execute(db);
  await sql`UPDATE incident_members m SET data = e.data FROM events e WHERE e.position = m.event_position`.execute(db);
  await sql`ALTER TABLE incident_members ALTER COLUMN data SET NOT NULL`.execute(db);
}
