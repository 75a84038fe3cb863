import type { MemberValues } from './incident-values.js';

/** A current member row of the table, as a catching-up build holds it between batches. */
export interface HeldMember {
  m: MemberValues;
  incident: string;
  pinned: boolean;
  validFrom: number;
}

/** What `update` reads of a batch's state (an IncidentsBatchState; importing its type here would be an import cycle). */
interface WrittenBatch {
  readonly members: ReadonlyMap<
    string,
    { m: MemberValues; dbIncident: string | null; dbValidFrom: number | null; incident: string | null; pinned: boolean }
  >;
  readonly incidents: ReadonlyMap<string, { id: string; loaded: boolean; members: ReadonlySet<string> }>;
}

/**
 * How many current members a worker holds per build while it catches up, by default: every current
 * member of the bench's 150,000-event history (105,107). Each is its values, link key and entry;
 * its heap cost was not measured conclusively (bench/optimisations.md, item 27).
 */
export const DEFAULT_HELD_MEMBERS_LIMIT = 150_000;

/**
 * The current members of some of the held current incidents, whole per incident: an incident's
 * list, when held, is every current member row of it in the table as of the held state's position,
 * so a batch adopts it instead of reading `incident_members` by incident. Relinking reads the
 * members of every incident near each event, and a catch-up's batch spreads over all the history's
 * dates, so without them every batch read nearly every member again (item 26).
 *
 * Bounded: at most `limit` members; over it, whole lists are let go least recently used first,
 * and their incidents' members are read from the table again when a batch needs them.
 */
export class HeldMembers {
  /** Per incident its current members, least recently used first. */
  private readonly byIncident = new Map<string, readonly HeldMember[]>();
  private count = 0;

  constructor(readonly limit: number) {}

  /** How many members are held. */
  get size(): number {
    return this.count;
  }

  /** Every current member of the incident, or undefined when its list is not held. */
  of(incident: string): readonly HeldMember[] | undefined {
    const list = this.byIncident.get(incident);
    if (list) this.touch(incident, list);
    return list;
  }

  /** The incidents whose lists are held, least recently used first. */
  incidents(): IterableIterator<string> {
    return this.byIncident.keys();
  }

  set(incident: string, members: readonly HeldMember[]): void {
    this.drop(incident);
    this.byIncident.set(incident, members);
    this.count += members.length;
  }

  drop(incident: string): void {
    const old = this.byIncident.get(incident);
    if (!old) return;
    this.byIncident.delete(incident);
    this.count -= old.length;
  }

  /** Lets lists go, least recently used first, until at most `limit` members are held. */
  trim(): void {
    for (const incident of this.byIncident.keys()) {
      if (this.count <= this.limit) return;
      this.drop(incident);
    }
  }

  /**
   * Brings the lists up to date with a batch that has written its rows: `changed` gives, for every
   * member whose row the batch changed, the position its current row starts at; `held` says which
   * incidents are held after the batch. An incident whose members the batch knew whole (`loaded`)
   * gets the batch's list; a list the batch changed without knowing it whole is let go.
   */
  update(state: WrittenBatch, changed: ReadonlyMap<string, number>, held: (incident: string) => boolean): void {
    const touched = new Set<string>();
    for (const eventId of changed.keys()) {
      const s = state.members.get(eventId)!;
      if (s.dbIncident !== null) touched.add(s.dbIncident);
      if (s.incident !== null) touched.add(s.incident);
    }
    for (const id of touched) if (!state.incidents.get(id)?.loaded) this.drop(id);
    for (const s of state.incidents.values()) {
      if (!s.loaded || !held(s.id)) this.drop(s.id);
      else if (touched.has(s.id) || !this.byIncident.has(s.id)) this.set(s.id, this.listOf(state, s.id, s.members, changed));
    }
  }

  private listOf(state: WrittenBatch, incident: string, eventIds: ReadonlySet<string>, changed: ReadonlyMap<string, number>): HeldMember[] {
    const out: HeldMember[] = [];
    for (const eventId of eventIds) {
      const s = state.members.get(eventId)!;
      out.push({ m: s.m, incident, pinned: s.pinned, validFrom: changed.get(eventId) ?? s.dbValidFrom! });
    }
    return out;
  }

  private touch(incident: string, list: readonly HeldMember[]): void {
    this.byIncident.delete(incident);
    this.byIncident.set(incident, list);
  }
}
