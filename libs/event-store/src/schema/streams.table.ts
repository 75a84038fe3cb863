import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** PostgreSQL int8: Postgres.js hands it over as a string unless told otherwise; see toSafeNumber. */
export type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;

/**
 * One row per stream: its current version, the row every append to the stream
 * locks. Written only by sitrep_append_events (migrations/20261123000100_event_store.ts).
 */
export interface StreamsTable {
  stream_id: string;
  /** Text before the first '-' of the id: 'report' for 'report-3f2a…'. */
  stream_type: string;
  /** Number of events in the stream = stream_version of its last event. */
  version: Int8;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type StreamRow = Selectable<StreamsTable>;
export type NewStreamRow = Insertable<StreamsTable>;
