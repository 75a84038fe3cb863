import { sql } from 'kysely';
import type { ExtractedEventData } from '@sitrep/domain';
import { summarizeCasualties, type CasualtyClaim, type CasualtySummary } from '../casualties/casualty-summary.js';
import { CASUALTIES_PROJECTION } from '../casualties/casualties.projection.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';
import { INCIDENTS_PROJECTION } from './incidents.projection.js';
import type { IncidentRow } from './incident.table.js';
import { publishedReportIds } from './incident-rows.js';
import type { IncidentFields, IncidentSummary } from './incident-summary.js';

export type { IncidentFields, IncidentSummary } from './incident-summary.js';
import type { CasualtyClaimRow } from '../casualties/casualty-claim.table.js';

export interface ListIncidentsFilter {
  /** Place ids: the incident must be filed under one of them (directly or rolled up). */
  placeIds?: string[];
  type?: string;
  party?: string;
  /** YYYY-MM-DD: incidents still going on at or after this day. */
  from?: string;
  /** YYYY-MM-DD: incidents begun at or before this day. */
  to?: string;
  kind?: string;
  /** A global position, or null for the current state. */
  asOf: number | null;
  /**
   * YYYY-MM-DD: only what reports published up to this day say. Incidents with
   * no such event are left out; the others show only those events (types, dates,
   * places, parties, reports). Linking is not redone: two incidents that only a
   * later report joined stay joined.
   */
  publishedBefore?: string;
  limit: number;
  /** Keyset: the last (dateFrom, id) of the previous page. */
  after?: { dateFrom: string; id: string } | null;
}

export interface IncidentPage {
  items: IncidentSummary[];
  next: { dateFrom: string; id: string } | null;
}

/** The columns `toIncidentFields` reads: what the map's statement selects of an incident. */
type IncidentFieldColumns = Pick<IncidentRow, 'id' | 'kind' | 'types' | 'date_from' | 'date_to' | 'place_ids' | 'parties' | 'member_count'>;

/** An incident row's fields that every listing shows, the list's and the map's, by name (a whole row carries more). */
export const toIncidentFields = (r: IncidentFieldColumns): IncidentFields => ({
  id: r.id,
  kind: r.kind,
  types: r.types,
  dateFrom: r.date_from,
  dateTo: r.date_to,
  placeIds: r.place_ids,
  parties: r.parties,
  eventCount: r.member_count,
});

export const toIncidentSummary = (r: IncidentRow): IncidentSummary => ({
  ...toIncidentFields(r),
  reportIds: r.report_ids,
  firstEventId: r.first_event_id,
});

/**
 * Incidents, newest first, keyset-paginated on (date_from, id):
 *
 *   SELECT i.* FROM incidents i
 *   WHERE i.build = (SELECT active_build FROM projection_registry WHERE name = 'incidents')
 *     AND <valid at P> AND EXISTS (SELECT 1 FROM incident_places p WHERE ... p.place_id = ANY($places) AND <valid at P>)
 *     AND (i.date_from, i.id) < ($cursorDate, $cursorId)
 *   ORDER BY i.date_from DESC, i.id DESC LIMIT $limit + 1
 *
 * The current incidents of one place are walked from that place's rows instead, which carry
 * their incident's date_from (incident_places_current_date_idx): a page is one index range
 * rather than a walk over every incident until enough of them are filed under the place.
 *
 *   SELECT i.* FROM incident_places p JOIN incidents i ON <the current version of p's incident>
 *   WHERE p.build = $build AND p.place_id = $place AND p.valid_to IS NULL
 *     AND (p.date_from, p.incident_id) < ($cursorDate, $cursorId)
 *   ORDER BY p.date_from DESC, p.incident_id DESC LIMIT $limit + 1
 */
export async function listIncidents(db: ProjectionDb, f: ListIncidentsFilter): Promise<IncidentPage> {
  return pageOf(db, f, await pageQuery(db, f).execute());
}

/** The page's rows (up to `limit + 1`, the extra one telling that there is a next page) as summaries and a cursor. */
export async function pageOf(db: ProjectionDb, f: ListIncidentsFilter, rows: readonly IncidentRow[]): Promise<IncidentPage> {
  const page = rows.slice(0, f.limit).map(toIncidentSummary);
  const last = page.at(-1);
  const next = rows.length > f.limit && last ? { dateFrom: last.dateFrom, id: last.id } : null;
  const items = f.publishedBefore ? await asPublishedBy(db, page, f.publishedBefore, f.asOf) : page;
  return { items, next };
}

/** The statement of listIncidents (whole rows), for callers that read more of each row in the same statement. */
export function pageQuery(db: ProjectionDb, f: ListIncidentsFilter) {
  return filteredIncidents(db, f).selectAll('i');
}

/**
 * The incidents of a page as `i`, filtered, ordered and limited to `f.limit + 1` (the extra row says whether a next
 * page exists), with nothing selected yet: `pageQuery` takes whole rows, the map's query (incident-map.query.ts)
 * a few columns and its casualty figures.
 */
export function filteredIncidents(db: ProjectionDb, f: ListIncidentsFilter) {
  const build = activeBuild(INCIDENTS_PROJECTION);
  const place = f.asOf === null && f.placeIds?.length === 1 ? f.placeIds[0]! : null;
  // In the place's walk p.date_from = i.date_from and p.incident_id = i.id; ordering by p's lets its index order the page.
  const [dateFrom, id] = place === null ? [sql.ref('i.date_from'), sql.ref('i.id')] : [sql.ref('p.date_from'), sql.ref('p.incident_id')];
  return db
    .selectFrom('incidents as i')
    .where('i.build', '=', build)
    .where(validAt('i', f.asOf))
    .$if(place !== null, (q) =>
      q
        .innerJoin('incident_places as p', (j) => j.onRef('p.build', '=', 'i.build').onRef('p.incident_id', '=', 'i.id'))
        .where('p.place_id', '=', place!)
        .where('p.valid_to', 'is', null)
        .$if(!!f.to, (r) => r.where('p.date_from', '<=', f.to!)),
    )
    .$if(place === null && !!f.placeIds, (q) =>
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
    .$if(!!f.publishedBefore, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('incident_members as pm')
            .select(eb.lit(1).as('one'))
            .whereRef('pm.build', '=', 'i.build')
            .whereRef('pm.incident_id', '=', 'i.id')
            .where(validAt('pm', f.asOf))
            .where(sql<boolean>`pm.report_id IN (${publishedReportIds(f.publishedBefore!)})`)
            .$if(!!f.type, (m) => m.where('pm.type', '=', f.type!))
            .$if(!!f.party, (m) => m.where(sql<boolean>`pm.parties @> ARRAY[${f.party!}]::text[]`)),
        ),
      ),
    )
    .$if(!!f.type, (q) => q.where(sql<boolean>`i.types @> ARRAY[${f.type!}]::text[]`))
    .$if(!!f.party, (q) => q.where(sql<boolean>`i.parties @> ARRAY[${f.party!}]::text[]`))
    .$if(!!f.kind, (q) => q.where('i.kind', '=', f.kind!))
    .$if(!!f.from, (q) => q.where('i.date_to', '>=', f.from!))
    .$if(!!f.to, (q) => q.where('i.date_from', '<=', f.to!))
    .$if(!!f.after, (q) => q.where(sql<boolean>`(${dateFrom}, ${id}) < (${f.after!.dateFrom}, ${f.after!.id})`))
    .orderBy(dateFrom, 'desc')
    .orderBy(id, 'desc')
    .limit(f.limit + 1);
}

/** What the events of the reports published by a day change in an incident's row. */
export type PublishedFields = Pick<IncidentSummary, 'id' | 'types' | 'dateFrom' | 'dateTo' | 'placeIds' | 'parties' | 'eventCount'>;

/** The incidents as the events of reports published by `day` describe them. */
export async function asPublishedBy<T extends PublishedFields>(
  db: ProjectionDb,
  page: T[],
  day: string,
  asOf: number | null,
): Promise<T[]> {
  if (page.length === 0) return page;
  const members = await db
    .selectFrom('incident_members as m')
    .select([
      'm.incident_id',
      'm.event_id',
      'm.report_id',
      'm.type',
      'm.date_from',
      'm.date_to',
      'm.place_ids',
      'm.parties',
      'm.event_position',
    ])
    .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where(sql<boolean>`m.incident_id = ANY(${page.map((i) => i.id)}::text[])`)
    .where(validAt('m', asOf))
    .where(sql<boolean>`m.report_id IN (${publishedReportIds(day)})`)
    .orderBy('m.event_position')
    .execute();
  const byIncident = new Map<string, typeof members>();
  for (const m of members) byIncident.set(m.incident_id, [...(byIncident.get(m.incident_id) ?? []), m]);
  const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();
  return page.map((row) => {
    const ms = byIncident.get(row.id) ?? [];
    if (ms.length === 0) return row;
    const described = {
      ...row,
      types: uniqueSorted(ms.map((m) => m.type)),
      dateFrom: ms.map((m) => m.date_from).sort()[0]!,
      dateTo: ms
        .map((m) => m.date_to)
        .sort()
        .at(-1)!,
      placeIds: uniqueSorted(ms.flatMap((m) => m.place_ids)),
      parties: uniqueSorted(ms.flatMap((m) => m.parties)),
      eventCount: ms.length,
    };
    // Report ids only where the row shows them (a summary): a map row has none, and must not gain them here.
    return 'reportIds' in row ? { ...described, reportIds: uniqueSorted(ms.map((m) => m.report_id)) } : described;
  });
}

export interface IncidentEventView {
  eventId: string;
  type: string;
  reportId: string;
  position: number;
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  locations: ExtractedEventData['locations'];
  claimant: ExtractedEventData['claimant'];
  accused: string | null;
  target: string | null;
  weapons: string[];
  casualties: ExtractedEventData['casualties'];
  materiel: ExtractedEventData['materiel'];
  evidence: ExtractedEventData['evidence'];
  confidence: number;
}

export interface SourceReport {
  reportId: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string | null;
}

export interface ClaimView extends CasualtyClaim {
  eventId: string;
  quote: string;
  claimantParty: string | null;
  claimantName: string | null;
}

export interface IncidentCasualties {
  claims: ClaimView[];
  summary: CasualtySummary[];
}

export interface IncidentDetail extends IncidentSummary {
  events: IncidentEventView[];
  reports: SourceReport[];
  casualties: IncidentCasualties;
}

export async function getIncidentRow(db: ProjectionDb, id: string, asOf: number | null): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents as i')
    .selectAll('i')
    .where('i.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where('i.id', '=', id)
    .where(validAt('i', asOf))
    .executeTakeFirst();
}

async function memberRows(db: ProjectionDb, ids: readonly string[], asOf: number | null) {
  if (ids.length === 0) return [];
  return (
    db
      .selectFrom('incident_members as m')
      .selectAll('m')
      .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
      // one statement text whatever the number of ids (Postgres.js keeps each text prepared per connection)
      .where(sql<boolean>`m.incident_id = ANY(${ids}::text[])`)
      .where(validAt('m', asOf))
      .orderBy('m.event_position')
      .execute()
  );
}

const toClaimView = (r: CasualtyClaimRow): ClaimView => ({
  eventId: r.event_id,
  claimant: r.claimant,
  claimantParty: r.claimant_party,
  claimantName: r.claimant_name,
  outlet: r.outlet,
  reportId: r.report_id,
  quote: r.quote,
  side: r.side,
  affiliation: r.affiliation as ClaimView['affiliation'],
  category: r.category as ClaimView['category'],
  min: r.min,
  max: r.max,
  approximate: r.approximate,
  vague: r.vague,
  cumulative: r.cumulative,
  period: r.cumulative ? { from: r.period_from, to: r.period_to } : null,
});

/** Every claim and the per-side summary for the given member events. */
export async function casualtiesOfEvents(db: ProjectionDb, eventIds: readonly string[], asOf: number | null): Promise<IncidentCasualties> {
  if (eventIds.length === 0) return { claims: [], summary: [] };
  const rows = await db
    .selectFrom('casualty_claims as c')
    .selectAll('c')
    .where('c.build', '=', activeBuild(CASUALTIES_PROJECTION))
    .where(sql<boolean>`c.event_id = ANY(${eventIds}::text[])`)
    .where(validAt('c', asOf))
    .orderBy('c.valid_from')
    .orderBy('c.event_id')
    .orderBy('c.idx')
    .execute();
  const claims = rows.map(toClaimView);
  return { claims, summary: summarizeCasualties(claims) };
}

/**
 * An incident's claims in one statement (one snapshot, one round trip; null
 * when the incident does not exist at that position):
 *
 *   SELECT f.found, c.* FROM (SELECT EXISTS (<incident $id valid at P>) AS found) f
 *   LEFT JOIN casualty_claims c ON f.found AND <c valid at P>
 *     AND c.event_id IN (SELECT event_id FROM incident_members WHERE incident_id = $id AND <valid at P>)
 */
export async function getIncidentCasualties(db: ProjectionDb, id: string, asOf: number | null): Promise<IncidentCasualties | null> {
  const incidents = activeBuild(INCIDENTS_PROJECTION);
  const rows = await db
    .selectFrom(
      db
        .selectNoFrom((eb) =>
          eb
            .exists(
              eb
                .selectFrom('incidents as i')
                .select(eb.lit(1).as('one'))
                .where('i.build', '=', incidents)
                .where('i.id', '=', id)
                .where(validAt('i', asOf)),
            )
            .as('found'),
        )
        .as('f'),
    )
    .leftJoin('casualty_claims as c', (join) =>
      join
        .on('f.found', '=', true)
        .on('c.build', '=', activeBuild(CASUALTIES_PROJECTION))
        .on(validAt('c', asOf))
        .on('c.event_id', 'in', (eb) =>
          eb
            .selectFrom('incident_members as m')
            .select('m.event_id')
            .where('m.build', '=', incidents)
            .where('m.incident_id', '=', id)
            .where(validAt('m', asOf)),
        ),
    )
    .select('f.found')
    .selectAll('c')
    .orderBy('c.valid_from')
    .orderBy('c.event_id')
    .orderBy('c.idx')
    .execute();
  if (!rows[0]?.found) return null;
  const claims = rows.filter((r): r is typeof r & CasualtyClaimRow => r.event_id !== null).map(toClaimView);
  return { claims, summary: summarizeCasualties(claims) };
}

/** One incident with its events, source reports and competing casualty figures, from one snapshot. */
export async function getIncident(db: ProjectionDb, id: string, asOf: number | null): Promise<IncidentDetail | null> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const row = await getIncidentRow(trx, id, asOf);
      if (!row) return null;
      const members = await memberRows(trx, [id], asOf);
      const reports = await trx
        .selectFrom('projection_reports as r')
        .selectAll('r')
        .where('r.projection', '=', INCIDENTS_PROJECTION)
        .where('r.build', '=', activeBuild(INCIDENTS_PROJECTION))
        .where('r.report_id', 'in', row.report_ids.length ? row.report_ids : ['\u0000'])
        .orderBy('r.submitted_at')
        .execute();
      const casualties = await casualtiesOfEvents(
        trx,
        members.map((m) => m.event_id),
        asOf,
      );
      const data = await eventData(
        trx,
        members.map((m) => Number(m.event_position)),
      );
      return {
        ...toIncidentSummary(row),
        events: members.map((m) => {
          const d = data.get(Number(m.event_position))!;
          return {
            eventId: m.event_id,
            type: m.type,
            reportId: m.report_id,
            position: Number(m.event_position),
            dateFrom: m.date_from,
            dateTo: m.date_to,
            placeIds: m.place_ids,
            locations: d.locations ?? [],
            claimant: d.claimant ?? { party: null, name: null },
            accused: d.accused ?? null,
            target: d.target ?? null,
            weapons: d.weapons ?? [],
            casualties: d.casualties ?? [],
            materiel: d.materiel ?? [],
            evidence: d.evidence,
            confidence: d.confidence,
          };
        }),
        reports: reports.map((r) => ({
          reportId: r.report_id,
          outlet: r.source,
          title: r.title,
          url: r.url,
          publishedOn: r.published_on,
          language: r.language,
        })),
        casualties,
      };
    });
}

/**
 * The extracted data of member events, read from the store by position (the
 * members table keeps the fields it filters and links on, not a copy of the data):
 *
 *   SELECT position, data FROM events WHERE position = ANY($positions)
 */
async function eventData(db: ProjectionDb, positions: readonly number[]): Promise<Map<number, ExtractedEventData>> {
  if (positions.length === 0) return new Map();
  const { rows } = await sql<{ position: string | number; data: ExtractedEventData }>`
    SELECT position, data FROM events WHERE position = ANY(${positions.map(String)}::bigint[])`.execute(db);
  return new Map(rows.map((r) => [Number(r.position), r.data]));
}

/** Current members of an incident (for merge and split commands). */
export async function currentMemberIds(db: ProjectionDb, id: string): Promise<string[]> {
  return (await memberRows(db, [id], null)).map((m) => m.event_id);
}

/**
 * Where an incident that no longer exists (merged into another, or emptied by a
 * retraction) went: the incident that now holds its first event, if any.
 *
 *   SELECT m.incident_id FROM incidents i JOIN incident_members m ON m.event_id = i.first_event_id AND <m valid at P>
 *   WHERE i.id = $id AND i.valid_from <= P ORDER BY i.valid_from DESC LIMIT 1
 */
export async function successorOf(db: ProjectionDb, id: string, asOf: number | null): Promise<string | null> {
  const row = await db
    .selectFrom('incidents as i')
    .innerJoin('incident_members as m', (j) => j.onRef('m.build', '=', 'i.build').onRef('m.event_id', '=', 'i.first_event_id'))
    .select('m.incident_id')
    .where('i.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where('i.id', '=', id)
    .$if(asOf !== null, (q) => q.where('i.valid_from', '<=', String(asOf)))
    .where(validAt('m', asOf))
    .orderBy('i.valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.incident_id !== id ? row.incident_id : null;
}
