import { type Kysely, sql } from 'kysely';

/**
 * Where an interrupted `sitrep reextract --all` resumes: one row per run in
 * progress (extractor version, forced or not), the global position of the last
 * ReportSubmitted whose report is behind it. Deleted when the run completes, so
 * a later run by the same version starts from the beginning again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS reextract_checkpoints (
      extractor_version text NOT NULL,
      forced boolean NOT NULL,
      run_id text NOT NULL,
      after_position bigint NOT NULL DEFAULT 0,
      reports_done integer NOT NULL DEFAULT 0,
      started_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (extractor_version, forced)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS reextract_checkpoints`.execute(db);
}
