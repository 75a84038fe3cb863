import { INCIDENTS_PROJECTION } from '../incidents/incidents.projection.js';
import { toIncidentSummary, type IncidentSummary } from '../incidents/incidents.query.js';
import { placeAffinity, type PlaceChain } from '../incidents/linking.rule.js';
import type { ProjectionDb } from '../runner/projection.js';
import { activeBuild, validAt } from '../shared/as-of.js';

export interface CeasefireView extends IncidentSummary {
  /** Alleged violations dated on or after the ceasefire's first day, in an area it covers. */
  violations: IncidentSummary[];
}

/**
 * A violation belongs to a ceasefire when it is dated on or after the ceasefire,
 * before the next ceasefire covering the same area, and at a place the ceasefire
 * covers (same place or one inside the other) — or, when either names no place,
 * when they involve a common party.
 */
export function violationsOf(
  ceasefires: readonly IncidentSummary[],
  violations: readonly IncidentSummary[],
  chain: PlaceChain,
): CeasefireView[] {
  const covers = (c: IncidentSummary, v: IncidentSummary) =>
    c.placeIds.length && v.placeIds.length
      ? placeAffinity(c.placeIds, v.placeIds, chain) > 0
      : c.parties.some((p) => v.parties.includes(p)) || c.parties.length === 0 || v.parties.length === 0;
  const ordered = [...ceasefires].sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id));
  return ordered.map((c, i) => {
    const next = ordered.slice(i + 1).find((n) => n.dateFrom > c.dateFrom && covers(c, n));
    return {
      ...c,
      violations: violations
        .filter((v) => v.dateTo >= c.dateFrom && (!next || v.dateFrom < next.dateFrom) && covers(c, v))
        .sort((a, b) => a.dateFrom.localeCompare(b.dateFrom) || a.id.localeCompare(b.id)),
    };
  });
}

export async function listCeasefires(db: ProjectionDb, chain: PlaceChain, asOf: number | null): Promise<CeasefireView[]> {
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
    chain,
  ).reverse();
}
