import { sql } from 'kysely';
import { bySideCategoryAffiliation } from '../casualties/casualty-summary.js';
import { CASUALTIES_PROJECTION } from '../casualties/casualties.projection.js';
import type { PlaceDirectory, PlaceInfo } from '../locations/place-directory.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';
import { INCIDENTS_PROJECTION } from './incidents.projection.js';
import type { IncidentFields } from './incident-summary.js';
import { headlineOf, publishedReportIds, type HeadlineFigure } from './incident-rows.js';
import { asPublishedBy, filteredIncidents, toIncidentFields, type ListIncidentsFilter } from './incidents.query.js';

/** One incident as the map and list draw it: the list row's headline, a point and a figure, no labels or tables. */
export interface IncidentMapRow extends IncidentFields {
  headline: string;
  /** Of its most precise place with coordinates (the first such in `placeIds` on a tie). */
  lat: number | null;
  lon: number | null;
  /** The highest killed figure of any victim side, running tolls left out; 0 when killed are claimed without a figure, null when not claimed. */
  fatalities: number | null;
}

export interface IncidentMapPage {
  items: IncidentMapRow[];
  next: { dateFrom: string; id: string } | null;
}

/** One victim side and affiliation of an incident's killed claims: [side, affiliation, lowest figure, highest figure]. */
type KilledGroup = [string | null, string, number | null, number | null];

/**
 * The page `listIncidents` would give for `f`, as map rows, in one statement (one more, per page, with
 * `publishedBefore`, as the list's). Per incident only its killed claims' lowest and highest figure per victim side
 * and affiliation come back (running tolls and unquantified claims give none), which is all the headline and the
 * figure read of the casualty summary; place names and points come from the gazetteer in memory.
 *
 *   WITH page AS MATERIALIZED (<listIncidents' filtered, ordered, limited incidents: id, kind, types, dates, places, parties, count>),
 *   killed_groups AS (
 *     SELECT m.incident_id, c.side, c.affiliation, min(c.min) FILTER (WHERE <figure>) AS low,
 *            max(coalesce(c.max, c.min)) FILTER (WHERE <figure>) AS high
 *     FROM page p JOIN incident_members m ON m.incident_id = p.id JOIN casualty_claims c ON c.event_id = m.event_id
 *     WHERE c.category = 'killed' AND <m, c valid at P> [AND m.report_id IN <published <= D>]
 *     GROUP BY m.incident_id, c.side, c.affiliation),
 *   killed AS (SELECT incident_id, json_agg(json_build_array(side, affiliation, low, high)) AS groups FROM killed_groups GROUP BY incident_id)
 *   SELECT page.*, killed.groups FROM page LEFT JOIN killed ON killed.incident_id = page.id ORDER BY date_from DESC, id DESC
 *
 * where <figure> is `NOT c.cumulative AND c.min IS NOT NULL`. Joined as sets, not a subquery per incident: the
 * planner's estimate for 5,000 correlated lookups crossed `jit_above_cost`, and compiling cost more than it saved.
 */
export async function listIncidentMapRows(db: ProjectionDb, directory: PlaceDirectory, f: ListIncidentsFilter): Promise<IncidentMapPage> {
  const page = filteredIncidents(db, f).select([
    'i.id',
    'i.kind',
    'i.types',
    'i.date_from',
    'i.date_to',
    'i.place_ids',
    'i.parties',
    'i.member_count',
  ]);
  const figure = sql<boolean>`NOT c.cumulative AND c.min IS NOT NULL`;
  const rows = await db
    .with(
      (cte) => cte('page').materialized(),
      () => page,
    )
    .with('killed_groups', (q) =>
      q
        .selectFrom('page as p')
        .innerJoin('incident_members as m', (j) => j.onRef('m.incident_id', '=', 'p.id'))
        .innerJoin('casualty_claims as c', (j) => j.onRef('c.event_id', '=', 'm.event_id'))
        .select([
          'm.incident_id',
          'c.side',
          'c.affiliation',
          sql<number | null>`min(c.min) FILTER (WHERE ${figure})`.as('low'),
          sql<number | null>`max(coalesce(c.max, c.min)) FILTER (WHERE ${figure})`.as('high'),
        ])
        .where('m.build', '=', activeBuild(INCIDENTS_PROJECTION))
        .where(validAt('m', f.asOf))
        .where('c.build', '=', activeBuild(CASUALTIES_PROJECTION))
        .where('c.category', '=', 'killed')
        .where(validAt('c', f.asOf))
        .$if(!!f.publishedBefore, (r) => r.where(sql<boolean>`m.report_id IN (${publishedReportIds(f.publishedBefore!)})`))
        .groupBy(['m.incident_id', 'c.side', 'c.affiliation']),
    )
    .with('killed', (q) =>
      q
        .selectFrom('killed_groups as g')
        .select(['g.incident_id', sql<KilledGroup[]>`json_agg(json_build_array(g.side, g.affiliation, g.low, g.high))`.as('groups')])
        .groupBy('g.incident_id'),
    )
    .selectFrom('page as i')
    .leftJoin('killed as k', 'k.incident_id', 'i.id')
    .selectAll('i')
    .select('k.groups')
    .orderBy('i.date_from', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  const chosen = rows.slice(0, f.limit);
  const last = chosen.at(-1);
  const next = rows.length > f.limit && last ? { dateFrom: last.date_from, id: last.id } : null;
  const incidents = chosen.map((r) => ({ ...toIncidentFields(r), killed: r.groups ?? [] }));
  const described = f.publishedBefore ? await asPublishedBy(db, incidents, f.publishedBefore, f.asOf) : incidents;
  const places = new PlaceMemo(directory);
  return { items: described.map((r) => toMapRow(r, places)), next };
}

type MapSource = IncidentFields & { killed: KilledGroup[] };

/**
 * The incident's fields as `toIncidentFields` picked them, and the map's own. Spreading them is safe because nothing
 * adds to them on the way: `asPublishedBy` re-describes the fields a row has and gives report ids only to rows that
 * carry them (summaries); the dev-corpus equivalence test (incident-map-rows.e2e-spec.ts) would see any extra field.
 */
function toMapRow({ killed: groups, ...incident }: MapSource, places: PlaceMemo): IncidentMapRow {
  const killed: Array<HeadlineFigure & { category: 'killed' }> = groups
    .map(([side, affiliation, low, high]) => ({ side, affiliation, category: 'killed' as const, low, high }))
    .sort(bySideCategoryAffiliation);
  const labels = incident.placeIds.map((id) => ({ id, name: places.get(id)?.name ?? null }));
  const point = places.mostPrecise(incident.placeIds);
  return {
    ...incident,
    headline: headlineOf(incident, labels, killed),
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    fatalities: killed.length ? Math.max(...killed.map((k) => k.high ?? k.low ?? 0)) : null,
  };
}

/** Finer places rank first (lower); a place of unknown precision counts as a country. */
const PRECISION_RANK: Record<string, number> = { settlement: 0, feature: 1, district: 2, border: 3, region: 4, country: 5 };
const rankOf = (p: PlaceInfo) => PRECISION_RANK[p.precision ?? 'country'] ?? 9;

/** The gazetteer's places of one page, each looked up once (a page of 10,000 incidents names a few hundred). */
class PlaceMemo {
  private readonly seen = new Map<string, PlaceInfo | undefined>();

  constructor(private readonly directory: PlaceDirectory) {}

  get(id: string): PlaceInfo | undefined {
    if (!this.seen.has(id)) this.seen.set(id, this.directory.get(id));
    return this.seen.get(id);
  }

  /** The most precise of `ids` with coordinates, the first in `ids` on a tie. */
  mostPrecise(ids: readonly string[]): { lat: number; lon: number } | null {
    let best: PlaceInfo | null = null;
    for (const id of ids) {
      const p = this.get(id);
      if (p === undefined) continue;
      if (best === null || rankOf(p) < rankOf(best)) best = p;
    }
    return best ? { lat: best.lat, lon: best.lon } : null;
  }
}
