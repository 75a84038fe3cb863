/**
 * Keeping the incidents equal to `canonicalIncidents` as events come and go, without
 * linking the whole history again (issue 13 item 10).
 *
 * Greedy linking in canonical order never looks ahead, so an event added or removed on day
 * D leaves every incident as it was for the events before D. From D on, the events are
 * linked again in canonical order, and the old assignment is replayed beside them; as soon
 * as, at the start of a day after the last change, the incidents that a later event could
 * still join (those starting no more than MAX_INCIDENT_SPAN_DAYS - 1 days earlier) are the
 * same on both sides, every later event links as it did before, and the work stops there.
 * A change typically settles within a few days of events of its kind.
 *
 * Events an analyst's decision placed (pinned) keep their incident and count for it from the
 * start; the others are linked around them.
 */
import { canonicalOrder, type IdentifiedEvent } from './canonical-linking.js';
import { chooseIncident, dayNumber, MAX_INCIDENT_SPAN_DAYS, unionSpan, type LinkCandidate, type PlaceChain } from './linking.rule.js';

export interface Placement {
  incident: string;
  pinned: boolean;
}

/** An event of the kind being relinked, as it was and as it is to be. */
export interface RegionEvent extends IdentifiedEvent {
  /** Its incident before the change; null for an event new to the set. */
  was: Placement | null;
  /** Whether it remains in the set (false: withdrawn). */
  stays: boolean;
  /** After the change: the incident an analyst pinned it to, or null when linking places it. */
  pin: string | null;
}

export interface RelinkRegion {
  /** The first day of the change: events starting before it keep their incidents. */
  from: string;
  /** The last day with a change: the two sides may agree only after it. */
  until: string;
  /**
   * Every event (of the region's kind) in an incident that starts on or after `from` less
   * MAX_INCIDENT_SPAN_DAYS - 1, plus the new ones, and at least all of them that start on or
   * before `knownUpTo` (null: all of them).
   */
  events: readonly RegionEvent[];
  knownUpTo: string | null;
}

/** The new incident of every event whose incident changes, or `null` when the region must reach further. */
export type RelinkResult = Map<string, string> | null;

interface Incident extends LinkCandidate {
  placeSet: Set<string>;
  partySet: Set<string>;
}

export function relinkRegion(region: RelinkRegion, chain: PlaceChain, idFor: (eventId: string) => string): RelinkResult {
  const start = dayNumber(region.from);
  const until = dayNumber(region.until);
  const before = new Map<string, Incident>();
  const after = new Map<string, Incident>();
  const oldSeq: RegionEvent[] = [];
  const newSeq: RegionEvent[] = [];
  for (const e of region.events) {
    const early = dayNumber(e.span.from) < start;
    if (e.was) {
      if (e.was.pinned || early) join(before, e.was.incident, e);
      else oldSeq.push(e);
    }
    if (!e.stays) continue;
    if (e.pin !== null) join(after, e.pin, e);
    else if (early && e.was) join(after, e.was.incident, e);
    else newSeq.push(e);
  }
  oldSeq.sort(canonicalOrder);
  newSeq.sort(canonicalOrder);

  const moves = new Map<string, string>();
  const known = region.knownUpTo === null ? Infinity : dayNumber(region.knownUpTo);
  let i = 0;
  let j = 0;
  while (j < newSeq.length || i < oldSeq.length) {
    const day = Math.min(dayOf(newSeq[j]), dayOf(oldSeq[i]));
    if (day > until && sameLive(before, after, day)) return moves;
    if (day > known) return null;
    for (; i < oldSeq.length && dayOf(oldSeq[i]) === day; i++) join(before, oldSeq[i]!.was!.incident, oldSeq[i]!);
    for (; j < newSeq.length && dayOf(newSeq[j]) === day; j++) {
      const e = newSeq[j]!;
      const chosen = chooseIncident(e, [...after.values()], chain) ?? idFor(e.id);
      // A fresh id already taken is an incident named after this event that keeps pinned members: the event is its own.
      join(after, chosen, e);
      if (e.was?.incident !== chosen) moves.set(e.id, chosen);
    }
  }
  // Past the events known, unknown ones may follow: they link as before only if the two sides agree.
  if (known === Infinity || (known + 1 > until && sameLive(before, after, known + 1))) return moves;
  return null;
}

const dayOf = (e: RegionEvent | undefined): number => (e ? dayNumber(e.span.from) : Infinity);

function join(incidents: Map<string, Incident>, id: string, e: IdentifiedEvent): void {
  const inc = incidents.get(id);
  if (!inc) {
    incidents.set(id, {
      id,
      kind: e.kind,
      span: e.span,
      placeIds: [...new Set(e.placeIds)].sort(),
      parties: [...new Set(e.parties)].sort(),
      firstPosition: 0,
      placeSet: new Set(e.placeIds),
      partySet: new Set(e.parties),
    });
    return;
  }
  inc.span = unionSpan(inc.span, e.span);
  if (e.placeIds.some((p) => !inc.placeSet.has(p))) {
    for (const p of e.placeIds) inc.placeSet.add(p);
    inc.placeIds = [...inc.placeSet].sort();
  }
  if (e.parties.some((p) => !inc.partySet.has(p))) {
    for (const p of e.parties) inc.partySet.add(p);
    inc.parties = [...inc.partySet].sort();
  }
}

/** The incidents an event starting on `day` or later may join are the same on both sides. */
function sameLive(a: ReadonlyMap<string, Incident>, b: ReadonlyMap<string, Incident>, day: number): boolean {
  const live = (x: Incident) => dayNumber(x.span.from) >= day - (MAX_INCIDENT_SPAN_DAYS - 1);
  let count = 0;
  for (const x of a.values()) {
    if (!live(x)) continue;
    count++;
    const y = b.get(x.id);
    if (!y || !live(y) || !sameIncident(x, y)) return false;
  }
  for (const y of b.values()) if (live(y)) count--;
  return count === 0;
}

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, k) => v === y[k]);

const sameIncident = (x: Incident, y: Incident) =>
  x.span.from === y.span.from && x.span.to === y.span.to && sameList(x.placeIds, y.placeIds) && sameList(x.parties, y.parties);
