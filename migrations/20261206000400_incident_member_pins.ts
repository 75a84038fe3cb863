import { type Kysely, sql } from 'kysely';

/**
 * Incident members placed by an analyst's merge or split are pinned: linking, which now
 * links again the events after a change in canonical order (issue 13 item 10), never
 * moves them. Existing rows are unpinned (the default); the incidents projection's
 * version bump rebuilds them from the events, decisions included.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE incident_members ADD COLUMN IF NOT EXISTS pinned boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE incident_members DROP COLUMN IF EXISTS pinned`.execute(db);
}
