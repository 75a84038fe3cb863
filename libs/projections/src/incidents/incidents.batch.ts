import { sql } from 'kysely';
import type { RecordedEvent } from '@sitrep/event-store';
import { incidentIdFor, type ExtractedEventData, type IncidentsMerged, type IncidentSplit } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { anyOf } from '../shared/any-of.js';
import { REPORT_LIFECYCLE_TYPES, ReportBook, reportIdOf } from '../shared/report-book.js';
import { insertUnnest, type UnnestColumn } from '../shared/unnest-insert.js';
import { IncidentsByStart, valuesOf, type CurrentIncidents, type IncidentValues } from './current-incidents.js';
import type { IncidentMemberRow } from './incident-member.table.js';
import type { IncidentRow } from './incident.table.js';
import {
  candidateWindow,
  incidentKindOf,
  MAX_INCIDENT_SPAN_DAYS,
  type DateSpan,
  type IncidentKind,
  type PlaceChain,
} from './linking.rule.js';
import { LoadedRanges, shiftDay } from './loaded-ranges.js';
import { relinkRegion, type Placement, type RegionEvent } from './canonical-relink.js';

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
export const INCIDENTS_PROJECTION = 'incidents';

const INSERT_COLUMNS: Record<'incidents' | 'incident_members' | 'incident_places', UnnestColumn[]> = {
  incidents: [
    ['build', 'int4'],
    ['id', 'text'],
    ['kind', 'text'],
    ['types', 'text[]'],
    ['date_from', 'text'],
    ['date_to', 'text'],
    ['place_ids', 'text[]'],
    ['parties', 'text[]'],
    ['member_count', 'int4'],
    ['report_ids', 'text[]'],
    ['first_event_id', 'text'],
    ['first_position', 'int8'],
    ['valid_from', 'int8'],
    ['valid_to', 'int8'],
  ],
  incident_members: [
    ['build', 'int4'],
    ['event_id', 'text'],
    ['incident_id', 'text'],
    ['report_id', 'text'],
    ['type', 'text'],
    ['date_from', 'text'],
    ['date_to', 'text'],
    ['place_ids', 'text[]'],
    ['parties', 'text[]'],
    ['event_position', 'int8'],
    ['pinned', 'bool'],
    ['valid_from', 'int8'],
    ['valid_to', 'int8'],
  ],
  incident_places: [
    ['build', 'int4'],
    ['incident_id', 'text'],
    ['place_id', 'text'],
    ['direct', 'bool'],
    ['valid_from', 'int8'],
    ['valid_to', 'int8'],
  ],
};

export { arrayLiteral } from '../shared/unnest-insert.js';

interface MemberData {
  event_id: string;
  report_id: string;
  type: string;
  date_from: string;
  date_to: string;
  place_ids: string[];
  parties: string[];
  event_position: number;
}

interface MemberState {
  m: MemberData;
  /** The incident of its current row in the table at batch start (null: none). */
  dbIncident: string | null;
  dbValidFrom: number | null;
  dbPinned: boolean;
  incident: string | null;
  /** Placed by an analyst's merge or split: linking leaves it there. */
  pinned: boolean;
  versions: { pos: number; incident: string | null; pinned: boolean }[];
}

interface IncidentState {
  id: string;
  db: IncidentValues | null;
  dbValidFrom: number | null;
  current: IncidentValues | null;
  versions: { pos: number; values: IncidentValues | null }[];
  members: Set<string>;
  /** All current members known (loaded from the table or created in this batch). */
  loaded: boolean;
}

export const uniqueSorted = (xs: Iterable<string | null | undefined>): string[] =>
  [...new Set([...xs].filter((x): x is string => typeof x === 'string' && x.length > 0))].sort();

/** The parties an event involves: who claims, who is accused, who is targeted, whose losses, where. */
export function partiesOf(d: ExtractedEventData): string[] {
  return uniqueSorted([
    d.claimant?.party,
    d.accused,
    d.target,
    ...(d.casualties ?? []).map((c) => c.party),
    ...(d.materiel ?? []).map((m) => m.party),
    ...(d.locations ?? []).map((l) => l.country),
  ]);
}

export function spanOf(d: ExtractedEventData, fallbackDate: string): DateSpan {
  const from = d.occurredOn?.from ?? fallbackDate;
  const to = d.occurredOn?.to ?? from;
  return from <= to ? { from, to } : { from: to, to: from };
}

const toMember = (r: IncidentMemberRow): MemberData => ({
  event_id: r.event_id,
  report_id: r.report_id,
  type: r.type,
  date_from: r.date_from,
  date_to: r.date_to,
  place_ids: r.place_ids,
  parties: r.parties,
  event_position: Number(r.event_position),
});

const byPosition = (a: MemberData, b: MemberData) =>
  a.event_position - b.event_position || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0);

export function aggregate(id: string, members: readonly MemberData[]): IncidentValues {
  const sorted = [...members].sort(byPosition);
  const first = sorted[0]!;
  return {
    id,
    kind: incidentKindOf(first.type) ?? 'violence',
    types: uniqueSorted(sorted.map((m) => m.type)),
    date_from: sorted.reduce((d, m) => (m.date_from < d ? m.date_from : d), first.date_from),
    date_to: sorted.reduce((d, m) => (m.date_to > d ? m.date_to : d), first.date_to),
    place_ids: uniqueSorted(sorted.flatMap((m) => m.place_ids)),
    parties: uniqueSorted(sorted.flatMap((m) => m.parties)),
    member_count: sorted.length,
    report_ids: uniqueSorted(sorted.map((m) => m.report_id)),
    first_event_id: first.event_id,
    first_position: first.event_position,
  };
}

/** What linking needs of a member. */
const linkKey = (m: MemberData) => ({
  id: m.event_id,
  kind: incidentKindOf(m.type) ?? 'violence',
  span: { from: m.date_from, to: m.date_to },
  placeIds: m.place_ids,
  parties: m.parties,
});

const eqList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

export function sameValues(a: IncidentValues | null, b: IncidentValues | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.kind === b.kind &&
    a.date_from === b.date_from &&
    a.date_to === b.date_to &&
    a.member_count === b.member_count &&
    a.first_event_id === b.first_event_id &&
    a.first_position === b.first_position &&
    eqList(a.types, b.types) &&
    eqList(a.place_ids, b.place_ids) &&
    eqList(a.parties, b.parties) &&
    eqList(a.report_ids, b.report_ids)
  );
}

/** Collapses versions made at one position (the last wins) and drops those that change nothing. */
function history<T>(start: T, versions: readonly { pos: number; value: T }[], same: (a: T, b: T) => boolean): { pos: number; value: T }[] {
  const collapsed: { pos: number; value: T }[] = [];
  for (const v of versions) {
    if (collapsed.length && collapsed.at(-1)!.pos === v.pos) collapsed[collapsed.length - 1] = v;
    else collapsed.push(v);
  }
  const out: { pos: number; value: T }[] = [];
  let prev = start;
  for (const v of collapsed) {
    if (!same(prev, v.value)) out.push(v);
    prev = v.value;
  }
  return out;
}

export class IncidentsBatch {
  private readonly reports: ReportBook;
  private readonly incidents = new Map<string, IncidentState>();
  private readonly members = new Map<string, MemberState>();
  /** The batch's incidents by kind and start date (their current values), for linking. */
  private readonly byStart = new IncidentsByStart();
  private readonly loadedRanges = new LoadedRanges();

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
    this.reports = new ReportBook(trx, INCIDENTS_PROJECTION, build);
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    await this.reports.load(events);
    await this.prefetchCandidates(events);
    // Carried over from the previous batch, the current state is the table's as of this batch's
    // start: no event after it can be a member yet. Otherwise (live, or the table freshly loaded,
    // perhaps after a forced replay) look them up, so that applying an event twice changes nothing.
    if (!this.current?.carried) await this.loadMembersByEvent(events.filter((e) => incidentKindOf(e.type)).map((e) => e.id));
    for (const event of events) await this.evolve(event);
    await this.flush();
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
    if (this.members.has(event.id)) return;
    const m: MemberData = {
      event_id: event.id,
      report_id: l.reportId,
      type: event.type,
      date_from: l.span.from,
      date_to: l.span.to,
      place_ids: uniqueSorted((l.data.locations ?? []).map((x) => x.id)),
      parties: partiesOf(l.data),
      event_position: event.position,
    };
    this.members.set(event.id, { m, dbIncident: null, dbValidFrom: null, dbPinned: false, incident: null, pinned: false, versions: [] });
    await this.relink(l.kind, [{ m, was: null }], event.position);
  }

  /**
   * Keeps the incidents of `kind` those of the set of events whatever order they came in
   * (issue 13 item 10): after `changed` events joined (`was` null) or left the set, or were
   * pinned by a decision, links again the events from the first change on (see relinkRegion),
   * over the incidents near the change, reaching further until the incidents agree again.
   */
  private async relink(kind: IncidentKind, changed: { m: MemberData; was: Placement | null }[], position: number): Promise<void> {
    const days = changed.map((c) => c.m.date_from).sort();
    const from = days[0]!;
    const until = days.at(-1)!;
    const lo = candidateWindow({ from, to: from }).from;
    let hi = shiftDay(until, MAX_INCIDENT_SPAN_DAYS);
    let knownUpTo: string | null = hi;
    for (;;) {
      const events = await this.regionEvents(kind, lo, hi, changed);
      const moves = relinkRegion({ from, until, events, knownUpTo }, this.chain, incidentIdFor);
      if (moves) return this.applyMoves(moves, changed, position);
      const next = await this.nextStart(kind, hi);
      if (next === null) knownUpTo = null;
      else knownUpTo = hi = shiftDay(next, MAX_INCIDENT_SPAN_DAYS);
    }
  }

  /** The members of the current incidents of `kind` that start within [from, to], and the changed events. */
  private async regionEvents(
    kind: IncidentKind,
    from: string,
    to: string,
    changed: { m: MemberData; was: Placement | null }[],
  ): Promise<RegionEvent[]> {
    const events: RegionEvent[] = [];
    const listed = new Set<string>();
    // The incidents the changed events are or were in, whole, even when they start before the region.
    const theirs = uniqueSorted(changed.flatMap((c) => [c.was?.incident, this.members.get(c.m.event_id)?.incident]));
    await this.loadIncidents(theirs);
    await this.ensureMembersLoaded(theirs);
    const ids = new Set([...(await this.loadRegion(kind, from, to)), ...theirs.filter((id) => this.incidents.get(id)?.current)]);
    for (const id of ids) {
      for (const e of this.incidents.get(id)!.members) {
        const s = this.members.get(e)!;
        listed.add(e);
        const was = changed.find((c) => c.m.event_id === e)?.was ?? { incident: id, pinned: s.pinned };
        events.push({ ...linkKey(s.m), was, stays: true, pin: s.pinned ? id : null });
      }
    }
    // Not in an incident now: a new event (it stays), or a withdrawn one.
    for (const c of changed) if (!listed.has(c.m.event_id)) events.push({ ...linkKey(c.m), was: c.was, stays: c.was === null, pin: null });
    return events;
  }

  private async applyMoves(moves: ReadonlyMap<string, string>, changed: { was: Placement | null }[], position: number): Promise<void> {
    const touched = new Set<string>(changed.flatMap((c) => (c.was ? [c.was.incident] : [])));
    for (const [e, inc] of moves) {
      const from = this.members.get(e)!.incident;
      if (from !== null) touched.add(from);
      // A fresh id (named after a member's event) that is no current incident is a new one.
      if (!this.incidents.has(inc)) this.newIncident(inc);
      touched.add(inc);
    }
    await this.loadIncidents([...touched]);
    await this.ensureMembersLoaded([...touched]);
    for (const [e, inc] of moves) this.moveMember(e, inc, position);
    await this.recompute([...touched].sort(), position);
  }

  /** The current incidents of `kind` that start within [from, to], with all their members. */
  private async loadRegion(kind: IncidentKind, from: string, to: string): Promise<string[]> {
    if (!this.loadedRanges.covers(kind, from, to)) {
      const rows = await this.trx
        .selectFrom('incidents')
        .selectAll()
        .where('build', '=', this.build)
        .where('valid_to', 'is', null)
        .where('kind', '=', kind)
        .where('date_from', '>=', from)
        .where('date_from', '<=', to)
        .execute();
      for (const r of rows) this.adoptIncident(r);
      this.loadedRanges.add(kind, from, to);
    }
    const ids = [...this.byStart.ids(kind, from, to)];
    await this.ensureMembersLoaded(ids);
    return ids;
  }

  /** The first start date after `day` of a current incident of `kind`, or null when there is none. */
  private async nextStart(kind: IncidentKind, day: string): Promise<string | null> {
    const { rows } = await sql<{ next: string | null }>`
      SELECT min(date_from) AS next FROM incidents
      WHERE build = ${this.build} AND valid_to IS NULL AND kind = ${kind} AND date_from > ${day}`.execute(this.trx);
    let next = rows[0]?.next ?? null;
    for (const id of this.byStart.ids(kind, `${day}\u0000`, '\uffff')) {
      const v = this.incidents.get(id)!.current!;
      if (next === null || v.date_from < next) next = v.date_from;
    }
    return next;
  }

  private async withdrawReport(reportId: string, position: number): Promise<void> {
    const rows = await this.trx
      .selectFrom('incident_members')
      .selectAll()
      .where('build', '=', this.build)
      .where('report_id', '=', reportId)
      .where('valid_to', 'is', null)
      .where('event_position', '<', String(position))
      .execute();
    this.adoptMembers(rows);
    const touched = new Set<string>();
    const left = new Map<IncidentKind, { m: MemberData; was: Placement }[]>();
    for (const [id, s] of this.members) {
      if (s.m.report_id !== reportId || s.incident === null || s.m.event_position >= position) continue;
      touched.add(s.incident);
      const kind = incidentKindOf(s.m.type) ?? 'violence';
      left.set(kind, [...(left.get(kind) ?? []), { m: s.m, was: { incident: s.incident, pinned: s.pinned } }]);
      this.moveMember(id, null, position, false);
    }
    await this.recompute([...touched].sort(), position);
    // Later events may link otherwise without them.
    for (const [kind, changed] of [...left].sort(([a], [b]) => (a < b ? -1 : 1))) await this.relink(kind, changed, position);
  }

  private async merge(d: IncidentsMerged['data'], position: number): Promise<void> {
    const ids = uniqueSorted([d.into, ...d.incidentIds]);
    await this.loadIncidents(ids);
    await this.ensureMembersLoaded(ids);
    if (d.eventIds.length) await this.loadMembersByEvent(d.eventIds);
    const involved = [...this.members.values()].filter(
      (s) => s.incident !== null && (ids.includes(s.incident) || d.eventIds.includes(s.m.event_id)),
    );
    if (involved.length === 0) return;
    involved.sort((a, b) => byPosition(a.m, b.m));
    const target = involved.some((s) => s.incident === d.into)
      ? d.into
      : (involved.find((s) => d.eventIds.includes(s.m.event_id))?.incident ?? involved[0]!.incident!);
    const touched = new Set<string>([target]);
    await this.loadIncidents([...new Set(involved.map((s) => s.incident!))]);
    await this.ensureMembersLoaded([...new Set(involved.map((s) => s.incident!))]);
    const pinned = this.pinningChanges(involved);
    for (const s of involved) {
      touched.add(s.incident!);
      this.moveMember(s.m.event_id, target, position, true);
    }
    await this.recompute([...touched].sort(), position);
    await this.relinkAfterDecision(pinned, position);
  }

  private async split(d: IncidentSplit['data'], position: number): Promise<void> {
    if (d.eventIds.length === 0) return;
    await this.loadMembersByEvent(d.eventIds);
    const moving = d.eventIds.map((id) => this.members.get(id)).filter((s): s is MemberState => !!s && s.incident !== null);
    const touched = new Set<string>([d.newIncidentId]);
    await this.loadIncidents([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    await this.ensureMembersLoaded([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    // The events that stay are pinned where they are, so that linking does not bring the split ones back.
    const staying = uniqueSorted(moving.map((s) => s.incident))
      .flatMap((id) => [...(this.incidents.get(id)?.members ?? [])])
      .map((e) => this.members.get(e)!)
      .filter((s) => !d.eventIds.includes(s.m.event_id));
    const pinned = this.pinningChanges([...moving, ...staying]);
    for (const s of moving) {
      touched.add(s.incident!);
      this.moveMember(s.m.event_id, d.newIncidentId, position, true);
    }
    for (const s of staying) this.moveMember(s.m.event_id, s.incident, position, true);
    await this.recompute([...touched].sort(), position);
    await this.relinkAfterDecision(pinned, position);
  }

  /** The placements before a decision of the members it places, by kind. */
  private pinningChanges(members: readonly MemberState[]): Map<IncidentKind, { m: MemberData; was: Placement }[]> {
    const out = new Map<IncidentKind, { m: MemberData; was: Placement }[]>();
    for (const s of members) {
      const kind = incidentKindOf(s.m.type) ?? 'violence';
      out.set(kind, [...(out.get(kind) ?? []), { m: s.m, was: { incident: s.incident!, pinned: s.pinned } }]);
    }
    return out;
  }

  /** Events near the ones a decision placed may link otherwise now. */
  private async relinkAfterDecision(changes: Map<IncidentKind, { m: MemberData; was: Placement }[]>, position: number): Promise<void> {
    for (const [kind, changed] of [...changes].sort(([a], [b]) => (a < b ? -1 : 1))) await this.relink(kind, changed, position);
  }

  // ---------------------------------------------------------------- state

  private newIncident(id: string): IncidentState {
    const s: IncidentState = { id, db: null, dbValidFrom: null, current: null, versions: [], members: new Set(), loaded: true };
    this.incidents.set(id, s);
    return s;
  }

  private setIncident(s: IncidentState, values: IncidentValues | null, position: number): void {
    if (s.current) this.byStart.delete(s.current);
    if (values) this.byStart.add(values);
    s.current = values;
    s.versions.push({ pos: position, values });
  }

  private moveMember(eventId: string, incident: string | null, position: number, pinned?: boolean): void {
    const s = this.members.get(eventId)!;
    if (s.incident !== null) this.incidents.get(s.incident)?.members.delete(eventId);
    s.incident = incident;
    s.pinned = pinned ?? s.pinned;
    s.versions.push({ pos: position, incident, pinned: s.pinned });
    if (incident !== null) this.incidents.get(incident)?.members.add(eventId);
  }

  /** Recomputes incidents from their full member lists. */
  private async recompute(ids: string[], position: number): Promise<void> {
    await this.loadIncidents(ids);
    await this.ensureMembersLoaded(ids);
    for (const id of ids) {
      const s = this.incidents.get(id) ?? this.newIncident(id);
      const ms = [...s.members].map((e) => this.members.get(e)!.m);
      const next = ms.length ? aggregate(id, ms) : null;
      if (!sameValues(s.current, next)) this.setIncident(s, next, position);
    }
  }

  private adoptMembers(rows: readonly IncidentMemberRow[]): void {
    for (const r of rows) {
      if (this.members.has(r.event_id)) continue;
      this.members.set(r.event_id, {
        m: toMember(r),
        dbIncident: r.incident_id,
        dbValidFrom: Number(r.valid_from),
        dbPinned: r.pinned,
        incident: r.incident_id,
        pinned: r.pinned,
        versions: [],
      });
      this.incidents.get(r.incident_id)?.members.add(r.event_id);
    }
  }

  private async loadMembersByEvent(eventIds: readonly string[]): Promise<void> {
    const missing = eventIds.filter((e) => !this.members.has(e));
    if (!missing.length) return;
    this.adoptMembers(
      await this.trx
        .selectFrom('incident_members')
        .selectAll()
        .where('build', '=', this.build)
        .where('event_id', '=', anyOf(missing))
        .where('valid_to', 'is', null)
        .execute(),
    );
  }

  private async loadIncidents(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.incidents.has(id));
    if (!missing.length) return;
    let lookUp = missing;
    if (this.current) {
      // Held, or (while every current incident is held) no current incident: else in the table.
      lookUp = [];
      for (const id of missing) {
        const c = this.current.get(id);
        if (c) this.adoptValues(c.values, c.validFrom);
        else if (this.current.complete) this.newIncident(id).loaded = false;
        else lookUp.push(id);
      }
      if (!lookUp.length) return;
    }
    const rows = await this.trx
      .selectFrom('incidents')
      .selectAll()
      .where('build', '=', this.build)
      .where('id', '=', anyOf(lookUp))
      .where('valid_to', 'is', null)
      .execute();
    for (const r of rows) this.adoptIncident(r);
    for (const id of lookUp) if (!this.incidents.has(id)) this.newIncident(id).loaded = false;
  }

  private adoptIncident(r: IncidentRow): void {
    this.adoptValues(valuesOf(r), Number(r.valid_from));
  }

  private adoptValues(v: IncidentValues, validFrom: number): void {
    if (this.incidents.has(v.id)) return;
    this.incidents.set(v.id, {
      id: v.id,
      db: v,
      dbValidFrom: validFrom,
      current: v,
      versions: [],
      members: new Set(),
      loaded: false,
    });
    this.byStart.add(v);
    for (const [eventId, s] of this.members) if (s.incident === v.id) this.incidents.get(v.id)!.members.add(eventId);
  }

  private async ensureMembersLoaded(ids: readonly string[]): Promise<void> {
    const pending = [...new Set(ids)].filter((id) => this.incidents.get(id) && !this.incidents.get(id)!.loaded);
    if (!pending.length) return;
    const rows = await this.trx
      .selectFrom('incident_members')
      .selectAll()
      .where('build', '=', this.build)
      .where('incident_id', '=', anyOf(pending))
      .where('valid_to', 'is', null)
      .execute();
    this.adoptMembers(rows);
    for (const id of pending) {
      const s = this.incidents.get(id)!;
      s.loaded = true;
      for (const [eventId, m] of this.members) if (m.incident === id) s.members.add(eventId);
    }
  }

  /**
   * Every current incident near the events of the batch, in one indexed query, with their
   * members: those starting from the longest span before an event's start to as long after,
   * the region that relinking after the event looks at first.
   */
  private async prefetchCandidates(events: readonly RecordedEvent[]): Promise<void> {
    const refDates = new Map<string, string | null>();
    const kinds: string[] = [];
    const wfrom: string[] = [];
    const sto: string[] = [];
    const sfrom: string[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      if (e.type === 'ReportSubmitted' || e.type === 'ReportReextracted') {
        const d = e.data as { reportId: string; referenceDate: string | null; publishedOn?: string | null };
        refDates.set(d.reportId, d.referenceDate ?? d.publishedOn ?? null);
        continue;
      }
      const kind = incidentKindOf(e.type);
      if (!kind) continue;
      const d = e.data as ExtractedEventData;
      if (d.background) continue;
      const rid = reportIdOf(e);
      const book = rid ? this.reports.get(rid) : null;
      const fallbacks = d.occurredOn?.from
        ? ['']
        : uniqueSorted([(rid && refDates.get(rid)) || null, book?.reference_date, book?.published_on]);
      for (const fallback of fallbacks) {
        const span = spanOf(d, fallback);
        const w = candidateWindow(span);
        const to = shiftDay(span.from, MAX_INCIDENT_SPAN_DAYS);
        const key = `${kind}|${w.from}|${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        kinds.push(kind);
        wfrom.push(w.from);
        sto.push(to);
        sfrom.push('');
      }
    }
    for (let i = 0; i < kinds.length; i++) this.loadedRanges.add(kinds[i]!, wfrom[i]!, sto[i]!);
    const windows = kinds.map((kind, i) => ({ kind, from: wfrom[i]!, to: sto[i]! }));
    await this.prefetchWindows(kinds, wfrom, sto, sfrom);
    const near = new Set<string>();
    for (const w of windows) for (const id of this.byStart.ids(w.kind, w.from, w.to)) near.add(id);
    await this.ensureMembersLoaded([...near]);
  }

  private async prefetchWindows(kinds: string[], wfrom: string[], sto: string[], sfrom: string[]): Promise<void> {
    if (this.current) {
      // Windows whose incidents are all held are answered from memory; the others, in the table.
      let k = 0;
      for (let i = 0; i < kinds.length; i++) {
        if (this.current.covers(kinds[i]!, wfrom[i]!, sto[i]!)) {
          for (const c of this.current.candidates(kinds[i]!, wfrom[i]!, sto[i]!, sfrom[i]!)) this.adoptValues(c.values, c.validFrom);
          continue;
        }
        kinds[k] = kinds[i]!;
        wfrom[k] = wfrom[i]!;
        sto[k] = sto[i]!;
        sfrom[k++] = sfrom[i]!;
      }
      kinds.length = wfrom.length = sto.length = sfrom.length = k;
    }
    if (!kinds.length) return;
    // One index range scan per window (OFFSET 0 keeps the subquery a per-window scan): as a plain
    // join, the planner's guess of 10 windows made it hash-join on kind alone and compare every
    // window with every current incident of that kind, a cost that grew with the history (9 s at 100k events).
    const { rows } = await sql<IncidentRow>`
      SELECT DISTINCT ON (i.id) i.*
      FROM unnest(${kinds}::text[], ${wfrom}::text[], ${sto}::text[], ${sfrom}::text[]) AS w(kind, wfrom, sto, sfrom)
      CROSS JOIN LATERAL (
        SELECT * FROM incidents c
        WHERE c.build = ${this.build} AND c.valid_to IS NULL AND c.kind = w.kind
          AND c.date_from >= w.wfrom AND c.date_from <= w.sto AND c.date_to >= w.sfrom
        OFFSET 0) i`.execute(this.trx);
    for (const r of rows) this.adoptIncident(r);
  }

  // ---------------------------------------------------------------- flush

  private async flush(): Promise<void> {
    await this.reports.flush();
    const b = this.build;

    // incident_members
    const memberClose: { id: string; pos: number; dbFrom: number }[] = [];
    const memberRows: Record<string, unknown>[] = [];
    for (const s of this.members.values()) {
      const h = history<{ incident: string | null; pinned: boolean }>(
        { incident: s.dbIncident, pinned: s.dbPinned },
        s.versions.map((v) => ({ pos: v.pos, value: { incident: v.incident, pinned: v.pinned } })),
        (x, y) => x.incident === y.incident && x.pinned === y.pinned,
      );
      if (!h.length) continue;
      if (s.dbIncident !== null) memberClose.push({ id: s.m.event_id, pos: h[0]!.pos, dbFrom: s.dbValidFrom! });
      h.forEach((v, k) => {
        if (v.value.incident === null) return;
        memberRows.push({
          build: b,
          event_id: s.m.event_id,
          incident_id: v.value.incident,
          report_id: s.m.report_id,
          type: s.m.type,
          date_from: s.m.date_from,
          date_to: s.m.date_to,
          place_ids: s.m.place_ids,
          parties: s.m.parties,
          event_position: s.m.event_position,
          pinned: v.value.pinned,
          valid_from: v.pos,
          valid_to: h[k + 1]?.pos ?? null,
        });
      });
    }
    await this.closeRows('incident_members', 'event_id', memberClose);
    await this.insertRows('incident_members', memberRows);

    // incidents and incident_places
    const currentAfter: ({ values: IncidentValues; validFrom: number } | { values: null; id: string })[] = [];
    const incidentClose: { id: string; pos: number; dbFrom: number }[] = [];
    const incidentRows: Record<string, unknown>[] = [];
    const placeClose: { id: string; place: string; pos: number }[] = [];
    const placeRows: Record<string, unknown>[] = [];
    for (const s of this.incidents.values()) {
      const h = history<IncidentValues | null>(
        s.db,
        s.versions.map((v) => ({ pos: v.pos, value: v.values })),
        sameValues,
      );
      if (!h.length) continue;
      if (s.db !== null) incidentClose.push({ id: s.id, pos: h[0]!.pos, dbFrom: s.dbValidFrom! });
      const last = h.at(-1)!;
      if (last.value) currentAfter.push({ values: last.value, validFrom: last.pos });
      else currentAfter.push({ values: null, id: s.id });
      h.forEach((v, k) => {
        if (v.value !== null) incidentRows.push({ build: b, ...v.value, valid_from: v.pos, valid_to: h[k + 1]?.pos ?? null });
      });
      // Places follow the incident's place ids; the rows current at batch start are those of `s.db`.
      const open = new Map<string, { direct: boolean; from: number | 'db' }>();
      for (const [place, direct] of this.placeSet(s.db)) open.set(place, { direct, from: 'db' });
      for (const v of h) {
        const next = this.placeSet(v.value);
        for (const [place, o] of [...open]) {
          if (next.get(place) === o.direct) continue;
          if (o.from === 'db') placeClose.push({ id: s.id, place, pos: v.pos });
          else if (o.from !== v.pos)
            placeRows.push({ build: b, incident_id: s.id, place_id: place, direct: o.direct, valid_from: o.from, valid_to: v.pos });
          open.delete(place);
        }
        for (const [place, direct] of next) if (!open.has(place)) open.set(place, { direct, from: v.pos });
      }
      for (const [place, o] of open) {
        if (o.from !== 'db')
          placeRows.push({ build: b, incident_id: s.id, place_id: place, direct: o.direct, valid_from: o.from, valid_to: null });
      }
    }
    await this.closeRows('incidents', 'id', incidentClose);
    await this.insertRows('incidents', incidentRows);
    if (placeClose.length) {
      await sql`
        UPDATE incident_places p SET valid_to = v.pos
        FROM unnest(${placeClose.map((c) => c.id)}::text[], ${placeClose.map((c) => c.place)}::text[], ${placeClose.map((c) => c.pos)}::bigint[]) AS v(id, place, pos)
        WHERE p.build = ${b} AND p.incident_id = v.id AND p.place_id = v.place AND p.valid_to IS NULL`.execute(this.trx);
    }
    await this.insertRows('incident_places', placeRows);
    if (this.current) {
      for (const c of currentAfter) {
        if (c.values) this.current.put(c.values, c.validFrom);
        else this.current.remove(c.id);
      }
    }
  }

  private placeSet(v: IncidentValues | null): Map<string, boolean> {
    const out = new Map<string, boolean>();
    for (const p of v?.place_ids ?? []) for (const a of this.chain(p)) if (!out.get(a)) out.set(a, a === p);
    return out;
  }

  /** Ends the rows current at batch start: at the position of their first change, or gone when born at it. */
  private async closeRows(
    table: 'incidents' | 'incident_members',
    key: 'id' | 'event_id',
    rows: { id: string; pos: number; dbFrom: number }[],
  ): Promise<void> {
    if (!rows.length) return;
    const ids = rows.map((r) => r.id);
    const pos = rows.map((r) => r.pos);
    const t = sql.table(table);
    const k = sql.ref(`t.${key}`);
    await sql`DELETE FROM ${t} AS t USING unnest(${ids}::text[], ${pos}::bigint[]) AS v(id, pos)
      WHERE t.build = ${this.build} AND ${k} = v.id AND t.valid_to IS NULL AND t.valid_from = v.pos`.execute(this.trx);
    await sql`UPDATE ${t} AS t SET valid_to = v.pos FROM unnest(${ids}::text[], ${pos}::bigint[]) AS v(id, pos)
      WHERE t.build = ${this.build} AND ${k} = v.id AND t.valid_to IS NULL`.execute(this.trx);
  }

  /** Multi-row insert with one statement text whatever the row count (see insertUnnest). */
  private async insertRows(table: 'incidents' | 'incident_members' | 'incident_places', rows: Record<string, unknown>[]): Promise<void> {
    await insertUnnest(this.trx, table, INSERT_COLUMNS[table], rows);
  }
}
