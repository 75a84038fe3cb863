import { type Kysely, sql } from 'kysely';

/**
 * Running tolls (extractor 0.5.0): a casualty figure can count a whole war or
 * campaign («حتى الآن», «منذ بدء الحرب») rather than the incident it is told in.
 * The claim keeps that flag and the days it covers, so the casualty summary can
 * list it apart instead of letting it set the incident's low and high.
 * The period ends are ISO dates (YYYY-MM-DD) as in the event, null when unknown.
 * Existing rows are incident figures (the default); the casualties projection's
 * version bump rebuilds them from the events.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE casualty_claims ADD COLUMN IF NOT EXISTS cumulative boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE casualty_claims ADD COLUMN IF NOT EXISTS period_from text`.execute(db);
  await sql`ALTER TABLE casualty_claims ADD COLUMN IF NOT EXISTS period_to text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE casualty_claims DROP COLUMN IF EXISTS period_to`.execute(db);
  await sql`ALTER TABLE casualty_claims DROP COLUMN IF EXISTS period_from`.execute(db);
  await sql`ALTER TABLE casualty_claims DROP COLUMN IF EXISTS cumulative`.execute(db);
}
