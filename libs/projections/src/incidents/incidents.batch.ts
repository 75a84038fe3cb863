import type { RecordedEvent } from '@sitrep/event-store';
import { incidentIdFor, type ExtractedEventData, type IncidentsMerged, type IncidentSplit } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { REPORT_LIFECYCLE_TYPES, ReportBook, reportIdOf } from '../shared/report-book.js';
import type { CurrentIncidents } from './current-incidents.js';
import type { HeldMember } from './held-members.js';
import { IncidentsBatchState, type IncidentState, type MemberState } from './incidents.batch-state.js';
import { IncidentsLoader } from './incidents.loader.js';
import { IncidentsWriter } from './incidents.writer.js';
import {
  aggregate,
  byPosition,
  partiesOf,
  sameValues,
  spanOf,
  uniqueSorted,
  withMember,
  type IncidentValues,
  type MemberValues,
} from './incident-values.js';
import {
  candidateWindow,
  incidentKindOf,
  MAX_INCIDENT_SPAN_DAYS,
  type DateSpan,
  type IncidentKind,
  type PlaceChain,
} from './linking.rule.js';
import { shiftDay } from './loaded-ranges.js';
import type { IdentifiedEvent } from './canonical-linking.js';
import { relinkRegion, type Placement, type RegionEvent } from './canonical-relink.js';
import { relinkCounts } from './relink-counts.js';

export const INCIDENTS_PROJECTION = 'incidents';

/** What linking needs of a member; made once per member, as every relink near it reads it. */
const linkKey = (m: MemberValues): IdentifiedEvent => {
  let key = linkKeys.get(m);
  if (!key) {
    key = {
      id: m.event_id,
      kind: incidentKindOf(m.type) ?? 'violence',
      span: { from: m.date_from, to: m.date_to },
      placeIds: m.place_ids,
      parties: m.parties,
    };
    linkKeys.set(m, key);
  }
  return key;
};
const linkKeys = new WeakMap<MemberValues, IdentifiedEvent>();

/**
 * A member as a relink lists it while it stays in `incident` (pinned or not), made once: a relink
 * lists every member of every incident near its change, and made afresh each time these were the
 * rebuild's largest self time and much of its garbage (bench/optimisations.md, item 34). Kept per
 * member values (the same object from batch to batch while the member is held); relinking only reads it.
 */
function listedMember(m: MemberValues, incident: string, pinned: boolean): RegionEvent {
  const kept = listedMembers.get(m);
  if (kept && kept.was!.incident === incident && kept.was!.pinned === pinned) return kept;
  const e: RegionEvent = { ...linkKey(m), was: { incident, pinned }, stays: true, pin: pinned ? incident : null };
  listedMembers.set(m, e);
  return e;
}
const listedMembers = new WeakMap<MemberValues, RegionEvent>();

/** The members of a held list as relinking lists them (see listedOf). */
function listedHeld(held: readonly HeldMember[]): readonly RegionEvent[] {
  let out = listedLists.get(held);
  if (!out) listedLists.set(held, (out = held.map((h) => listedMember(h.m, h.incident, h.pinned))));
  return out;
}
const listedLists = new WeakMap<readonly HeldMember[], readonly RegionEvent[]>();
const NO_CHANGES: ReadonlyMap<string, Placement | null> = new Map();

/** Per report the batch re-extracts or retracts, its last such event's position. */
function withdrawalsOf(events: readonly RecordedEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    const reportId = e.type === 'ReportReextracted' || e.type === 'ReportRetracted' ? reportIdOf(e) : null;
    if (reportId) out.set(reportId, e.position);
  }
  return out;
}

/** An event whose placement changed (joined: `was` null; left; or placed by a decision), for relinking. */
interface Change {
  m: MemberValues;
  was: Placement | null;
}

/**
 * One batch of the incidents projection, Marten-style: load the rows the batch
 * can touch in a few queries, evolve them in memory event by event (recording
 * every version with the position that made it), then write the history back
 * in a few multi-row statements, in the runner's transaction.
 *
 * The history it writes is the same as applying the events one by one: a row
 * version is closed at the position of the change and the next one starts
 * there; versions born and replaced at one position never reach the table.
 */
export class IncidentsBatch {
  private reports!: ReportBook;
  private state!: IncidentsBatchState;
  private loader!: IncidentsLoader;
  private readonly writer: IncidentsWriter;
  /** incidentIdFor, remembered for the batch: relinking names the incidents of a region on every change near it. */
  private readonly names = new Map<string, string>();
  private readonly nameOf = (eventId: string): string => {
    let name = this.names.get(eventId);
    if (name === undefined) this.names.set(eventId, (name = incidentIdFor(eventId)));
    return name;
  };

  /**
   * @param current the build's current incidents as of the batch's start (catch-up mode), or
   *   null to look them up in the table. The batch keeps it up to date with what it writes.
   */
  constructor(
    private readonly trx: ProjectionDb,
    private readonly build: number,
    private readonly chain: PlaceChain,
    private readonly current: CurrentIncidents | null = null,
  ) {
    this.writer = new IncidentsWriter(trx, build, chain);
  }

  /**
   * Evolves the batch in memory, then writes it. A label linking gave a new incident is checked
   * against the table once for the whole batch: when a live incident the batch had not loaded holds
   * it, the batch is evolved again knowing that incident, so that the label goes to neither.
   */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (let known: string[] = []; ;) {
      await this.evolveAll(events, known);
      const held = await this.loader.liveAmong([...this.state.unchecked]);
      if (!held.length) return this.flush();
      known = [...known, ...held];
    }
  }

  /** A fresh in-memory state, the incidents `known` loaded, and every event evolved over it. */
  private async evolveAll(events: readonly RecordedEvent[], known: readonly string[]): Promise<void> {
    this.state = new IncidentsBatchState();
    this.reports = new ReportBook(this.trx, INCIDENTS_PROJECTION, this.build);
    this.loader = new IncidentsLoader(this.trx, this.build, this.state, this.reports, this.current);
    await this.reports.load(events);
    const withdrawals = withdrawalsOf(events);
    await this.loader.loadReportMembers(withdrawals);
    await this.loader.prefetchCandidates(events, withdrawals);
    await this.loader.loadIncidents(known);
    // Carried over from the previous batch, the current state is the table's as of this batch's
    // start: no event after it can be a member yet. Otherwise (live, or the table freshly loaded,
    // perhaps after a forced replay) look them up, so that applying an event twice changes nothing.
    if (!this.current?.carried) await this.loader.loadMembersByEvent(events.filter((e) => incidentKindOf(e.type)).map((e) => e.id));
    for (const event of events) await this.evolve(event);
  }

  // ---------------------------------------------------------------- evolve

  private async evolve(event: RecordedEvent): Promise<void> {
    if ((REPORT_LIFECYCLE_TYPES as readonly string[]).includes(event.type)) {
      const change = this.reports.apply(event);
      if (change && change.kind !== 'submitted' && change.kind !== 'corrected') await this.withdrawReport(change.reportId, event.position);
      return;
    }
    if (event.type === 'IncidentsMerged') return this.merge(event.data as IncidentsMerged['data'], event.position);
    if (event.type === 'IncidentSplit') return this.split(event.data as IncidentSplit['data'], event.position);
    return this.link(event);
  }

  private linkable(event: RecordedEvent): { kind: IncidentKind; data: ExtractedEventData; span: DateSpan; reportId: string } | null {
    const kind = incidentKindOf(event.type);
    if (!kind) return null;
    const data = event.data as ExtractedEventData;
    if (data.background) return null;
    const report = this.reports.counting(event);
    if (!report) return null;
    // An event with no date of its own, from a report with no date, has no place in time:
    // dating it by when it was recorded made "today" incidents out of undated archive text.
    const fallback = report.reference_date ?? report.published_on;
    if (!data.occurredOn?.from && !fallback) return null;
    return { kind, data, span: spanOf(data, fallback ?? ''), reportId: report.report_id };
  }

  private async link(event: RecordedEvent): Promise<void> {
    const l = this.linkable(event);
    if (!l) return;
    // Already a member (prefetched): applying an event twice changes nothing.
    if (this.state.members.has(event.id)) return;
    const m: MemberValues = {
      event_id: event.id,
      report_id: l.reportId,
      type: event.type,
      date_from: l.span.from,
      date_to: l.span.to,
      place_ids: uniqueSorted((l.data.locations ?? []).map((x) => x.id)),
      parties: partiesOf(l.data),
      event_position: event.position,
    };
    this.state.newMember(m);
    await this.relink(l.kind, [{ m, was: null }], event.position);
  }

  /**
   * Keeps the incidents of `kind` those of the set of events whatever order they came in
   * (issue 13 item 10): after `changed` events joined (`was` null) or left the set, or were
   * pinned by a decision, links again the events from the first change on (see relinkRegion),
   * over the incidents near the change, reaching further until the incidents agree again.
   */
  private async relink(kind: IncidentKind, changed: Change[], position: number): Promise<void> {
    const days = changed.map((c) => c.m.date_from).sort();
    const from = days[0]!;
    const until = days.at(-1)!;
    const lo = candidateWindow({ from, to: from }).from;
    let hi = shiftDay(until, MAX_INCIDENT_SPAN_DAYS);
    let knownUpTo: string | null = hi;
    for (;;) {
      const events = await this.regionEvents(kind, lo, hi, changed);
      const inRegion = new Set<string>();
      for (const e of events) if (e.was) inRegion.add(e.was.incident);
      const heldElsewhere = (label: string) => !inRegion.has(label) && this.state.isLive(label);
      relinkCounts.listed += events.length;
      const moves = relinkRegion({ from, until, events, knownUpTo, heldElsewhere }, this.chain, this.nameOf);
      if (moves) return this.applyMoves(moves, changed, position);
      const next = await this.loader.nextStart(kind, hi);
      if (next === null) knownUpTo = null;
      else knownUpTo = hi = shiftDay(next, MAX_INCIDENT_SPAN_DAYS);
    }
  }

  /** The members of the current incidents of `kind` that start within [from, to], and the changed events. */
  private async regionEvents(kind: IncidentKind, from: string, to: string, changed: Change[]): Promise<RegionEvent[]> {
    const events: RegionEvent[] = [];
    // The incidents the changed events are or were in, whole, even when they start before the region.
    const theirs = uniqueSorted(changed.flatMap((c) => [c.was?.incident, this.state.members.get(c.m.event_id)?.incident]));
    await this.loader.loadIncidents(theirs);
    await this.loader.ensureMembersLoaded(theirs);
    const ids = new Set([
      ...(await this.loader.loadRegion(kind, from, to)),
      ...theirs.filter((id) => this.state.incidents.get(id)?.current),
    ]);
    // Each changed event's placement before the change (the first given for it; null when it had none).
    const changedWas = new Map<string, Placement | null>();
    for (const c of changed) if (!changedWas.has(c.m.event_id)) changedWas.set(c.m.event_id, c.was);
    // The incidents that hold a changed event listed with its placement before the change.
    const holdChanged = new Set<string>();
    for (const [e, was] of changedWas) {
      const incident = was ? this.state.members.get(e)?.incident : null;
      if (incident) holdChanged.add(incident);
    }
    for (const id of ids) {
      const s = this.state.incidents.get(id)!;
      if (holdChanged.has(id)) this.pushMembers(s, changedWas, events);
      else for (const e of this.listedOf(s)) events.push(e);
    }
    // Not in an incident now: a new event (it stays), or a withdrawn one.
    for (const c of changed) {
      const incident = this.state.members.get(c.m.event_id)?.incident;
      const listed = !!incident && ids.has(incident) && this.state.incidents.get(incident)!.members.has(c.m.event_id);
      if (!listed) events.push({ ...linkKey(c.m), was: c.was, stays: c.was === null, pin: null });
    }
    return events;
  }

  /** An incident's members as relinking lists them, those changed with their placement before the change. */
  private pushMembers(s: IncidentState, changedWas: ReadonlyMap<string, Placement | null>, events: RegionEvent[]): void {
    for (const e of s.members) {
      const m = this.state.members.get(e)!;
      const was = changedWas.get(e);
      events.push(was ? { ...linkKey(m.m), was, stays: true, pin: m.pinned ? s.id : null } : listedMember(m.m, s.id, m.pinned));
    }
  }

  /**
   * An incident's members as relinking lists them when none is changed: made once while its members
   * stay as they are (`listed`), and, for members adopted as a whole held list, once per held list
   * (the same list from batch to batch until a batch changes the incident).
   */
  private listedOf(s: IncidentState): readonly RegionEvent[] {
    if (s.listed) return s.listed;
    if (s.held) return (s.listed = listedHeld(s.held));
    const out: RegionEvent[] = [];
    this.pushMembers(s, NO_CHANGES, out);
    return (s.listed = out);
  }

  private async applyMoves(moves: ReadonlyMap<string, string>, changed: Change[], position: number): Promise<void> {
    const left = new Set<string>(changed.flatMap((c) => (c.was ? [c.was.incident] : [])));
    const joined = new Map<string, MemberValues[]>();
    for (const [e, inc] of moves) {
      const s = this.state.members.get(e)!;
      if (s.incident !== null) left.add(s.incident);
      // A label the batch does not know is a new incident's (checked against the table before the batch is written).
      if (!this.state.incidents.has(inc)) this.state.freshIncident(inc);
      joined.set(inc, [...(joined.get(inc) ?? []), s.m]);
    }
    const touched = [...new Set([...left, ...joined.keys()])];
    await this.loader.loadIncidents(touched);
    await this.loader.ensureMembersLoaded(touched);
    for (const [e, inc] of moves) this.state.moveMember(e, inc, position);
    for (const id of left) joined.delete(id);
    await this.recompute(touched.sort(), position, joined);
  }

  private async withdrawReport(reportId: string, position: number): Promise<void> {
    await this.loader.loadReportMembers(new Map([[reportId, position]]));
    const touched = new Set<string>();
    const left = new Map<IncidentKind, Change[]>();
    for (const id of this.state.membersOf(reportId)) {
      const s = this.state.members.get(id)!;
      if (s.incident === null || s.m.event_position >= position) continue;
      touched.add(s.incident);
      const kind = incidentKindOf(s.m.type) ?? 'violence';
      left.set(kind, [...(left.get(kind) ?? []), { m: s.m, was: { incident: s.incident, pinned: s.pinned } }]);
      this.state.moveMember(id, null, position, false);
    }
    await this.recompute([...touched].sort(), position);
    // Later events may link otherwise without them.
    await this.relinkEach(left, position);
  }

  private async merge(d: IncidentsMerged['data'], position: number): Promise<void> {
    const ids = uniqueSorted([d.into, ...d.incidentIds]);
    await this.loader.loadIncidents(ids);
    await this.loader.ensureMembersLoaded(ids);
    if (d.eventIds.length) await this.loader.loadMembersByEvent(d.eventIds);
    const involved = [...this.state.members.values()].filter(
      (s) => s.incident !== null && (ids.includes(s.incident) || d.eventIds.includes(s.m.event_id)),
    );
    if (involved.length === 0) return;
    involved.sort((a, b) => byPosition(a.m, b.m));
    const target = involved.some((s) => s.incident === d.into)
      ? d.into
      : (involved.find((s) => d.eventIds.includes(s.m.event_id))?.incident ?? involved[0]!.incident!);
    const touched = new Set<string>([target]);
    await this.loader.loadIncidents([...new Set(involved.map((s) => s.incident!))]);
    await this.loader.ensureMembersLoaded([...new Set(involved.map((s) => s.incident!))]);
    const pinned = this.pinningChanges(involved);
    for (const s of involved) {
      touched.add(s.incident!);
      this.state.moveMember(s.m.event_id, target, position, true);
    }
    await this.recompute([...touched].sort(), position);
    // Events near the ones the decision placed may link otherwise now.
    await this.relinkEach(pinned, position);
  }

  private async split(d: IncidentSplit['data'], position: number): Promise<void> {
    if (d.eventIds.length === 0) return;
    await this.loader.loadMembersByEvent(d.eventIds);
    const moving = d.eventIds.map((id) => this.state.members.get(id)).filter((s): s is MemberState => !!s && s.incident !== null);
    const touched = new Set<string>([d.newIncidentId]);
    await this.loader.loadIncidents([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    await this.loader.ensureMembersLoaded([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    // The events that stay are pinned where they are, so that linking does not bring the split ones back.
    const staying = uniqueSorted(moving.map((s) => s.incident))
      .flatMap((id) => [...(this.state.incidents.get(id)?.members ?? [])])
      .map((e) => this.state.members.get(e)!)
      .filter((s) => !d.eventIds.includes(s.m.event_id));
    const pinned = this.pinningChanges([...moving, ...staying]);
    for (const s of moving) {
      touched.add(s.incident!);
      this.state.moveMember(s.m.event_id, d.newIncidentId, position, true);
    }
    for (const s of staying) this.state.moveMember(s.m.event_id, s.incident, position, true);
    await this.recompute([...touched].sort(), position);
    await this.relinkEach(pinned, position);
  }

  /** The placements before a decision of the members it places, by kind. */
  private pinningChanges(members: readonly MemberState[]): Map<IncidentKind, Change[]> {
    const out = new Map<IncidentKind, Change[]>();
    for (const s of members) {
      const kind = incidentKindOf(s.m.type) ?? 'violence';
      out.set(kind, [...(out.get(kind) ?? []), { m: s.m, was: { incident: s.incident!, pinned: s.pinned } }]);
    }
    return out;
  }

  /** Relinks after the changes of each kind, kinds in a fixed order. */
  private async relinkEach(changes: Map<IncidentKind, Change[]>, position: number): Promise<void> {
    for (const [kind, changed] of [...changes].sort(([a], [b]) => (a < b ? -1 : 1))) await this.relink(kind, changed, position);
  }

  /**
   * Recomputes incidents from their full member lists, or, for those that only gained members
   * (`joined`), from their values and the members they gained.
   */
  private async recompute(ids: string[], position: number, joined?: ReadonlyMap<string, MemberValues[]>): Promise<void> {
    await this.loader.loadIncidents(ids);
    await this.loader.ensureMembersLoaded(ids);
    for (const id of ids) {
      const s = this.state.incidents.get(id) ?? this.state.newIncident(id);
      const gained = s.current ? joined?.get(id) : undefined;
      const next = gained ? gained.reduce(withMember, s.current!) : this.aggregated(s);
      if (!sameValues(s.current, next)) this.state.setIncident(s, next, position);
    }
  }

  private aggregated(s: IncidentState): IncidentValues | null {
    const ms = [...s.members].map((e) => this.state.members.get(e)!.m);
    return ms.length ? aggregate(s.id, ms) : null;
  }

  // ---------------------------------------------------------------- flush

  private async flush(): Promise<void> {
    await this.reports.flush();
    const after = await this.writer.write(this.state);
    if (this.current) {
      const current = this.current;
      for (const c of after.incidents) {
        if (c.values) current.put(c.values, c.validFrom);
        else current.remove(c.id);
      }
      current.members.update(this.state, after.members, (id) => current.get(id) !== undefined);
    }
  }
}
