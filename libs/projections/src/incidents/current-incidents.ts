import { sql } from 'kysely';
import type { ProjectionDb } from '../runner/projection.js';
import { memo } from '../shared/memo.js';
import { DEFAULT_HELD_MEMBERS_LIMIT, HeldMembers } from './held-members.js';
import { lowerBound, valuesOf, type IncidentValues } from './incident-values.js';

type SettledPhase = 'loaded' | 'carried' | 'replaying';

/**
 * Where the held state stands:
 * - `loaded`: read from the table as of `position`, no batch applied yet;
 * - `carried`: the table's state as of `position`, left by the batch that ended there;
 * - `replaying`: as of `position`, but the table held rows of events after the position it was
 *   loaded at (a checkpoint moved back by hand, a forced replay), so every batch must look up
 *   whether its events are members already;
 * - `applying`: a batch is changing it (`from` the state it began in); a batch that fails leaves it
 *   so, and the next batch loads the table again.
 */
type CurrentIncidentsState =
  { readonly phase: SettledPhase; readonly position: number } | { readonly phase: 'applying'; readonly from: SettledPhase };

export interface CurrentIncident {
  values: IncidentValues;
  validFrom: number;
}

/**
 * How many current incidents a worker holds per build while it catches up, by default: about
 * 1 KB of live heap each, so ~50 MiB at most.
 * Fewer cost little: look-ups of the others are index range scans (heap and rate measured in
 * bench/optimisations.md, item 12).
 */
export const DEFAULT_CURRENT_INCIDENTS_LIMIT = 50_000;

/** Windows longer than this (days) are looked up in the table once buckets have been let go. */
const MAX_COVERED_DAYS = 62;

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
 * Bounded: it holds at most `limit` incidents. Incidents are kept in buckets by kind and
 * start day; when more than `limit` are held, whole buckets are let go, least recently used
 * first, and remembered as let go. Every current incident of the build is then either held or
 * in a bucket let go, so a look-up whose buckets were all kept is answered exactly from memory,
 * and any other goes to the table (`covers`, `complete`). The buckets let go are a set of
 * (kind, day) keys: bounded by the calendar, not by the number of events.
 *
 * Candidates are found by kind and start date, as the SQL look-up does
 * (`kind = $k AND date_from BETWEEN $from AND $to`, compared as text).
 */
export class CurrentIncidents {
  private readonly rows = new Map<string, CurrentIncident>();
  private readonly index = new IncidentsByStart();
  /** Held incident ids per bucket (`kind|day`), least recently used first. */
  private readonly buckets = new Map<string, Set<string>>();
  /** Buckets let go: their incidents are not held, and look-ups that reach them go to the table. */
  private readonly evicted = new Set<string>();
  private state: CurrentIncidentsState = { phase: 'applying', from: 'loaded' };
  /** The current members of some of the held incidents (see HeldMembers): let go with their incident. */
  readonly members: HeldMembers;

  constructor(
    readonly limit = DEFAULT_CURRENT_INCIDENTS_LIMIT,
    membersLimit = DEFAULT_HELD_MEMBERS_LIMIT,
  ) {
    this.members = new HeldMembers(membersLimit);
  }

  get size(): number {
    return this.rows.size;
  }

  /** How many (kind, day) buckets have been let go. */
  get evictedBuckets(): number {
    return this.evicted.size;
  }

  /** True while every current incident of the build is held: an id not held is no current incident. */
  get complete(): boolean {
    return this.evicted.size === 0;
  }

  static async load(
    db: ProjectionDb,
    build: number,
    position: number,
    limit = DEFAULT_CURRENT_INCIDENTS_LIMIT,
    membersLimit = DEFAULT_HELD_MEMBERS_LIMIT,
  ): Promise<CurrentIncidents> {
    // No members held yet: batches hold those they read from the table (HeldMembers.update).
    const current = new CurrentIncidents(limit, membersLimit);
    const { rows: counted } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM incidents WHERE build = ${build} AND valid_to IS NULL`.execute(db);
    if (Number(counted[0]?.n ?? 0) <= limit) {
      const rows = await db.selectFrom('incidents').selectAll().where('build', '=', build).where('valid_to', 'is', null).execute();
      for (const r of rows) current.put(valuesOf(r), Number(r.valid_from));
    } else {
      // Too many to hold: hold none of those there are, and look them up in the table.
      const { rows } = await sql<{ kind: string; date_from: string }>`
        SELECT DISTINCT kind, date_from FROM incidents WHERE build = ${build} AND valid_to IS NULL`.execute(db);
      for (const r of rows) current.evicted.add(bucketOf(r.kind, r.date_from));
    }
    // Every linked event leaves a member row born at its position, every move or withdrawal one ended there.
    const { rows: ahead } = await sql<{ ahead: boolean }>`
      SELECT EXISTS (SELECT 1 FROM incident_members
        WHERE build = ${build} AND (valid_from > ${position} OR valid_to > ${position})) AS ahead`.execute(db);
    current.state = { phase: ahead[0]?.ahead === true ? 'replaying' : 'loaded', position };
    return current;
  }

  /** True when this is the table's state as of `position` (no batch is changing it). */
  isAt(position: number): boolean {
    return this.state.phase !== 'applying' && this.state.position === position;
  }

  /** A batch starts changing it: stale until `end` stamps it with the batch's end. */
  begin(): void {
    if (this.state.phase === 'applying') throw new Error('CurrentIncidents: a batch is already applying');
    this.state = { phase: 'applying', from: this.state.phase };
  }

  /** The batch that began has written its rows: this is the table's state as of `position`. */
  end(position: number): void {
    if (this.state.phase !== 'applying') throw new Error('CurrentIncidents: no batch is applying');
    this.state = { phase: this.state.from === 'replaying' ? 'replaying' : 'carried', position };
  }

  /**
   * True while a batch applies a state carried over from the previous batch: no event after its
   * position can be a member yet, so the batch need not look its events up.
   */
  get carried(): boolean {
    return this.state.phase === 'applying' && this.state.from === 'carried';
  }

  get(id: string): CurrentIncident | undefined {
    return this.rows.get(id);
  }

  /**
   * True when every current incident of `kind` that starts within [from, to] is held, so that
   * `candidates` answers as the table would.
   */
  covers(kind: string, from: string, to: string): boolean {
    if (this.evicted.size === 0) return true;
    if (this.evicted.has(`${kind}|?`)) return false;
    const days = daysBetween(from, to);
    if (!days) return false;
    for (const d of days) if (this.evicted.has(`${kind}|${d}`)) return false;
    return true;
  }

  /** Held incidents of `kind` that start within [from, to] and end on or after `endsFrom` (all of them when `covers`). */
  *candidates(kind: string, from: string, to: string, endsFrom: string): Generator<CurrentIncident> {
    for (const id of this.index.ids(kind, from, to)) {
      const row = this.rows.get(id)!;
      if (row.values.date_to >= endsFrom) yield row;
    }
    // The buckets looked at are the most recently used.
    const days = this.buckets.size > 1 ? daysBetween(from, to) : null;
    for (const d of days ?? []) {
      const key = `${kind}|${d}`;
      const ids = this.buckets.get(key);
      if (!ids) continue;
      this.buckets.delete(key);
      this.buckets.set(key, ids);
    }
  }

  /**
   * The first start date after `day` of a current incident of `kind`, null when there is none, or
   * undefined when buckets have been let go (the table answers then).
   */
  nextStart(kind: string, day: string): string | null | undefined {
    return this.complete ? this.index.firstAfter(kind, day) : undefined;
  }

  /** Holds the current values of an incident, unless its bucket was let go (its members then go too). */
  put(values: IncidentValues, validFrom: number): void {
    this.unhold(values.id);
    const key = bucketOf(values.kind, values.date_from);
    if (this.evicted.has(key)) return this.members.drop(values.id);
    this.rows.set(values.id, { values, validFrom });
    this.index.add(values);
    let ids = this.buckets.get(key);
    if (!ids) this.buckets.set(key, (ids = new Set()));
    ids.add(values.id);
  }

  /** The incident is no current incident any more: neither it nor its members are held. */
  remove(id: string): void {
    this.unhold(id);
    this.members.drop(id);
  }

  private unhold(id: string): void {
    const old = this.rows.get(id);
    if (!old) return;
    this.rows.delete(id);
    this.index.delete(old.values);
    const key = bucketOf(old.values.kind, old.values.date_from);
    const ids = this.buckets.get(key);
    ids?.delete(id);
    if (ids?.size === 0) this.buckets.delete(key);
  }

  /**
   * Lets buckets go, least recently used first, until at most `limit` incidents are held, with
   * their members; then members, until at most the members' limit are held.
   */
  trim(): void {
    for (const [key, ids] of this.buckets) {
      if (this.rows.size <= this.limit) break;
      for (const id of ids) {
        const row = this.rows.get(id)!;
        this.rows.delete(id);
        this.index.delete(row.values);
        this.members.drop(id);
      }
      this.buckets.delete(key);
      this.evicted.add(key);
    }
    this.members.trim();
  }
}

/** An incident's bucket: its kind and the day its start date falls in (`kind|?` when it has none). */
function bucketOf(kind: string, dateFrom: string): string {
  return `${kind}|${floorDay(dateFrom) ?? '?'}`;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * The latest calendar day (YYYY-MM-DD) not after `d` in text order, or null: a start date that
 * is no calendar day ("2022-02-30") lies, as text, within the bucket of the day before it, so a
 * look-up of a range of days finds it in one of the range's buckets.
 */
export const floorDay = memo((d: string): string | null => {
  const m = ISO_DAY.exec(d);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = Number(m[3]);
  const lastOfPrevYear = y > 0 ? `${pad(y - 1, 4)}-12-31` : null;
  if (mo === 0) return lastOfPrevYear;
  if (mo > 12) return `${pad(y, 4)}-12-31`;
  if (day === 0) return mo === 1 ? lastOfPrevYear : `${pad(y, 4)}-${pad(mo - 1, 2)}-${pad(daysIn(y, mo - 1), 2)}`;
  const dim = daysIn(y, mo);
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(Math.min(day, dim), 2)}`;
});

/**
 * The buckets' days a text range [from, to] of start dates can fall in (every calendar day
 * from floorDay(from) to floorDay(to)), or null when that is unknown or too many.
 */
export function daysBetween(from: string, to: string): string[] | null {
  return daysCache(`${from.length}:${from}${to}`);
}

const daysCache = memo((key: string): string[] | null => {
  const colon = key.indexOf(':');
  const split = colon + 1 + Number(key.slice(0, colon));
  const from = key.slice(colon + 1, split);
  const to = key.slice(split);
  const a = floorDay(from);
  const b = floorDay(to);
  if (a === null || b === null || a > b) return a !== null && b !== null ? [] : null;
  const start = Date.parse(`${a}T00:00:00Z`) / DAY_MS;
  const end = Date.parse(`${b}T00:00:00Z`) / DAY_MS;
  if (!(end - start < MAX_COVERED_DAYS)) return null;
  const out: string[] = [];
  for (let n = start; n <= end; n++) out.push(new Date(n * DAY_MS).toISOString().slice(0, 10));
  return out;
}, 10_000);

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

  /** The first start date after `day` (as text) of an incident of `kind`, or null. */
  firstAfter(kind: string, day: string): string | null {
    const dates = this.byKind.get(kind)?.dates;
    if (!dates) return null;
    const i = lowerBound(dates, day);
    return dates[dates[i] === day ? i + 1 : i] ?? null;
  }

  *ids(kind: string, from: string, to: string): Generator<string> {
    const k = this.byKind.get(kind);
    if (!k) return;
    for (let i = lowerBound(k.dates, from); i < k.dates.length && k.dates[i]! <= to; i++) yield* k.ids.get(k.dates[i]!)!;
  }
}
