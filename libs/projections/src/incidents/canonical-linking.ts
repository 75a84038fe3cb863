/**
 * Linking as a function of the set of events (issue 13 item 10).
 *
 * The projection links each event as it arrives (`chooseIncident` against the incidents
 * so far), so the partition depends on posting order: a border-only incident is claimed
 * by whichever specific-place event comes first, and its grown place set then decides
 * the rest. Here the same greedy rule runs over the events in one canonical order
 * (start date, end date, event id), so any order of the same set gives the same
 * incidents, each named after its canonical first event.
 *
 * The projection keeps to it incrementally: an event that arrives or leaves links again the
 * events after it in this order until the incidents agree again (see canonical-relink.ts).
 */
import { chooseIncident, unionSpan, type LinkCandidate, type LinkableEvent, type PlaceChain } from './linking.rule.js';

export interface IdentifiedEvent extends LinkableEvent {
  /** Unique per event: the last tie-break of the canonical order. */
  id: string;
}

/** Start date, then end date, then id: a total order on events with distinct ids. */
export function canonicalOrder(a: IdentifiedEvent, b: IdentifiedEvent): number {
  if (a.span.from !== b.span.from) return a.span.from < b.span.from ? -1 : 1;
  if (a.span.to !== b.span.to) return a.span.to < b.span.to ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Links events with the greedy rule in the order given; answers each event's incident,
 * named (`idFor`) after the incident's first event in that order. Ties between equally good
 * incidents go to the lowest id, which depends on the set only.
 */
export function linkInOrder(
  events: readonly IdentifiedEvent[],
  chain: PlaceChain,
  idFor: (eventId: string) => string = (id) => id,
): Map<string, string> {
  const incidents: (LinkCandidate & { placeSet: Set<string>; partySet: Set<string> })[] = [];
  const byId = new Map<string, (typeof incidents)[number]>();
  const incidentOf = new Map<string, string>();
  for (const e of events) {
    const chosen = chooseIncident(e, incidents, chain);
    const inc = chosen === null ? undefined : byId.get(chosen);
    if (!inc) {
      const fresh = {
        id: idFor(e.id),
        kind: e.kind,
        span: e.span,
        placeIds: uniqueSorted(e.placeIds),
        parties: uniqueSorted(e.parties),
        firstPosition: 0,
        placeSet: new Set(e.placeIds),
        partySet: new Set(e.parties),
      };
      incidents.push(fresh);
      byId.set(fresh.id, fresh);
      incidentOf.set(e.id, fresh.id);
      continue;
    }
    inc.span = unionSpan(inc.span, e.span);
    for (const p of e.placeIds) inc.placeSet.add(p);
    for (const p of e.parties) inc.partySet.add(p);
    inc.placeIds = uniqueSorted(inc.placeSet);
    inc.parties = uniqueSorted(inc.partySet);
    incidentOf.set(e.id, inc.id);
  }
  return incidentOf;
}

/** The incidents of a set of events: the greedy rule in canonical order, whatever order they come in. */
export function canonicalIncidents(
  events: readonly IdentifiedEvent[],
  chain: PlaceChain,
  idFor?: (eventId: string) => string,
): Map<string, string> {
  return linkInOrder([...events].sort(canonicalOrder), chain, idFor);
}

/** A partition as sorted lists of event ids, sorted: equal partitions give equal values. */
export function partitionOf(incidentOf: ReadonlyMap<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [event, incident] of incidentOf) {
    let g = groups.get(incident);
    if (!g) groups.set(incident, (g = []));
    g.push(event);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

const uniqueSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/**
 * A sorted list of distinct values with `more` added: the same list when it holds them all already
 * (relinking grows incidents event by event, and most events add no place or party), else a new one.
 * A list of a few values searched in turn: no set made per incident of every relink.
 */
export function withAll(sorted: readonly string[], more: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (const x of more) {
    const list = out ?? sorted;
    let i = 0;
    while (i < list.length && list[i]! < x) i++;
    if (list[i] === x) continue;
    // The first event of an incident: its own list when sorted and distinct already (lists are never changed in place).
    if (sorted.length === 0 && out === null && isSortedDistinct(more)) return more;
    out ??= sorted.slice();
    out.splice(i, 0, x);
  }
  return out ?? sorted;
}

function isSortedDistinct(xs: readonly string[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i - 1]! < xs[i]!)) return false;
  return true;
}
