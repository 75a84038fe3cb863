/**
 * The common cases of relinking, answered without relinking (issue 17): an event added to the
 * set that changes no other event's incident.
 *
 * Greedy linking in canonical order sees an incident through its span, places and parties only.
 * Let e be the added event, and the incidents at e's turn be made of the events before it in
 * canonical order. Two cases leave every other event where it was:
 * - e links to an incident X that already covers it (e widens neither its span nor its place or
 *   party set): X looks the same with e as without it to every event after e, and no other
 *   incident changes. e joins X, under X's label.
 * - e links to none, and no event after it could link to an incident of e alone: nothing joins
 *   e's incident, so every other event links as before. e's incident is labelled with its name,
 *   as relinkRegion labels a new incident, when no incident holds that label.
 * So relinkRegion's answer is known from one pass over the region, with no relinking, however
 * many events the region holds.
 *
 * The argument needs the old placements to be the set's canonical incidents (which relinking
 * keeps), named as canonicalIncidents names them. Pinned events are named otherwise (relinkRegion
 * names an incident with pinned events after its first pinned or early one), so a region with a
 * pin, or with any change besides the one added event, goes the long way.
 */
import { canonicalOrder, withAll, type IdentifiedEvent } from './canonical-linking.js';
import type { RelinkRegion, RegionEvent } from './relink-region.js';
import { dayNumber, linkScore, MAX_INCIDENT_SPAN_DAYS, unionSpan, type LinkCandidate, type PlaceChain } from './linking.rule.js';

/** An incident of the region as it stands at the added event's turn in canonical order. */
interface Standing extends LinkCandidate {
  /** Its first event in canonical order, which names it. */
  first: IdentifiedEvent;
}

/** The moves of relinkRegion when the region's one change is an added event that moves no other; null otherwise. */
export function quietAdditionMoves(
  region: RelinkRegion,
  chain: PlaceChain,
  idFor: (eventId: string) => string,
): Map<string, string> | null {
  const added = theAddedEvent(region);
  if (!added) return null;
  const day = dayNumber(added.span.from);
  // Every event that could link to the added one (starting by its last day) is in the region.
  const known = region.knownUpTo === null ? Infinity : dayNumber(region.knownUpTo);
  if (dayNumber(region.from) > day || known < day + (MAX_INCIDENT_SPAN_DAYS - 1)) return null;
  const standing = standingAt(added, region.events);
  const label = bestFit(added, standing, chain, idFor);
  if (label !== null) return covers(standing.get(label)!, added) ? new Map([[added.id, label]]) : null;
  return aloneAfter(added, region, chain) ? newIncidentMoves(added, region, idFor) : null;
}

/** Whether no event after `added` in canonical order could link to an incident of `added` alone. */
function aloneAfter(added: IdentifiedEvent, region: RelinkRegion, chain: PlaceChain): boolean {
  const alone: LinkCandidate = { ...added, firstPosition: 0 };
  for (const e of region.events) if (e.was !== null && canonicalOrder(e, added) > 0 && linkScore(e, alone, chain) > 0) return false;
  return true;
}

/** The added event, labelled with its name: unless an incident in the region or outside it holds that label. */
function newIncidentMoves(added: IdentifiedEvent, region: RelinkRegion, idFor: (eventId: string) => string): Map<string, string> | null {
  const name = idFor(added.id);
  if (region.heldElsewhere?.(name) || region.events.some((e) => e.was?.incident === name)) return null;
  return new Map([[added.id, name]]);
}

/** The one event the region adds, when that is its only change and no event in it is pinned. */
function theAddedEvent(region: RelinkRegion): RegionEvent | null {
  let added: RegionEvent | null = null;
  for (const e of region.events) {
    if (e.pin !== null || !e.stays) return null;
    if (e.was === null) {
      if (added) return null;
      added = e;
    } else if (e.was.pinned) return null;
  }
  return added;
}

/** The incidents by label, each made of its events before `added` in canonical order. */
function standingAt(added: IdentifiedEvent, events: readonly RegionEvent[]): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const e of events) {
    if (e.was === null || canonicalOrder(e, added) > 0) continue;
    const x = out.get(e.was.incident);
    if (!x) {
      out.set(e.was.incident, {
        id: e.was.incident,
        kind: e.kind,
        span: e.span,
        placeIds: withAll([], e.placeIds),
        parties: withAll([], e.parties),
        firstPosition: 0,
        first: e,
      });
      continue;
    }
    if (canonicalOrder(e, x.first) < 0) {
      x.first = e;
      x.kind = e.kind;
    }
    if (e.span.from < x.span.from || e.span.to > x.span.to) x.span = unionSpan(x.span, e.span);
    x.placeIds = withAll(x.placeIds, e.placeIds);
    x.parties = withAll(x.parties, e.parties);
  }
  return out;
}

/**
 * The label of the incident chooseIncident picks for `e`, or null for none. Ties go, as in
 * relinkRegion, to the lowest name: the name of an incident's first event.
 */
function bestFit(
  e: IdentifiedEvent,
  standing: ReadonlyMap<string, Standing>,
  chain: PlaceChain,
  idFor: (eventId: string) => string,
): string | null {
  let best: { label: string; score: number; name: string | null } | null = null;
  for (const [label, x] of standing) {
    const score = linkScore(e, x, chain);
    if (score === 0 || (best && score < best.score)) continue;
    if (best && score === best.score) {
      best.name ??= idFor(standing.get(best.label)!.first.id);
      const name = idFor(x.first.id);
      if (name < best.name) best = { label, score, name };
    } else best = { label, score, name: null };
  }
  return best?.label ?? null;
}

/** Whether `e` widens neither the incident's span nor its places nor its parties. */
function covers(x: Standing, e: IdentifiedEvent): boolean {
  return (
    x.span.from <= e.span.from &&
    x.span.to >= e.span.to &&
    e.placeIds.every((p) => x.placeIds.includes(p)) &&
    e.parties.every((p) => x.parties.includes(p))
  );
}
