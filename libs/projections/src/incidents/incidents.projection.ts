import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../../../event-store/src/event-store.types.js';
import { INCIDENT_EVENT_TYPES } from '../../../extraction/src/extraction-record.js';
import type { ExtractedEventData } from '../../../domain/src/report/report.events.js';
import type { Projection, ProjectionDb } from '../runner/projection.js';
import { applyReportLifecycle, countingReport, REPORT_LIFECYCLE_TYPES } from '../shared/report-state.js';
import { INCIDENT_DECISION_TYPES, type IncidentsMerged, type IncidentSplit } from './incident-decisions.events.js';
import type { IncidentMemberRow } from './incident-member.table.js';
import type { IncidentRow } from './incident.table.js';
import { candidateWindow, chooseIncident, incidentKindOf, type DateSpan, type PlaceChain } from './linking.rule.js';

export const INCIDENTS_PROJECTION = 'incidents';

/** A stable incident id from the id of the event (or decision) that created it. */
export function incidentIdFor(seedEventId: string): string {
  return `inc-${createHash('sha256').update(seedEventId).digest('hex').slice(0, 20)}`;
}

export interface IncidentsProjectionOptions {
  placeChain: PlaceChain;
  version?: number;
}

/**
 * Incidents: extracted events linked into incidents by the linking rule, minus
 * retracted reports and superseded extractions, plus analysts' merges and splits.
 * Keeps history: each change closes the current version of a row at the event's
 * position and inserts the next one.
 */
export function createIncidentsProjection(options: IncidentsProjectionOptions): Projection {
  const chain = options.placeChain;
  return {
    name: INCIDENTS_PROJECTION,
    version: options.version ?? 1,
    canHandle: [...REPORT_LIFECYCLE_TYPES, ...INCIDENT_EVENT_TYPES, ...INCIDENT_DECISION_TYPES],
    async apply(events, { trx, build }) {
      const state = new IncidentsWriter(trx, build, chain);
      for (const event of events) await state.evolve(event);
    },
    async dropBuild(db, build) {
      await db.deleteFrom('incident_places').where('build', '=', build).execute();
      await db.deleteFrom('incident_members').where('build', '=', build).execute();
      await db.deleteFrom('incidents').where('build', '=', build).execute();
      await db.deleteFrom('projection_reports').where('projection', '=', INCIDENTS_PROJECTION).where('build', '=', build).execute();
    },
  };
}

const uniqueSorted = (xs: Iterable<string | null | undefined>): string[] =>
  [...new Set([...xs].filter((x): x is string => typeof x === 'string' && x.length > 0))].sort();

/** The parties an event involves: who claims, who is accused, who is targeted, whose losses. */
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

class IncidentsWriter {
  constructor(
    private readonly trx: ProjectionDb,
    private readonly build: number,
    private readonly chain: PlaceChain,
  ) {}

  async evolve(event: RecordedEvent): Promise<void> {
    if ((REPORT_LIFECYCLE_TYPES as readonly string[]).includes(event.type)) {
      const change = await applyReportLifecycle(this.trx, INCIDENTS_PROJECTION, this.build, event);
      if (change && change.kind !== 'submitted') await this.withdrawReport(change.reportId, event.position);
      return;
    }
    if (event.type === 'IncidentsMerged') return this.merge(event as unknown as RecordedEvent<'IncidentsMerged', IncidentsMerged['data']>);
    if (event.type === 'IncidentSplit') return this.split(event as unknown as RecordedEvent<'IncidentSplit', IncidentSplit['data']>);
    return this.link(event);
  }

  private async link(event: RecordedEvent): Promise<void> {
    const kind = incidentKindOf(event.type);
    if (!kind) return;
    const data = event.data as ExtractedEventData;
    if (data.background) return;
    const report = await countingReport(this.trx, INCIDENTS_PROJECTION, this.build, event);
    if (!report) return;
    if (await this.currentMember(event.id)) return;
    const fallback = report.reference_date ?? report.published_on ?? event.recordedAt.toISOString().slice(0, 10);
    const span = spanOf(data, fallback);
    const placeIds = uniqueSorted((data.locations ?? []).map((l) => l.id));
    const parties = partiesOf(data);
    const window = candidateWindow(span);
    const candidates = await this.trx
      .selectFrom('incidents')
      .select(['id', 'kind', 'date_from', 'date_to', 'place_ids', 'parties', 'first_position'])
      .where('build', '=', this.build)
      .where('valid_to', 'is', null)
      .where('kind', '=', kind)
      .where('date_from', '>=', window.from)
      .where('date_from', '<=', span.to)
      .where('date_to', '>=', span.from)
      .execute();
    const chosen =
      chooseIncident(
        { kind, span, placeIds, parties },
        candidates.map((c) => ({
          id: c.id,
          kind: c.kind as typeof kind,
          span: { from: c.date_from, to: c.date_to },
          placeIds: c.place_ids,
          parties: c.parties,
          firstPosition: Number(c.first_position),
        })),
        this.chain,
      ) ?? incidentIdFor(event.id);
    await this.trx
      .insertInto('incident_members')
      .values({
        build: this.build,
        event_id: event.id,
        incident_id: chosen,
        report_id: report.report_id,
        type: event.type,
        date_from: span.from,
        date_to: span.to,
        place_ids: placeIds,
        parties,
        data: JSON.stringify(data),
        event_position: event.position,
        valid_from: event.position,
        valid_to: null,
      })
      .onConflict((oc) => oc.columns(['build', 'event_id', 'valid_from']).doNothing())
      .execute();
    await this.recompute(chosen, event.position);
  }

  private async withdrawReport(reportId: string, position: number): Promise<void> {
    // Only events from before the withdrawal: replaying it never touches a newer extraction.
    const members = await this.currentMembers((q) => q.where('report_id', '=', reportId).where('event_position', '<', String(position)));
    for (const m of members) await this.closeMember(m, position);
    for (const id of uniqueSorted(members.map((m) => m.incident_id))) await this.recompute(id, position);
  }

  private async merge(event: RecordedEvent<'IncidentsMerged', IncidentsMerged['data']>): Promise<void> {
    const { into, incidentIds, eventIds } = event.data;
    const position = event.position;
    const ids = uniqueSorted([into, ...incidentIds]);
    const members = await this.currentMembers((q) =>
      q.where((eb) => eb.or([eb('incident_id', 'in', ids), ...(eventIds.length ? [eb('event_id', 'in', eventIds)] : [])])),
    );
    if (members.length === 0) return;
    // The named survivor if it still exists, else whichever incident now holds its first remembered event.
    const target = members.some((m) => m.incident_id === into)
      ? into
      : (members.find((m) => eventIds.includes(m.event_id))?.incident_id ?? members[0]!.incident_id);
    const touched = new Set<string>([target]);
    for (const m of members) {
      if (m.incident_id === target) continue;
      touched.add(m.incident_id);
      await this.moveMember(m, target, position);
    }
    for (const id of [...touched].sort()) await this.recompute(id, position);
  }

  private async split(event: RecordedEvent<'IncidentSplit', IncidentSplit['data']>): Promise<void> {
    const { eventIds, newIncidentId } = event.data;
    if (eventIds.length === 0) return;
    const members = await this.currentMembers((q) => q.where('event_id', 'in', eventIds));
    const touched = new Set<string>([newIncidentId]);
    for (const m of members) {
      if (m.incident_id === newIncidentId) continue;
      touched.add(m.incident_id);
      await this.moveMember(m, newIncidentId, event.position);
    }
    for (const id of [...touched].sort()) await this.recompute(id, event.position);
  }

  private currentMember(eventId: string) {
    return this.trx
      .selectFrom('incident_members')
      .select('event_id')
      .where('build', '=', this.build)
      .where('event_id', '=', eventId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
  }

  private currentMembers(
    filter: (q: ReturnType<IncidentsWriter['membersQuery']>) => ReturnType<IncidentsWriter['membersQuery']>,
  ): Promise<IncidentMemberRow[]> {
    return filter(this.membersQuery()).orderBy('event_position').orderBy('event_id').execute();
  }

  private membersQuery() {
    return this.trx.selectFrom('incident_members').selectAll().where('build', '=', this.build).where('valid_to', 'is', null);
  }

  /** Ends a membership at `position`; a version born at this very position never becomes visible, so it goes. */
  private async closeMember(m: IncidentMemberRow, position: number): Promise<void> {
    if (Number(m.valid_from) === position) {
      await this.trx.deleteFrom('incident_members').where('build', '=', this.build).where('event_id', '=', m.event_id).where('valid_from', '=', m.valid_from).execute();
    } else {
      await this.trx
        .updateTable('incident_members')
        .set({ valid_to: position })
        .where('build', '=', this.build)
        .where('event_id', '=', m.event_id)
        .where('valid_from', '=', m.valid_from)
        .execute();
    }
  }

  private async moveMember(m: IncidentMemberRow, incidentId: string, position: number): Promise<void> {
    if (Number(m.valid_from) === position) {
      await this.trx
        .updateTable('incident_members')
        .set({ incident_id: incidentId })
        .where('build', '=', this.build)
        .where('event_id', '=', m.event_id)
        .where('valid_from', '=', m.valid_from)
        .execute();
      return;
    }
    await this.closeMember(m, position);
    await this.trx
      .insertInto('incident_members')
      .values({
        build: this.build,
        event_id: m.event_id,
        incident_id: incidentId,
        report_id: m.report_id,
        type: m.type,
        date_from: m.date_from,
        date_to: m.date_to,
        place_ids: m.place_ids,
        parties: m.parties,
        data: JSON.stringify(m.data),
        event_position: m.event_position,
        valid_from: position,
        valid_to: null,
      })
      .execute();
  }

  /** Brings an incident's row and its places in line with its current members. */
  private async recompute(incidentId: string, position: number): Promise<void> {
    const members = await this.currentMembers((q) => q.where('incident_id', '=', incidentId));
    const current = await this.trx
      .selectFrom('incidents')
      .selectAll()
      .where('build', '=', this.build)
      .where('id', '=', incidentId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    const next = members.length === 0 ? null : aggregate(incidentId, members);
    if (!sameIncident(current ?? null, next)) {
      if (current) await this.endVersion('incidents', { id: incidentId }, current.valid_from, position);
      if (next) {
        await this.trx
          .insertInto('incidents')
          .values({ build: this.build, ...next, valid_from: position, valid_to: null })
          .onConflict((oc) => oc.columns(['build', 'id', 'valid_from']).doUpdateSet({ ...next, valid_to: null }))
          .execute();
      }
    }
    await this.syncPlaces(incidentId, next?.place_ids ?? [], position);
  }

  private async syncPlaces(incidentId: string, placeIds: readonly string[], position: number): Promise<void> {
    const wanted = new Map<string, boolean>();
    for (const p of placeIds) {
      for (const a of this.chain(p)) if (!wanted.get(a)) wanted.set(a, a === p);
    }
    const current = await this.trx
      .selectFrom('incident_places')
      .select(['place_id', 'direct', 'valid_from'])
      .where('build', '=', this.build)
      .where('incident_id', '=', incidentId)
      .where('valid_to', 'is', null)
      .execute();
    const have = new Map(current.map((r) => [r.place_id, r]));
    for (const r of current) {
      if (wanted.get(r.place_id) !== r.direct) {
        await this.endVersion('incident_places', { incident_id: incidentId, place_id: r.place_id }, r.valid_from, position);
        have.delete(r.place_id);
      }
    }
    const inserts = [...wanted]
      .filter(([id]) => !have.has(id))
      .map(([place_id, direct]) => ({ build: this.build, incident_id: incidentId, place_id, direct, valid_from: position, valid_to: null }));
    if (inserts.length) {
      await this.trx
        .insertInto('incident_places')
        .values(inserts)
        .onConflict((oc) => oc.columns(['build', 'incident_id', 'place_id', 'valid_from']).doUpdateSet((eb) => ({ direct: eb.ref('excluded.direct'), valid_to: null })))
        .execute();
    }
  }

  /** Closes a row version at `position`, or deletes it when it was born at that same position. */
  private async endVersion(
    table: 'incidents' | 'incident_places',
    key: { id: string } | { incident_id: string; place_id: string },
    validFrom: string,
    position: number,
  ): Promise<void> {
    const bornNow = Number(validFrom) === position;
    if (table === 'incidents') {
      const { id } = key as { id: string };
      if (bornNow) {
        await this.trx.deleteFrom('incidents').where('build', '=', this.build).where('id', '=', id).where('valid_from', '=', validFrom).execute();
      } else {
        await this.trx
          .updateTable('incidents')
          .set({ valid_to: position })
          .where('build', '=', this.build)
          .where('id', '=', id)
          .where('valid_from', '=', validFrom)
          .execute();
      }
      return;
    }
    const { incident_id, place_id } = key as { incident_id: string; place_id: string };
    const base = { build: this.build, incident_id, place_id, valid_from: validFrom };
    if (bornNow) {
      await this.trx
        .deleteFrom('incident_places')
        .where('build', '=', base.build)
        .where('incident_id', '=', incident_id)
        .where('place_id', '=', place_id)
        .where('valid_from', '=', validFrom)
        .execute();
    } else {
      await this.trx
        .updateTable('incident_places')
        .set({ valid_to: position })
        .where('build', '=', base.build)
        .where('incident_id', '=', incident_id)
        .where('place_id', '=', place_id)
        .where('valid_from', '=', validFrom)
        .execute();
    }
  }
}

type IncidentValues = Omit<IncidentRow, 'build' | 'valid_from' | 'valid_to' | 'first_position'> & { first_position: number };

function aggregate(id: string, members: readonly IncidentMemberRow[]): IncidentValues {
  const first = members[0]!; // ordered by event position
  return {
    id,
    kind: incidentKindOf(first.type) ?? 'violence',
    types: uniqueSorted(members.map((m) => m.type)),
    date_from: members.reduce((d, m) => (m.date_from < d ? m.date_from : d), first.date_from),
    date_to: members.reduce((d, m) => (m.date_to > d ? m.date_to : d), first.date_to),
    place_ids: uniqueSorted(members.flatMap((m) => m.place_ids)),
    parties: uniqueSorted(members.flatMap((m) => m.parties)),
    member_count: members.length,
    report_ids: uniqueSorted(members.map((m) => m.report_id)),
    first_event_id: first.event_id,
    first_position: Number(first.event_position),
  };
}

function sameIncident(a: IncidentRow | null, b: IncidentValues | null): boolean {
  if (a === null || b === null) return a === b;
  const eq = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.kind === b.kind &&
    a.date_from === b.date_from &&
    a.date_to === b.date_to &&
    a.member_count === b.member_count &&
    a.first_event_id === b.first_event_id &&
    Number(a.first_position) === b.first_position &&
    eq(a.types, b.types) &&
    eq(a.place_ids, b.place_ids) &&
    eq(a.parties, b.parties) &&
    eq(a.report_ids, b.report_ids)
  );
}
