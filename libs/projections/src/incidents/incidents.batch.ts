import type { RecordedEvent } from '@sitrep/event-store';
import { incidentIdFor, type ExtractedEventData, type IncidentsMerged, type IncidentSplit } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { REPORT_LIFECYCLE_TYPES, ReportBook } from '../shared/report-book.js';
import type { CurrentIncidents } from './current-incidents.js';
import { IncidentsBatchState, type MemberState } from './incidents.batch-state.js';
import { IncidentsLoader } from './incidents.loader.js';
import { IncidentsWriter } from './incidents.writer.js';
import { aggregate, byPosition, joined, partiesOf, sameValues, spanOf, uniqueSorted, type MemberValues } from './incident-values.js';
import { candidateWindow, chooseIncident, incidentKindOf, type DateSpan, type IncidentKind, type PlaceChain } from './linking.rule.js';

export const INCIDENTS_PROJECTION = 'incidents';

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
  private readonly reports: ReportBook;
  private readonly state = new IncidentsBatchState();
  private readonly loader: IncidentsLoader;
  private readonly writer: IncidentsWriter;

  /**
   * @param current the build's current incidents as of the batch's start (catch-up mode), or
   *   null to look them up in the table. The batch keeps it up to date with what it writes.
   */
  constructor(
    trx: ProjectionDb,
    build: number,
    private readonly chain: PlaceChain,
    private readonly current: CurrentIncidents | null = null,
  ) {
    this.reports = new ReportBook(trx, INCIDENTS_PROJECTION, build);
    this.loader = new IncidentsLoader(trx, build, this.state, this.reports, current);
    this.writer = new IncidentsWriter(trx, build, chain);
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    await this.reports.load(events);
    await this.loader.prefetchCandidates(events);
    // Carried over from the previous batch, the current state is the table's as of this batch's
    // start: no event after it can be a member yet. Otherwise (live, or the table freshly loaded,
    // perhaps after a forced replay) look them up, so that applying an event twice changes nothing.
    if (!this.current?.carried) await this.loader.loadMembersByEvent(events.filter((e) => incidentKindOf(e.type)).map((e) => e.id));
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

  private link(event: RecordedEvent): void {
    const l = this.linkable(event);
    if (!l) return;
    // Already a member (prefetched): applying an event twice changes nothing.
    if (this.state.members.has(event.id)) return;
    const placeIds = uniqueSorted((l.data.locations ?? []).map((x) => x.id));
    const parties = partiesOf(l.data);
    const window = candidateWindow(l.span);
    const candidates = [];
    for (const id of this.state.byStart.ids(l.kind, window.from, l.span.to)) {
      const v = this.state.incidents.get(id)!.current!;
      if (v.date_to < l.span.from) continue;
      candidates.push({
        id: v.id,
        kind: v.kind as IncidentKind,
        span: { from: v.date_from, to: v.date_to },
        placeIds: v.place_ids,
        parties: v.parties,
        firstPosition: v.first_position,
      });
    }
    const chosen = chooseIncident({ kind: l.kind, span: l.span, placeIds, parties }, candidates, this.chain) ?? incidentIdFor(event.id);
    const m: MemberValues = {
      event_id: event.id,
      report_id: l.reportId,
      type: event.type,
      date_from: l.span.from,
      date_to: l.span.to,
      place_ids: placeIds,
      parties,
      event_position: event.position,
    };
    this.state.newMember(m);
    // A fresh id cannot exist yet: it derives from this event's id, and the event is no member anywhere.
    const incident = this.state.incidents.get(chosen) ?? this.state.newIncident(chosen);
    this.state.moveMember(event.id, chosen, event.position);
    this.state.setIncident(incident, joined(chosen, incident.current, m), event.position);
  }

  private async withdrawReport(reportId: string, position: number): Promise<void> {
    await this.loader.loadReportMembers(reportId, position);
    const touched = new Set<string>();
    for (const [id, s] of this.state.members) {
      if (s.m.report_id !== reportId || s.incident === null || s.m.event_position >= position) continue;
      touched.add(s.incident);
      this.state.moveMember(id, null, position);
    }
    await this.recompute([...touched].sort(), position);
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
    for (const s of involved) {
      if (s.incident === target) continue;
      touched.add(s.incident!);
      this.state.moveMember(s.m.event_id, target, position);
    }
    await this.recompute([...touched].sort(), position);
  }

  private async split(d: IncidentSplit['data'], position: number): Promise<void> {
    if (d.eventIds.length === 0) return;
    await this.loader.loadMembersByEvent(d.eventIds);
    const moving = d.eventIds.map((id) => this.state.members.get(id)).filter((s): s is MemberState => !!s && s.incident !== null);
    const touched = new Set<string>([d.newIncidentId]);
    await this.loader.loadIncidents([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    await this.loader.ensureMembersLoaded([d.newIncidentId, ...moving.map((s) => s.incident!)]);
    for (const s of moving) {
      if (s.incident === d.newIncidentId) continue;
      touched.add(s.incident!);
      this.state.moveMember(s.m.event_id, d.newIncidentId, position);
    }
    await this.recompute([...touched].sort(), position);
  }

  /** Recomputes incidents from their full member lists. */
  private async recompute(ids: string[], position: number): Promise<void> {
    await this.loader.loadIncidents(ids);
    await this.loader.ensureMembersLoaded(ids);
    for (const id of ids) {
      const s = this.state.incidents.get(id) ?? this.state.newIncident(id);
      const ms = [...s.members].map((e) => this.state.members.get(e)!.m);
      const next = ms.length ? aggregate(id, ms) : null;
      if (!sameValues(s.current, next)) this.state.setIncident(s, next, position);
    }
  }

  // ---------------------------------------------------------------- flush

  private async flush(): Promise<void> {
    await this.reports.flush();
    const after = await this.writer.write(this.state);
    if (this.current) {
      for (const c of after) {
        if (c.values) this.current.put(c.values, c.validFrom);
        else this.current.remove(c.id);
      }
    }
  }
}
