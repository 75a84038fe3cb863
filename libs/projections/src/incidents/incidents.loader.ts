import { sql } from 'kysely';
import type { RecordedEvent } from '@sitrep/event-store';
import type { ExtractedEventData } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { anyOf } from '../shared/any-of.js';
import { reportIdOf, type ReportBook } from '../shared/report-book.js';
import type { CurrentIncidents } from './current-incidents.js';
import type { IncidentRow } from './incident.table.js';
import type { IncidentMemberRow } from './incident-member.table.js';
import type { IncidentsBatchState } from './incidents.batch-state.js';
import { spanOf, uniqueSorted, valuesOf, type MemberValues } from './incident-values.js';
import { candidateWindow, incidentKindOf, MAX_INCIDENT_SPAN_DAYS, type DateSpan, type IncidentKind } from './linking.rule.js';
import { LoadedRanges, shiftDay } from './loaded-ranges.js';

/** The candidate windows of a batch's events, column by column (one entry per window). */
interface CandidateWindows {
  kinds: string[];
  wfrom: string[];
  sto: string[];
  sfrom: string[];
}

/**
 * Brings the rows a batch can touch into its state: current incidents and memberships as of the
 * batch's start, from the held current incidents when they answer exactly, else from the table.
 * Each row is adopted once; what the batch has changed already is never replaced.
 */
export class IncidentsLoader {
  private readonly loadedRanges = new LoadedRanges();
  /** Per report, the position before which its current members are loaded. */
  private readonly reportMembersBefore = new Map<string, number>();

  /**
   * @param current the build's current incidents as of the batch's start (catch-up mode), or
   *   null to look them up in the table.
   */
  constructor(
    private readonly trx: ProjectionDb,
    private readonly build: number,
    private readonly state: IncidentsBatchState,
    private readonly reports: ReportBook,
    private readonly current: CurrentIncidents | null,
  ) {}

  async loadMembersByEvent(eventIds: readonly string[]): Promise<void> {
    const missing = eventIds.filter((e) => !this.state.members.has(e));
    if (!missing.length) return;
    this.state.adoptMembers(
      await this.trx
        .selectFrom('incident_members')
        .selectAll()
        .where('build', '=', this.build)
        .where('event_id', '=', anyOf(missing))
        .where('valid_to', 'is', null)
        .execute(),
    );
  }

  /**
   * The current members from each report's events before the position given for it (its last
   * withdrawal in the batch), in one query for all the reports: a query per withdrawal was a
   * round trip per report of a re-extraction's catch-up (bench/optimisations.md).
   */
  async loadReportMembers(before: ReadonlyMap<string, number>): Promise<void> {
    const due = [...before].filter(([id, position]) => (this.reportMembersBefore.get(id) ?? -1) < position);
    if (!due.length) return;
    const ids = due.map(([id]) => id);
    // `report_id = ANY(...)` besides the join, so that the planner reads the current-report index, not every current member.
    const { rows } = await sql<IncidentMemberRow>`
      SELECT m.* FROM incident_members m
      JOIN unnest(${ids}::text[], ${due.map(([, p]) => String(p))}::bigint[]) AS w(report_id, pos) ON m.report_id = w.report_id
      WHERE m.build = ${this.build} AND m.report_id = ANY(${ids}::text[]) AND m.valid_to IS NULL AND m.event_position < w.pos`.execute(
      this.trx,
    );
    this.state.adoptMembers(rows);
    for (const [id, position] of due) this.reportMembersBefore.set(id, position);
  }

  async loadIncidents(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.state.incidents.has(id));
    if (!missing.length) return;
    let lookUp = missing;
    if (this.current) {
      // Held, or (while every current incident is held) no current incident: else in the table.
      lookUp = [];
      for (const id of missing) {
        const c = this.current.get(id);
        if (c) this.state.adoptValues(c.values, c.validFrom);
        else if (this.current.complete) this.state.newIncident(id).loaded = false;
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
    for (const id of lookUp) if (!this.state.incidents.has(id)) this.state.newIncident(id).loaded = false;
  }

  /** Those of `ids` that label a current incident as of the batch's start: from the held state when it answers, else one query. */
  async liveAmong(ids: readonly string[]): Promise<string[]> {
    const live: string[] = [];
    let lookUp = [...new Set(ids)];
    if (this.current) {
      const held = this.current;
      live.push(...lookUp.filter((id) => held.get(id)));
      lookUp = held.complete ? [] : lookUp.filter((id) => !held.get(id));
    }
    if (!lookUp.length) return live;
    const rows = await this.trx
      .selectFrom('incidents')
      .select('id')
      .where('build', '=', this.build)
      .where('id', '=', anyOf(lookUp))
      .where('valid_to', 'is', null)
      .execute();
    return [...live, ...rows.map((r) => r.id)].sort();
  }

  /**
   * Every current member of the incidents whose member lists are not all known yet: those held
   * between the batches of a catch-up from memory (see HeldMembers), the others from the table.
   */
  async ensureMembersLoaded(ids: readonly string[]): Promise<void> {
    const pending = [...new Set(ids)].filter((id) => this.state.incidents.get(id) && !this.state.incidents.get(id)!.loaded);
    if (!pending.length) return;
    const lookUp = this.current ? this.adoptHeldMembers(this.current, pending) : pending;
    if (lookUp.length) {
      const rows = await this.trx
        .selectFrom('incident_members')
        .selectAll()
        .where('build', '=', this.build)
        .where('incident_id', '=', anyOf(lookUp))
        .where('valid_to', 'is', null)
        .execute();
      this.state.adoptMembers(rows);
    }
    // Members the batch knew before their incident (from the index: a pass over all of the batch's
    // members on every call cost calls × members, both growing with the history).
    for (const id of pending) {
      const s = this.state.incidents.get(id)!;
      this.state.addKnownMembers(s);
      s.loaded = true;
    }
  }

  /** Adopts the held members of those of `ids` whose lists are held; returns the others. */
  private adoptHeldMembers(current: CurrentIncidents, ids: readonly string[]): string[] {
    const rest: string[] = [];
    for (const id of ids) {
      const held = current.members.of(id);
      if (held) this.state.adoptHeld(id, held);
      else rest.push(id);
    }
    return rest;
  }

  /**
   * Every current incident near the events of the batch, in one indexed query, with their
   * members: those starting from the longest span before an event's start to as long after,
   * the region that relinking after the event looks at first. The same for the members the
   * batch's withdrawals take out (loaded by `loadReportMembers` first), with the incidents they
   * leave: relinking after a withdrawal looks there, and a look-up per withdrawal was most of the
   * statements of a re-extraction's catch-up.
   */
  async prefetchCandidates(events: readonly RecordedEvent[], withdrawals: ReadonlyMap<string, number> = new Map()): Promise<void> {
    const leaving = this.leavingMembers(withdrawals);
    const w = this.candidateWindows(events, leaving);
    const windows = w.kinds.map((kind, i) => ({ kind, from: w.wfrom[i]!, to: w.sto[i]! }));
    for (const { kind, from, to } of windows) this.loadedRanges.add(kind, from, to);
    await this.prefetchWindows(w);
    const left = uniqueSorted(leaving.map((s) => s.incident));
    await this.loadIncidents(left);
    const near = new Set<string>(left);
    for (const { kind, from, to } of windows) for (const id of this.state.byStart.ids(kind, from, to)) near.add(id);
    await this.ensureMembersLoaded([...near]);
  }

  /** The loaded members, in an incident, that the withdrawals take out: a withdrawn report's events before its withdrawal. */
  private leavingMembers(withdrawals: ReadonlyMap<string, number>): Array<{ m: MemberValues; incident: string }> {
    if (!withdrawals.size) return [];
    const out: Array<{ m: MemberValues; incident: string }> = [];
    for (const s of this.state.members.values()) {
      const before = withdrawals.get(s.m.report_id);
      if (before !== undefined && s.incident !== null && s.m.event_position < before) out.push({ m: s.m, incident: s.incident });
    }
    return out;
  }

  /** The current incidents of `kind` that start within [from, to], with all their members. */
  async loadRegion(kind: IncidentKind, from: string, to: string): Promise<string[]> {
    if (!this.loadedRanges.covers(kind, from, to) && this.current?.covers(kind, from, to)) {
      for (const c of this.current.candidates(kind, from, to, '')) this.state.adoptValues(c.values, c.validFrom);
      this.loadedRanges.add(kind, from, to);
    }
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
    const ids = [...this.state.byStart.ids(kind, from, to)];
    await this.ensureMembersLoaded(ids);
    return ids;
  }

  /** The first start date after `day` of a current incident of `kind`, or null when there is none. */
  async nextStart(kind: IncidentKind, day: string): Promise<string | null> {
    // The held incidents are the table's as of the batch's start: while all are held they answer as the table would.
    let next = this.current?.nextStart(kind, day);
    if (next === undefined) {
      const { rows } = await sql<{ next: string | null }>`
        SELECT min(date_from) AS next FROM incidents
        WHERE build = ${this.build} AND valid_to IS NULL AND kind = ${kind} AND date_from > ${day}`.execute(this.trx);
      next = rows[0]?.next ?? null;
    }
    const batch = this.state.byStart.firstAfter(kind, day);
    return next === null || (batch !== null && batch < next) ? batch : next;
  }

  /** The incidents of the windows: those held answered from memory, the others from the table. */
  private async prefetchWindows(w: CandidateWindows): Promise<void> {
    if (this.current) this.takeHeldCandidates(this.current, w);
    if (!w.kinds.length) return;
    // One index range scan per window (OFFSET 0 keeps the subquery a per-window scan): as a plain
    // join, the planner's guess of 10 windows made it hash-join on kind alone and compare every
    // window with every current incident of that kind, a cost that grew with the history (9 s at 100k events).
    const { rows } = await sql<IncidentRow>`
      SELECT DISTINCT ON (i.id) i.*
      FROM unnest(${w.kinds}::text[], ${w.wfrom}::text[], ${w.sto}::text[], ${w.sfrom}::text[]) AS w(kind, wfrom, sto, sfrom)
      CROSS JOIN LATERAL (
        SELECT * FROM incidents c
        WHERE c.build = ${this.build} AND c.valid_to IS NULL AND c.kind = w.kind
          AND c.date_from >= w.wfrom AND c.date_from <= w.sto AND c.date_to >= w.sfrom
        OFFSET 0) i`.execute(this.trx);
    for (const r of rows) this.adoptIncident(r);
  }

  /**
   * The distinct windows of start dates the linkable events of the batch relink over first, under every
   * date they may fall back on: from the candidate window's start to the longest span after the event's start.
   */
  private candidateWindows(events: readonly RecordedEvent[], leaving: ReadonlyArray<{ m: MemberValues }>): CandidateWindows {
    const refDates = new Map<string, string | null>();
    const out: CandidateWindows = { kinds: [], wfrom: [], sto: [], sfrom: [] };
    const seen = new Set<string>();
    const add = (kind: string, span: DateSpan) => {
      const w = candidateWindow(span);
      const to = shiftDay(span.from, MAX_INCIDENT_SPAN_DAYS);
      const key = `${kind}|${w.from}|${to}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.kinds.push(kind);
      out.wfrom.push(w.from);
      out.sto.push(to);
      out.sfrom.push('');
    };
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
      for (const fallback of fallbacks) add(kind, spanOf(d, fallback));
    }
    // A withdrawn member's relinking starts at its start date, as a linked event's does.
    for (const { m } of leaving) add(incidentKindOf(m.type) ?? 'violence', { from: m.date_from, to: m.date_from });
    return out;
  }

  /** Windows whose incidents are all held are answered from memory; the others are left in `w` for the table. */
  private takeHeldCandidates(current: CurrentIncidents, w: CandidateWindows): void {
    const { kinds, wfrom, sto, sfrom } = w;
    let k = 0;
    for (let i = 0; i < kinds.length; i++) {
      if (current.covers(kinds[i]!, wfrom[i]!, sto[i]!)) {
        for (const c of current.candidates(kinds[i]!, wfrom[i]!, sto[i]!, sfrom[i]!)) this.state.adoptValues(c.values, c.validFrom);
        continue;
      }
      kinds[k] = kinds[i]!;
      wfrom[k] = wfrom[i]!;
      sto[k] = sto[i]!;
      sfrom[k++] = sfrom[i]!;
    }
    kinds.length = wfrom.length = sto.length = sfrom.length = k;
  }

  private adoptIncident(r: IncidentRow): void {
    this.state.adoptValues(valuesOf(r), Number(r.valid_from));
  }
}
