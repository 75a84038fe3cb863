import { sql } from 'kysely';
import { INCIDENTS_PROJECTION } from '../incidents/incidents.projection.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild } from '../shared/as-of.js';
import type { PlaceDirectory } from './place-directory.js';

export interface LocationView {
  id: string;
  name: string | null;
  nameAr: string | null;
  country: string | null;
  precision: string | null;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  incidentCount: number;
  /** Incidents per event type (an incident with shelling and an air strike counts under both). */
  byType: Record<string, number>;
  firstDate: string;
  lastDate: string;
}

/**
 * Every place with incidents (directly or rolled up from the places inside it),
 * with counts per type and first and last dates, as of a position:
 *
 *   SELECT p.place_id, t.type, count(DISTINCT i.id), min(i.date_from), max(i.date_to)
 *   FROM incident_places p JOIN incidents i ON ... , unnest(i.types) t(type)
 *   WHERE <p valid at P> AND <i valid at P> GROUP BY ROLLUP? no: GROUPING SETS ((p.place_id), (p.place_id, t.type))
 */
export async function listLocations(
  db: ProjectionDb,
  directory: PlaceDirectory,
  options: { asOf: number | null; placeIds?: string[] },
): Promise<LocationView[]> {
  const build = activeBuild(INCIDENTS_PROJECTION);
  const valid = (alias: string) =>
    options.asOf === null
      ? sql`${sql.ref(`${alias}.valid_to`)} IS NULL`
      : sql`${sql.ref(`${alias}.valid_from`)} <= ${options.asOf} AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} > ${options.asOf})`;
  const placeFilter = options.placeIds ? sql`AND p.place_id = ANY(${options.placeIds}::text[])` : sql``;
  const { rows } = await sql<{ place_id: string; type: string | null; n: string | number; first: string; last: string }>`
    SELECT p.place_id, t.type, count(DISTINCT i.id) AS n, min(i.date_from) AS first, max(i.date_to) AS last
    FROM incident_places p
    JOIN incidents i ON i.build = p.build AND i.id = p.incident_id AND ${valid('i')}
    CROSS JOIN LATERAL unnest(i.types) AS t(type)
    WHERE p.build = ${build} AND ${valid('p')} ${placeFilter}
    GROUP BY GROUPING SETS ((p.place_id), (p.place_id, t.type))
    ORDER BY p.place_id`.execute(db);
  const byPlace = new Map<string, LocationView>();
  for (const r of rows) {
    let v = byPlace.get(r.place_id);
    if (!v) {
      const place = directory.get(r.place_id);
      v = {
        id: r.place_id,
        name: place?.name ?? null,
        nameAr: place?.nameAr ?? null,
        country: place?.country ?? null,
        precision: place?.precision ?? null,
        parent: place?.parent ?? null,
        lat: place?.lat ?? null,
        lon: place?.lon ?? null,
        incidentCount: 0,
        byType: {},
        firstDate: r.first,
        lastDate: r.last,
      };
      byPlace.set(r.place_id, v);
    }
    if (r.type === null) {
      v.incidentCount = Number(r.n);
      v.firstDate = r.first;
      v.lastDate = r.last;
    } else {
      v.byType[r.type] = Number(r.n);
    }
  }
  return [...byPlace.values()].sort((a, b) => b.incidentCount - a.incidentCount || a.id.localeCompare(b.id));
}

/** `?location=` accepts a gazetteer id or an English or Arabic name. */
export function resolveLocation(directory: PlaceDirectory, query: string): string[] {
  const direct = directory.get(query.trim()) ?? directory.get(query.trim().toLowerCase());
  if (direct) return [direct.id];
  const found = directory.search(query);
  return found.length ? [found[0]!.id] : [];
}
