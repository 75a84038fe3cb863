import { IncidentsByStart } from './current-incidents.js';
import type { HeldMember } from './held-members.js';
import type { RegionEvent } from './relink-region.js';
import type { IncidentMemberRow } from './incident-member.table.js';
import { memberValuesOf, type IncidentValues, type MemberValues } from './incident-values.js';

/** An event's membership as a batch sees it: the row current at batch start, and every version since. */
export interface MemberState {
  m: MemberValues;
  /** The incident of its current row in the table at batch start (null: none). */
  dbIncident: string | null;
  dbValidFrom: number | null;
  dbPinned: boolean;
  incident: string | null;
  /** Placed by an analyst's merge or split: linking leaves it there. */
  pinned: boolean;
  versions: { pos: number; incident: string | null; pinned: boolean }[];
}

/** An incident as a batch sees it: the row current at batch start, and every version since. */
export interface IncidentState {
  id: string;
  db: IncidentValues | null;
  dbValidFrom: number | null;
  current: IncidentValues | null;
  versions: { pos: number; values: IncidentValues | null }[];
  members: Set<string>;
  /** All current members known (loaded from the table or created in this batch). */
  loaded: boolean;
  /**
   * The held list its members are, exactly and in order, while the batch has changed none of them
   * (set by the loader when it adopts a whole held list); null otherwise.
   */
  held: readonly HeldMember[] | null;
  /** Its members as relinking lists them, while they stay as they are (IncidentsBatch.listedOf); null: to be made. */
  listed: readonly RegionEvent[] | null;
}

/**
 * The incidents and memberships one batch has loaded or made, in memory: what the loader
 * adopts from the table, the batch evolves, and the writer turns into row versions.
 */
export class IncidentsBatchState {
  readonly incidents = new Map<string, IncidentState>();
  readonly members = new Map<string, MemberState>();
  /**
   * The members' event ids by the incident they are in, whether that incident is loaded or not:
   * so that adopting an incident finds its known members without a pass over all of the
   * batch's (a pass per incident cost incidents × members, both growing with the history).
   */
  private readonly byIncident = new Map<string, Set<string>>();
  /** The batch's incidents by kind and start date (their current values), for linking. */
  readonly byStart = new IncidentsByStart();
  /**
   * Labels the batch gave to incidents it made without asking the table whether a live incident
   * holds them already (one look-up for them all before the batch is written).
   */
  readonly unchecked = new Set<string>();
  /** The batch's members by report, in the order the batch came to know them. */
  private readonly byReport = new Map<string, Set<string>>();

  /** An incident with no row current at batch start. */
  newIncident(id: string): IncidentState {
    const s: IncidentState = {
      id,
      db: null,
      dbValidFrom: null,
      current: null,
      versions: [],
      members: new Set(),
      loaded: true,
      held: null,
      listed: null,
    };
    this.incidents.set(id, s);
    return s;
  }

  /** An incident linking made, under a label not looked up in the table yet. */
  freshIncident(id: string): IncidentState {
    this.unchecked.add(id);
    return this.newIncident(id);
  }

  /** Whether a live incident, as the batch knows them now, holds this label. */
  isLive(id: string): boolean {
    return !!this.incidents.get(id)?.current;
  }

  /** A membership with no row current at batch start, in no incident yet. */
  newMember(m: MemberValues): void {
    this.members.set(m.event_id, { m, dbIncident: null, dbValidFrom: null, dbPinned: false, incident: null, pinned: false, versions: [] });
    this.indexByReport(m);
  }

  /** The event ids of the batch's members from `reportId`'s events. */
  membersOf(reportId: string): ReadonlySet<string> {
    return this.byReport.get(reportId) ?? new Set();
  }

  setIncident(s: IncidentState, values: IncidentValues | null, position: number): void {
    if (s.current) this.byStart.delete(s.current);
    if (values) this.byStart.add(values);
    s.current = values;
    s.versions.push({ pos: position, values });
  }

  /** Moves a member (to no incident: `null`); `pinned` given, pins or unpins it, else it keeps its pin. */
  moveMember(eventId: string, incident: string | null, position: number, pinned?: boolean): void {
    const s = this.members.get(eventId)!;
    if (s.incident !== null) {
      this.leave(s.incident, eventId);
      this.byIncident.get(s.incident)?.delete(eventId);
    }
    s.incident = incident;
    s.pinned = pinned ?? s.pinned;
    s.versions.push({ pos: position, incident, pinned: s.pinned });
    if (incident !== null) {
      this.join(incident, eventId);
      this.index(incident, eventId);
    }
  }

  /**
   * Adds the members the batch knew before their incident to its members; true when it added none.
   * (Every change to an incident's members goes through `join`, `leave` or this, which let go of
   * what was made of them: `held`, `listed`.)
   */
  addKnownMembers(s: IncidentState): boolean {
    const before = s.members.size;
    for (const eventId of this.knownMembersOf(s.id)) s.members.add(eventId);
    if (s.members.size === before) return true;
    s.held = s.listed = null;
    return false;
  }

  private join(incident: string, eventId: string): void {
    const s = this.incidents.get(incident);
    if (!s) return;
    s.members.add(eventId);
    s.held = s.listed = null;
  }

  private leave(incident: string, eventId: string): void {
    const s = this.incidents.get(incident);
    if (!s) return;
    s.members.delete(eventId);
    s.held = s.listed = null;
  }

  /** The event ids of the known members of an incident, loaded or not. */
  knownMembersOf(incident: string): ReadonlySet<string> {
    return this.byIncident.get(incident) ?? NONE;
  }

  private index(incident: string, eventId: string): void {
    let ids = this.byIncident.get(incident);
    if (!ids) this.byIncident.set(incident, (ids = new Set()));
    ids.add(eventId);
  }

  /** Holds current member rows of the table, unless the batch knows their event already. */
  adoptMembers(rows: readonly IncidentMemberRow[]): void {
    for (const r of rows) {
      if (!this.members.has(r.event_id)) this.adoptMember(memberValuesOf(r), r.incident_id, Number(r.valid_from), r.pinned);
    }
  }

  /**
   * Holds an incident's current members held in memory between batches (HeldMembers), unless the batch
   * knows their event already. When the batch knew none of its members before, its members are then
   * the held list exactly: the incident remembers it (`held`) until the batch changes them.
   */
  adoptHeld(incident: string, held: readonly HeldMember[]): void {
    const fresh = this.knownMembersOf(incident).size === 0;
    let all = true;
    for (const h of held) {
      if (!this.members.has(h.m.event_id)) this.adoptMember(h.m, h.incident, h.validFrom, h.pinned);
      else all = false;
    }
    const s = this.incidents.get(incident);
    if (s && fresh && all && s.members.size === held.length) s.held = held;
  }

  private adoptMember(m: MemberValues, incident: string, validFrom: number, pinned: boolean): void {
    this.members.set(m.event_id, { m, dbIncident: incident, dbValidFrom: validFrom, dbPinned: pinned, incident, pinned, versions: [] });
    this.indexByReport(m);
    this.join(incident, m.event_id);
    this.index(incident, m.event_id);
  }

  /** Holds an incident's current values as of batch start, unless the batch knows it already. */
  adoptValues(v: IncidentValues, validFrom: number): void {
    if (this.incidents.has(v.id)) return;
    this.incidents.set(v.id, {
      id: v.id,
      db: v,
      dbValidFrom: validFrom,
      current: v,
      versions: [],
      members: new Set(),
      loaded: false,
      held: null,
      listed: null,
    });
    this.byStart.add(v);
    this.addKnownMembers(this.incidents.get(v.id)!);
  }

  private indexByReport(m: MemberValues): void {
    let ids = this.byReport.get(m.report_id);
    if (!ids) this.byReport.set(m.report_id, (ids = new Set()));
    ids.add(m.event_id);
  }
}

const NONE: ReadonlySet<string> = new Set();
