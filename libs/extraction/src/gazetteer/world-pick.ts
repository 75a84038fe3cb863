/**
 * Which world candidate a place slot takes. The lookup ranks by spelling, the report's countries and
 * population; the text can say more:
 *
 * - a containing unit the curated gazetteer knows («قرية X في دونيتسك», «بلدة X بريف حلب»,
 *   `containing-unit.ts`): only a candidate inside it may answer, and none when none is (`null`): the unit
 *   alone is placed, not a namesake 500 km away;
 * - a curated place nearby: among equally well-spelled namesakes, the one near it (`nearestHomonym`).
 */
import type { PlaceMatch } from './find-places.js';
import { liesIn, type ContainingUnit } from './containing-unit.js';
import { kmBetween } from './distance.js';
import type { WorldPlace } from './world/index.js';

/** Candidates this close in exactness spell the name equally well: only where they lie can tell them apart. */
const HOMONYM_EXACTNESS = 0.02;
/** A homonym nearer than this to a place the report names (km) is preferred to a more populous one further away. */
const HOMONYM_REACH_KM = 150;

export interface PickContext {
  /** The countries whose places may answer without more evidence. */
  open: ReadonlySet<string>;
  curated: readonly PlaceMatch[];
  unit: ContainingUnit | null;
}

/** The candidate to place, undefined when none fits, null when the text's unit rules every candidate out. */
export function pickWorldPlace(candidates: readonly WorldPlace[], { open, curated, unit }: PickContext): WorldPlace | undefined | null {
  if (unit) {
    if (!candidates.length) return undefined;
    return candidates.find((c) => liesIn(unit, c)) ?? null;
  }
  return nearestHomonym(
    candidates.filter((c) => open.has(c.country)),
    curated,
  );
}

/**
 * «بلاغوداتني» is the name of three Ukrainian villages: the one near the places the report names («منطقة
 * دونيتسك») is meant, not the most populous. Among equally well-spelled candidates, the nearest to a curated
 * place below country level wins when it lies within reach; otherwise the lookup's own ranking stands.
 */
function nearestHomonym(candidates: readonly WorldPlace[], curated: readonly PlaceMatch[]): WorldPlace | undefined {
  const [best] = candidates;
  if (!best || candidates.length < 2) return best;
  const anchors = curated.filter((m) => m.place.precision !== 'country' && m.place.precision !== 'border').map((m) => m.place);
  if (!anchors.length) return best;
  const near = (p: WorldPlace) => Math.min(...anchors.map((a) => kmBetween(a.lat, a.lon, p.lat, p.lon)));
  let pick = best;
  let pickKm = near(best);
  for (const c of candidates.slice(1)) {
    if (best.exactness - c.exactness > HOMONYM_EXACTNESS) continue;
    const km = near(c);
    if (km < pickKm) [pick, pickKm] = [c, km];
  }
  return pickKm <= HOMONYM_REACH_KM || pick === best ? pick : best;
}
