import { INCIDENTS_PROJECTION } from '../incidents/incidents.projection.js';
import { toIncidentSummary, type IncidentSummary } from '../incidents/incidents.query.js';
import { dayNumber, placeAffinity, type PlaceChain } from '../incidents/linking.rule.js';
import type { PlaceDirectory } from '../locations/place-directory.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';

export interface CeasefireView extends IncidentSummary {
  /** The ceasefire incidents this entry stands for: one declaration reported on different days is one ceasefire. */
  incidentIds: string[];
  /** Alleged violations dated on or after the ceasefire's first day, in an area it covers. */
  violations: IncidentSummary[];
}

/** What the rule needs to know of places: containment, and what a border or front line touches. */
export interface SectorGazetteer {
  chain: PlaceChain;
  directory: Pick<PlaceDirectory, 'get'>;
}

/**
 * The countries, or the region, a border or front line runs along:
 * `xx-border-am-az` touches Armenia and Azerbaijan; the Karabakh line of
 * contact touches Karabakh (its parent) and Azerbaijan (its country).
 */
function sectorAreas(placeId: string, g: SectorGazetteer): string[] {
  const place = g.directory.get(placeId);
  if (place?.precision !== 'border') return [];
  const fromId = /^xx-border-([a-z]{2})-([a-z]{2})$/.exec(placeId)?.slice(1) ?? [];
  return [...fromId, ...(place.country ? [place.country.toLowerCase()] : []), ...(place.parent ? [place.parent] : [])];
}

/**
 * A ceasefire covers a place when it names the same place or one containing it
 * (a region covers its villages), or when it was declared for a border sector
 * or a front line that runs through the place's country or region.
 */
export function coversPlace(ceasefirePlaces: readonly string[], places: readonly string[], g: SectorGazetteer): boolean {
  // Containment as such: a country or a border named by the ceasefire is its area, not noise.
  const plainChain: PlaceChain = (id) => g.chain(id);
  if (placeAffinity(ceasefirePlaces, places, plainChain) > 0) return true;
  const areas = ceasefirePlaces.flatMap((c) => sectorAreas(c, g));
  return areas.length > 0 && places.some((p) => g.chain(p).some((a) => areas.includes(a)));
}

function covers(c: IncidentSummary, v: IncidentSummary, g: SectorGazetteer): boolean {
  if (c.placeIds.length && v.placeIds.length) return coversPlace(c.placeIds, v.placeIds, g);
  return c.parties.some((p) => v.parties.includes(p)) || c.parties.length === 0 || v.parties.length === 0;
}

/** Two ceasefire incidents a day apart for the same area and parties: one declaration, reported twice. */
function sameDeclaration(a: IncidentSummary, b: IncidentSummary, g: SectorGazetteer): boolean {
  if (Math.abs(dayNumber(a.dateFrom) - dayNumber(b.dateFrom)) > 1) return false;
  const sameParties = a.parties.length === 0 || b.parties.length === 0 || a.parties.some((p) => b.parties.includes(p));
  return sameParties && (covers(a, b, g) || covers(b, a, g));
}

function mergeDeclarations(ordered: readonly IncidentSummary[], g: SectorGazetteer): (IncidentSummary & { incidentIds: string[] })[] {
  const out: (IncidentSummary & { incidentIds: string[] })[] = [];
  for (const c of ordered) {
    const same = out.find((o) => sameDeclaration(o, c, g));
    if (!same) {
      out.push({ ...c, incidentIds: [c.id] });
      continue;
    }
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
    Object.assign(same, {
      incidentIds: [...same.incidentIds, c.id],
      dateTo: same.dateTo > c.dateTo ? same.dateTo : c.dateTo,
      placeIds: union(same.placeIds, c.placeIds),
      parties: union(same.parties, c.parties),
      types: union(same.types, c.types),
      reportIds: union(same.reportIds, c.reportIds),
      eventCount: same.eventCount + c.eventCount,
    });
  }
  return out;
}

/**
 * A violation belongs to a ceasefire when it is dated on or after the ceasefire,
 * before the next ceasefire covering the same area, and at a place the ceasefire
 * covers (see coversPlace) — or, when either names no place, when they involve a
 * common party.
 */
export function violationsOf(
  ceasefires: readonly IncidentSummary[],
  violations: readonly IncidentSummary[],
  g: SectorGazetteer,
): CeasefireView[] {
  const ordered = mergeDeclarations(
    [...ceasefires].sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id)),
    g,
  );
  return ordered.map((c, i) => {
    const next = ordered.slice(i + 1).find((n) => n.dateFrom > c.dateFrom && covers(c, n, g));
    return {
      ...c,
      violations: violations
        .filter((v) => v.dateTo >= c.dateFrom && (!next || v.dateFrom < next.dateFrom) && covers(c, v, g))
        .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id)),
    };
  });
}

export async function listCeasefires(db: ProjectionDb, g: SectorGazetteer, asOf: number | null): Promise<CeasefireView[]> {
  const rows = await db
    .selectFrom('incidents as i')
    .selectAll('i')
    .where('i.build', '=', activeBuild(INCIDENTS_PROJECTION))
    .where('i.kind', 'in', ['ceasefire', 'ceasefire-violation'])
    .where(validAt('i', asOf))
    .execute();
  const all = rows.map(toIncidentSummary);
  return violationsOf(
    all.filter((r) => r.kind === 'ceasefire'),
    all.filter((r) => r.kind === 'ceasefire-violation'),
    g,
  ).reverse();
}
