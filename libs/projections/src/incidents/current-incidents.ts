import { sql } from 'kysely';
import type { ProjectionDb } from '../runner/projection.js';
import type { IncidentRow } from './incident.table.js';
import type { IncidentValues } from './incidents.batch.js';

export interface CurrentIncident {
  values: IncidentValues;
  validFrom: number;
}

/**
 * The current rows of one incidents build, held in memory by the worker while
 * the build catches up (a rebuild, a start after downtime), so that a batch
 * finds its link candidates and the incidents it changes without a query.
 *
 * It is the table's state as of one position: a batch may use it only when the
 * build's checkpoint is that position (the projection is deterministic, so the
 * state at a position is the same whoever applied it). A batch marks it stale
 * before it starts and stamps it with its end position once its rows are written;
 * a batch that fails or a checkpoint that moved elsewhere leaves it stale, and
 * the next batch loads the table again.
 *
 * Candidates are found by kind and start date, as the SQL look-up does
 * (`kind = $k AND date_from BETWEEN $from AND $to`, compared as text).
 */
export class CurrentIncidents {
  private readonly rows = new Map<string, CurrentIncident>();
  private readonly index = new IncidentsByStart();
  /** The position whose state this is; -1 while a batch changes it. */
  position = -1;
  /** True once a batch has carried it over from the previous batch (not freshly loaded). */
  carried = false;
  /**
   * The table held rows of events after the position it was loaded at (a checkpoint moved back
   * by hand, a forced replay): batches must then look up whether their events are members already.
   */
  replaying = false;

  get size(): number {
    return this.rows.size;
  }

  static async load(db: ProjectionDb, build: number, position: number): Promise<CurrentIncidents> {
    const current = new CurrentIncidents();
    const rows = await db.selectFrom('incidents').selectAll().where('build', '=', build).where('valid_to', 'is', null).execute();
    for (const r of rows) current.put(valuesOf(r), Number(r.valid_from));
    current.position = position;
    // Every linked event leaves a member row born at its position, every move or withdrawal one ended there.
    const { rows: ahead } = await sql<{ ahead: boolean }>`
      SELECT EXISTS (SELECT 1 FROM incident_members
        WHERE build = ${build} AND (valid_from > ${position} OR valid_to > ${position})) AS ahead`.execute(db);
    current.replaying = ahead[0]?.ahead === true;
    return current;
  }

  get(id: string): CurrentIncident | undefined {
    return this.rows.get(id);
  }

  /** Current incidents of `kind` that start within [from, to] and end on or after `endsFrom`. */
  *candidates(kind: string, from: string, to: string, endsFrom: string): Generator<CurrentIncident> {
    for (const id of this.index.ids(kind, from, to)) {
      const row = this.rows.get(id)!;
      if (row.values.date_to >= endsFrom) yield row;
    }
  }

  put(values: IncidentValues, validFrom: number): void {
    this.remove(values.id);
    this.rows.set(values.id, { values, validFrom });
    this.index.add(values);
  }

  remove(id: string): void {
    const old = this.rows.get(id);
    if (!old) return;
    this.rows.delete(id);
    this.index.delete(old.values);
  }
}

/**
 * Incident ids by kind and start date, for the linking rule's candidate look-up
 * (`kind = $k AND date_from BETWEEN $from AND $to`, dates compared as text).
 */
export class IncidentsByStart {
  /** Per kind: incident ids by start date, and the start dates in text order. */
  private readonly byKind = new Map<string, { ids: Map<string, Set<string>>; dates: string[] }>();

  add(v: { id: string; kind: string; date_from: string }): void {
    let k = this.byKind.get(v.kind);
    if (!k) this.byKind.set(v.kind, (k = { ids: new Map(), dates: [] }));
    let ids = k.ids.get(v.date_from);
    if (!ids) {
      k.ids.set(v.date_from, (ids = new Set()));
      k.dates.splice(lowerBound(k.dates, v.date_from), 0, v.date_from);
    }
    ids.add(v.id);
  }

  delete(v: { id: string; kind: string; date_from: string }): void {
    const k = this.byKind.get(v.kind);
    const ids = k?.ids.get(v.date_from);
    if (!k || !ids) return;
    ids.delete(v.id);
    if (ids.size === 0) {
      k.ids.delete(v.date_from);
      k.dates.splice(lowerBound(k.dates, v.date_from), 1);
    }
  }

  *ids(kind: string, from: string, to: string): Generator<string> {
    const k = this.byKind.get(kind);
    if (!k) return;
    for (let i = lowerBound(k.dates, from); i < k.dates.length && k.dates[i]! <= to; i++) yield* k.ids.get(k.dates[i]!)!;
  }
}

/** The first index whose date is not before `d`. */
function lowerBound(dates: readonly string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const valuesOf = (r: IncidentRow): IncidentValues => ({
  id: r.id,
  kind: r.kind,
  types: r.types,
  date_from: r.date_from,
  date_to: r.date_to,
  place_ids: r.place_ids,
  parties: r.parties,
  member_count: r.member_count,
  report_ids: r.report_ids,
  first_event_id: r.first_event_id,
  first_position: Number(r.first_position),
});
