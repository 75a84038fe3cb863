import { type ExpressionBuilder, sql } from 'kysely';
import type { ProjectionDb } from '../runner/projection.js';

/**
 * "As of" = a global position. A timestamp maps to the last position recorded
 * at or before it. Rows keep history as [valid_from, valid_to) intervals, so the
 * answer comes from the history itself:
 *
 *   WHERE valid_from <= $P AND (valid_to IS NULL OR valid_to > $P)
 */
export type AsOf = { position: number } | { timestamp: Date };

export class InvalidAsOfError extends Error {
  readonly code = 'INVALID_AS_OF';
  constructor(readonly value: string) {
    super(`asOf must be a global position (a whole number) or an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
  }
}

export function parseAsOf(raw: string | undefined | null): AsOf | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const v = raw.trim();
  if (/^\d{1,15}$/.test(v)) return { position: Number(v) };
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.test(v)) {
    // A bare date means the end of that day (UTC): what we knew on 14 September.
    const t = Date.parse(v.length === 10 ? `${v}T23:59:59.999Z` : v);
    if (!Number.isNaN(t)) return { timestamp: new Date(t) };
  }
  throw new InvalidAsOfError(v);
}

/**
 * The last global position recorded at or before `at` (0: none), i.e.
 * `max(position) WHERE recorded_at <= at`, answered by the event store's
 * `sitrep_position_at` (migrations/20261124000100_event_store_fast_append.ts)
 * as a probe of events_recorded_at_position_idx: recorded_at is taken under the
 * store's allocation lock and never decreases in position order, so the answer
 * is the top index entry at or below `at`; rows from before that migration are
 * covered exactly by a short extra range. The max() above, run as such, walked
 * events_pkey back from the head (seconds over a 1M-event history).
 */
export async function positionAt(db: ProjectionDb, at: Date): Promise<number> {
  const { rows } = await sql<{ position: string | number | null }>`
    SELECT sitrep_position_at(${at}::timestamptz) AS position`.execute(db);
  return Number(rows[0]?.position ?? 0);
}

export async function resolveAsOf(db: ProjectionDb, asOf: AsOf | null): Promise<number | null> {
  if (asOf === null) return null;
  return 'position' in asOf ? asOf.position : positionAt(db, asOf.timestamp);
}

/** `valid_to IS NULL` for the current state, the interval predicate for a past position. */
export function validAt(alias: string, position: number | null) {
  return (eb: ExpressionBuilder<any, any>) => {
    const from = `${alias}.valid_from`;
    const to = `${alias}.valid_to`;
    if (position === null) return eb(to, 'is', null);
    const p = String(position);
    return eb.and([eb(from, '<=', p), eb.or([eb(to, 'is', null), eb(to, '>', p)])]);
  };
}

/** The build that serves queries, resolved inside the statement so a swap never splits a query. */
export function activeBuild(name: string) {
  return sql<number>`(SELECT active_build FROM projection_registry WHERE name = ${name})`;
}
