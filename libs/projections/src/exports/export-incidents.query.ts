import { sql } from 'kysely';
import type { ExtractedEventData } from '@sitrep/domain';
import { CASUALTIES_PROJECTION } from '../casualties/casualties.projection.js';
import { partiesOf } from '../incidents/incident-values.js';
import { INCIDENTS_PROJECTION } from '../incidents/incidents.projection.js';
import { casualtiesOfEvents, toIncidentSummary, type IncidentSummary } from '../incidents/incidents.query.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';
import { isPublishedBy, type PublicationDates } from '../shared/published-by.js';
import type { ExportEvent, ExportFilter, ExportIncident, ExportReport } from './export-model.js';

/** Incidents per page: each page is four statements, and one page is all an export holds in memory. */
export const EXPORT_PAGE_SIZE = 200;

/**
 * The position an export reads at when the caller gave no `asOf`: the lower of
 * the incidents and casualties projections' positions, so every page (and the
 * claims of every incident) is read from the same moment of the history,
 * however long the export takes and whatever the projections apply meanwhile.
 *
 *   SELECT min(c.position) FROM projection_checkpoints c
 *   JOIN projection_registry r ON r.name = c.name AND r.active_build = c.build
 *   WHERE c.name IN ('incidents', 'casualties')
 */
export async function currentExportPosition(db: ProjectionDb): Promise<number> {
  const row = await db
    .selectFrom('projection_checkpoints as c')
    .innerJoin('projection_registry as r', (j) => j.onRef('r.name', '=', 'c.name').onRef('r.active_build', '=', 'c.build'))
    .select((eb) => eb.fn.min('c.position').as('position'))
    .where('c.name', 'in', [INCIDENTS_PROJECTION, CASUALTIES_PROJECTION])
    .executeTakeFirst();
  return Number(row?.position ?? 0);
}

/**
 * Every incident matching the filter, page by page in the order of
 * `GET /incidents` (newest first, keyset on date and id, with the predicates of
 * `listIncidents`, so an export holds the same set as the JSON API), each with
 * its member events, their reports and their casualty claims.
 */
export async function* exportIncidentPages(
  db: ProjectionDb,
  filter: ExportFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportIncident[], void, undefined> {
  let after: { dateFrom: string; id: string } | null = null;
  for (;;) {
    const page = await incidentPage(db, filter, after, pageSize);
    if (page.length > 0) {
      const items = await withDetails(db, page, filter);
      if (items.length > 0) yield items;
    }
    if (page.length < pageSize) return;
    const last = page.at(-1)!;
    after = { dateFrom: last.dateFrom, id: last.id };
  }
}

/**
 * One page of incidents: `listIncidents`' predicates, with the keyset written
 * as a row comparison, which PostgreSQL takes as an index condition on
 * (build, date_from DESC, id DESC, valid_from) and so seeks to the page
 * (`listIncidents`' `date_from < $d OR (date_from = $d AND id < $id)` is a
 * filter: each page scans again from the newest incident, so a whole export
 * grows with the square of the history):
 *
 *   SELECT i.* FROM incidents i WHERE i.build = <active> AND <valid at P> AND <filters>
 *     AND (i.date_from, i.id) < ($cursorDate, $cursorId)
 *   ORDER BY i.date_from DESC, i.id DESC LIMIT $limit
 */
async function incidentPage(
  db: ProjectionDb,
  f: ExportFilter,
  after: { dateFrom: string; id: string } | null,
  limit: number,
): Promise<IncidentSummary[]> {
  const rows = await db
    .selectFrom('incidents as i')
    .selectAll('i')
    .where('i.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where(validAt('i', f.asOf))
    .$if(!!f.placeIds, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('incident_places as p')
            .select(eb.lit(1).as('one'))
            .whereRef('p.build', '=', 'i.build')
            .whereRef('p.incident_id', '=', 'i.id')
            .where(sql<boolean>`p.place_id = ANY(${f.placeIds!}::text[])`)
            .where(validAt('p', f.asOf)),
        ),
      ),
    )
    .$if(!!f.type, (q) => q.where(sql<boolean>`i.types @> ARRAY[${f.type!}]::text[]`))
    .$if(!!f.party, (q) => q.where(sql<boolean>`i.parties @> ARRAY[${f.party!}]::text[]`))
    .$if(!!f.from, (q) => q.where('i.date_to', '>=', f.from!))
    .$if(!!f.to, (q) => q.where('i.date_from', '<=', f.to!))
    .$if(after !== null, (q) => q.where(sql<boolean>`(i.date_from, i.id) < (${after!.dateFrom}, ${after!.id})`))
    .orderBy('i.date_from', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toIncidentSummary);
}

async function withDetails(db: ProjectionDb, incidents: IncidentSummary[], filter: ExportFilter): Promise<ExportIncident[]> {
  const events = await memberEvents(
    db,
    incidents.map((i) => i.id),
    filter.asOf,
  );
  const reports = await reportsOf(db, [...new Set(events.map((e) => e.event.reportId))]);
  const counts = (e: ExportEvent) => !filter.publishedBefore || isPublishedBy(reports.get(e.reportId), filter.publishedBefore);
  const kept = events.filter((e) => counts(e.event));
  const narrowed = new Set(events.filter((e) => !counts(e.event)).map((e) => e.incidentId));
  const { claims } = await casualtiesOfEvents(
    db,
    kept.map((e) => e.event.eventId),
    filter.asOf,
  );
  const byIncident = new Map<string, ExportEvent[]>();
  for (const { incidentId, event } of kept) {
    const own = byIncident.get(incidentId);
    if (own) own.push(event);
    else byIncident.set(incidentId, [event]);
  }
  const out: ExportIncident[] = [];
  for (const incident of incidents) {
    const own = byIncident.get(incident.id);
    if (!own) continue; // every event of it came from reports published after `publishedBefore`
    const ids = new Set(own.map((e) => e.eventId));
    const reportIds = [...new Set(own.map((e) => e.reportId))];
    out.push({
      incident: narrowed.has(incident.id) ? narrowedTo(incident, own) : incident,
      events: own,
      reports: reportIds
        .map((id) => reports.get(id))
        .filter((r) => r !== undefined)
        .map(({ referenceDate: _referenceDate, ...report }): ExportReport => report),
      claims: claims.filter((c) => ids.has(c.eventId)),
    });
  }
  return out;
}

/**
 * The incident as its remaining events describe it, when `publishedBefore` left
 * some out: their types, days, places, parties and reports (its id and kind stay).
 */
function narrowedTo(incident: IncidentSummary, events: readonly ExportEvent[]): IncidentSummary {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    ...incident,
    types: sorted(events.map((e) => e.type)),
    dateFrom: events.map((e) => e.dateFrom).reduce((a, b) => (a < b ? a : b)),
    dateTo: events.map((e) => e.dateTo).reduce((a, b) => (a > b ? a : b)),
    placeIds: sorted(events.flatMap((e) => e.placeIds)),
    parties: sorted(events.flatMap((e) => partiesOf(e.data))),
    eventCount: events.length,
    reportIds: sorted(events.map((e) => e.reportId)),
  };
}

/**
 * Member events of the page's incidents with their stored data, in history order:
 *
 *   SELECT m.*, e.data, e.recorded_at FROM incident_members m JOIN events e ON e.position = m.event_position
 *   WHERE m.build = <active> AND m.incident_id = ANY($ids) AND <m valid at P> ORDER BY m.event_position
 */
async function memberEvents(
  db: ProjectionDb,
  incidentIds: readonly string[],
  asOf: number,
): Promise<Array<{ incidentId: string; event: ExportEvent }>> {
  const rows = await db
    .selectFrom('incident_members as m')
    .innerJoin(sql<{ position: string; data: ExtractedEventData; recorded_at: Date }>`events`.as('e'), (j) =>
      j.on(sql<boolean>`e.position = m.event_position`),
    )
    .select([
      'm.incident_id',
      'm.event_id',
      'm.type',
      'm.report_id',
      'm.date_from',
      'm.date_to',
      'm.place_ids',
      'm.event_position',
      sql<ExtractedEventData>`e.data`.as('data'),
      sql<Date>`e.recorded_at`.as('recorded_at'),
    ])
    .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
    // one statement text whatever the number of ids (Postgres.js keeps each text prepared per connection)
    .where(sql<boolean>`m.incident_id = ANY(${incidentIds}::text[])`)
    .where(validAt('m', asOf))
    .orderBy('m.event_position')
    .execute();
  return rows.map((r) => ({
    incidentId: r.incident_id,
    event: {
      eventId: r.event_id,
      type: r.type,
      position: Number(r.event_position),
      reportId: r.report_id,
      dateFrom: r.date_from,
      dateTo: r.date_to,
      placeIds: r.place_ids,
      recordedAt: new Date(r.recorded_at).toISOString(),
      data: r.data,
    },
  }));
}

/** The reports of the events, with the reference date `publishedBefore` falls back on (not part of the export's columns). */
async function reportsOf(db: ProjectionDb, reportIds: readonly string[]): Promise<Map<string, ExportReport & PublicationDates>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('projection_reports as r')
    .select(['r.report_id', 'r.source', 'r.title', 'r.url', 'r.published_on', 'r.reference_date'])
    .where('r.projection', '=', INCIDENTS_PROJECTION)
    .where('r.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where(sql<boolean>`r.report_id = ANY(${reportIds}::text[])`)
    .execute();
  return new Map(
    rows.map((r) => [
      r.report_id,
      { reportId: r.report_id, outlet: r.source, title: r.title, url: r.url, publishedOn: r.published_on, referenceDate: r.reference_date },
    ]),
  );
}

/**
 * How many incidents exist at the position, whatever the filters: the total of
 * an unfiltered export (for a progress bar), an upper bound of a filtered one.
 */
export async function countIncidents(db: ProjectionDb, asOf: number): Promise<number> {
  const row = await db
    .selectFrom('incidents as i')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('i.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where(validAt('i', asOf))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
