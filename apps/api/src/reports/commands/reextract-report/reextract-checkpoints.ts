import type postgres from 'postgres';

/** Where a run of `reextract --all` stands: every report submitted at or before `afterPosition` is behind it. */
export interface ReextractCheckpoint {
  /** Correlation id of every event the run appends: how a resumed forced run recognises its own work. */
  runId: string;
  afterPosition: number;
  reportsDone: number;
}

/** A run is keyed by the extractor version it extracts with and whether it is forced. */
export interface ReextractRunKey {
  extractorVersion: string;
  forced: boolean;
}

export interface ReextractCheckpoints {
  /** The checkpoint of an unfinished run with this key, or null. */
  load(key: ReextractRunKey): Promise<ReextractCheckpoint | null>;
  save(key: ReextractRunKey, checkpoint: ReextractCheckpoint): Promise<void>;
  /** The run completed: the next run with this key starts from the beginning. */
  clear(key: ReextractRunKey): Promise<void>;
  /** Reports in the store (one report stream each): the progress bar's total. */
  countReports(): Promise<number>;
}

/** The checkpoints in reextract_checkpoints (migration 20261206000500). */
export function postgresReextractCheckpoints(sql: postgres.Sql): ReextractCheckpoints {
  return {
    async load({ extractorVersion, forced }) {
      const [row] = await sql<{ run_id: string; after_position: string; reports_done: number }[]>`
        SELECT run_id, after_position, reports_done FROM reextract_checkpoints
        WHERE extractor_version = ${extractorVersion} AND forced = ${forced}`;
      return row ? { runId: row.run_id, afterPosition: Number(row.after_position), reportsDone: row.reports_done } : null;
    },
    async save({ extractorVersion, forced }, { runId, afterPosition, reportsDone }) {
      await sql`
        INSERT INTO reextract_checkpoints (extractor_version, forced, run_id, after_position, reports_done)
        VALUES (${extractorVersion}, ${forced}, ${runId}, ${afterPosition}, ${reportsDone})
        ON CONFLICT (extractor_version, forced) DO UPDATE
          SET run_id = EXCLUDED.run_id, after_position = EXCLUDED.after_position,
              reports_done = EXCLUDED.reports_done, updated_at = now()`;
    },
    async clear({ extractorVersion, forced }) {
      await sql`DELETE FROM reextract_checkpoints WHERE extractor_version = ${extractorVersion} AND forced = ${forced}`;
    },
    async countReports() {
      const [{ count }] = await sql<{ count: string }[]>`SELECT count(*) AS count FROM streams WHERE stream_type = 'report'`;
      return Number(count);
    },
  };
}
