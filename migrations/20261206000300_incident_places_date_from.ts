import { type Kysely, sql } from 'kysely';

/**
 * `GET /incidents?location=…` pages a place's current incidents newest first. Without the
 * incident's start date on the place row, the query walked every current incident in date
 * order and probed `incident_places` for each until a page was full (hundreds of ms for a
 * rare place). With `date_from` on the row and an index by place and date, a page is one
 * index range.
 *
 * A place row is a version like any other: it starts a new version when its incident's
 * `date_from` changes, so its `date_from` is the incident's over the row's whole validity.
 * Existing rows take the date of the incident version valid when the row began (current
 * rows: the current incident's, which is what the query reads); the incidents projection's
 * version bump rebuilds the history exactly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE incident_places ADD COLUMN IF NOT EXISTS date_from text`.execute(db);
  await sql`
    UPDATE incident_places p SET date_from = i.date_from
    FROM incidents i
    WHERE i.build = p.build AND i.id = p.incident_id AND p.valid_to IS NULL AND i.valid_to IS NULL`.execute(db);
  await sql`
    UPDATE incident_places p SET date_from = i.date_from
    FROM incidents i
    WHERE p.date_from IS NULL AND i.build = p.build AND i.id = p.incident_id
      AND i.valid_from <= p.valid_from AND (i.valid_to IS NULL OR i.valid_to > p.valid_from)`.execute(db);
  // A row with no incident version at its start is never joined by a query; it only needs a value.
  await sql`UPDATE incident_places SET date_from = '' WHERE date_from IS NULL`.execute(db);
  await sql`ALTER TABLE incident_places ALTER COLUMN date_from SET NOT NULL`.execute(db);
  await sql`
    CREATE INDEX IF NOT EXISTS incident_places_current_date_idx
    ON incident_places (build, place_id, date_from DESC, incident_id DESC) WHERE valid_to IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS incident_places_current_date_idx`.execute(db);
  await sql`ALTER TABLE incident_places DROP COLUMN IF EXISTS date_from`.execute(db);
}
