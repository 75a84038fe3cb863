import { sql } from 'kysely';
import type { CasualtyClaim } from '../casualties/casualty-summary.js';
import { CASUALTIES_PROJECTION } from '../casualties/casualties.projection.js';
import type { PlaceDirectory } from '../locations/place-directory.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';
import { publishedReportIds, readableRows, type ReadableIncident } from './incident-rows.js';
import { INCIDENTS_PROJECTION } from './incidents.projection.js';
import { pageOf, pageQuery, type IncidentPage, type ListIncidentsFilter } from './incidents.query.js';

export interface ReadableIncidentPage extends Omit<IncidentPage, 'items'> {
  items: ReadableIncident[];
}

/**
 * A page of readable incidents (readableIncidents over listIncidents) with the page's casualty claims read by
 * the page's own statement: one round trip to the database instead of two. The claims keep the predicates of
 * readableIncidents: members and claims valid at the page's position, of reports published by `publishedBefore`.
 *
 *   SELECT page.*, (SELECT coalesce(json_agg(json_build_object('claimant', c.claimant, …)), '[]')
 *                   FROM incident_members m JOIN casualty_claims c ON c.event_id = m.event_id
 *                   WHERE m.incident_id = page.id AND <m and c valid at P>) AS claims
 *   FROM (<the statement of listIncidents>) page
 *   ORDER BY page.date_from DESC, page.id DESC
 */
export async function readableIncidentPage(
  db: ProjectionDb,
  directory: PlaceDirectory,
  f: ListIncidentsFilter,
): Promise<ReadableIncidentPage> {
  const rows = await db
    .selectFrom(pageQuery(db, f).as('page'))
    .selectAll('page')
    .select((eb) =>
      eb
        .selectFrom('incident_members as m')
        .innerJoin('casualty_claims as c', (j) => j.onRef('c.event_id', '=', 'm.event_id'))
        .select(
          sql<CasualtyClaim[]>`coalesce(json_agg(json_build_object(
            'claimant', c.claimant, 'outlet', c.outlet, 'reportId', c.report_id, 'side', c.side,
            'affiliation', c.affiliation, 'category', c.category, 'min', c.min, 'max', c.max,
            'approximate', c.approximate, 'vague', c.vague, 'cumulative', c.cumulative) ORDER BY c.event_id, c.idx), '[]'::json)`.as(
            'claims',
          ),
        )
        .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
        .whereRef('m.incident_id', '=', 'page.id')
        .where(validAt('m', f.asOf))
        .where('c.build', '=', activeBuild(CASUALTIES_PROJECTION))
        .where(validAt('c', f.asOf))
        .$if(!!f.publishedBefore, (q) => q.where(sql<boolean>`m.report_id IN (${publishedReportIds(f.publishedBefore!)})`))
        .as('claims'),
    )
    .orderBy('page.date_from', 'desc')
    .orderBy('page.id', 'desc')
    .execute();
  const page = await pageOf(db, f, rows);
  const claims = new Map(rows.map((r) => [r.id, r.claims ?? []]));
  return { items: readableRows(directory, page.items, claims), next: page.next };
}
