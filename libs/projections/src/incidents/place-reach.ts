/**
 * The events of a relink region that a change can reach through places and parties (issue 17,
 * bench/optimisations.md item 40).
 *
 * `linkScore` is above 0 only for an event and an incident one of whose members it would link to
 * alone: their places are equal or one lies inside the other along the gazetteer chain (broad
 * places left out when both name a specific one), or, when one of the two names no place, they
 * share a party. (An incident's places and parties are its members'; when both sides name a
 * specific place, a specific place of the incident is a member's that names one too.) So if the
 * region's events fall into groups with no such pair across two groups, and no incident (before or
 * after the change, pins included) holds events of two groups, greedy linking in canonical order
 * never links an event to an incident of another group: each group links as it would alone, and a
 * group with no change keeps every incident. Relinking the groups that hold a change answers as
 * relinking the whole region does.
 *
 * The groups are found by joining each event to keys, with no pairwise comparison:
 * - its incident before the change and its pin: an incident is never split;
 * - an event naming a specific place: its specific places, and a specific place to each specific
 *   place of the region along its chain;
 * - an event naming broad places only (a country, a border): its places, which every event with a
 *   place equal to one, inside one, or containing one joins;
 * - an event naming no place: its parties, which every event sharing one joins.
 */
import { relinkedDays, relinkRegion } from './canonical-relink.js';
import type { RegionEvent, RelinkRegion, RelinkResult } from './relink-region.js';
import type { PlaceChain } from './linking.rule.js';
import { relinkCounts } from './relink-counts.js';

/**
 * relinkRegion's answer, from the events the change reaches (`changed`: the ids of the changed
 * events). A label of an incident of the region the change does not reach counts as held elsewhere;
 * when the relink asked about one (a name drifted onto such an incident's label, where relinking the
 * whole region could take that label and move the incident's events), the whole region is relinked
 * instead, so the answer is always the whole region's. The part relinked asks whether the two sides
 * agree on the days the whole region's relinking would (`checkDays`): the day it stops decides which
 * incidents keep their twins' labels.
 */
export function relinkReached(
  region: RelinkRegion,
  changed: ReadonlySet<string>,
  chain: PlaceChain,
  idFor: (eventId: string) => string,
): RelinkResult {
  const reached = reachedByChange(region.events, changed, chain);
  relinkCounts.regionEvents += reached.length;
  if (reached === region.events) return relinkRegion(region, chain, idFor);
  // Asked for by few relinks (a new incident's label, the long way's stop): made when first asked for.
  const inRegion = whenAsked(() => labelsOf(region.events));
  const inReached = whenAsked(() => labelsOf(reached));
  const elsewhere = region.heldElsewhere ?? (() => false);
  let unreachedAsked = false;
  const heldElsewhere = (label: string) => {
    if (inRegion().has(label) && !inReached().has(label)) return (unreachedAsked = true);
    return elsewhere(label);
  };
  const checkDays = whenAsked(() => relinkedDays(region));
  const moves = relinkRegion({ ...region, events: reached, heldElsewhere, checkDays }, chain, idFor);
  if (!unreachedAsked) return moves;
  relinkCounts.regionEvents += region.events.length;
  return relinkRegion(region, chain, idFor);
}

/** A value made the first time it is asked for. */
export function whenAsked<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/** The labels the events of a region were in before the change. */
export function labelsOf(events: readonly RegionEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) if (e.was) out.add(e.was.incident);
  return out;
}

/** The events of `events` joined, through places, parties or incidents, to one whose id is in `changed`. */
export function reachedByChange(events: readonly RegionEvent[], changed: ReadonlySet<string>, chain: PlaceChain): readonly RegionEvent[] {
  const keys = new Joins(events.length);
  const seen = { specific: new Set<string>(), broadOnly: new Set<string>(), placelessParties: new Set<string>() };
  for (let i = 0; i < events.length; i++) joinOwnKeys(keys, i, events[i]!, chain, seen);
  for (const p of seen.specific) for (const a of chain(p)) if (a !== p && seen.specific.has(a)) keys.joinKeys(keys.specific, p, a);
  if (seen.broadOnly.size > 0 || seen.placelessParties.size > 0) joinBridges(keys, events, chain, seen);
  const roots = new Set<number>();
  for (let i = 0; i < events.length; i++) if (changed.has(events[i]!.id)) roots.add(keys.root(i));
  let out: RegionEvent[] | null = null;
  for (let i = 0; i < events.length; i++) {
    if (roots.has(keys.root(i))) out?.push(events[i]!);
    else out ??= events.slice(0, i);
  }
  return out ?? events;
}

interface Seen {
  /** Specific places named by events that name one. */
  specific: Set<string>;
  /** Places of events that name broad places only. */
  broadOnly: Set<string>;
  /** Parties of events that name no place. */
  placelessParties: Set<string>;
}

function joinOwnKeys(keys: Joins, i: number, e: RegionEvent, chain: PlaceChain, seen: Seen): void {
  if (e.was) keys.join(i, keys.incidents, e.was.incident);
  if (e.pin !== null) keys.join(i, keys.incidents, e.pin);
  if (e.placeIds.length === 0) {
    for (const x of e.parties) {
      keys.join(i, keys.parties, x);
      seen.placelessParties.add(x);
    }
    return;
  }
  const own = placeKeysOf(e.placeIds, chain);
  const joined = own.broadOnly ? keys.broadOnly : keys.specific;
  const named = own.broadOnly ? seen.broadOnly : seen.specific;
  for (const p of own.places) {
    keys.join(i, joined, p);
    named.add(p);
  }
}

/** An event's places as keys: its specific places, or all of them when it names broad places only. */
interface PlaceKeys {
  chain: PlaceChain;
  broadOnly: boolean;
  places: readonly string[];
}

/** Made once per place list (a member's list is the same array from relink to relink): the gazetteer asked once. */
function placeKeysOf(placeIds: readonly string[], chain: PlaceChain): PlaceKeys {
  const kept = placeKeys.get(placeIds);
  if (kept?.chain === chain) return kept;
  const isBroad = chain.isBroad;
  const specific = isBroad ? placeIds.filter((p) => !isBroad(p)) : placeIds;
  const own = specific.length > 0 ? { chain, broadOnly: false, places: specific } : { chain, broadOnly: true, places: placeIds };
  placeKeys.set(placeIds, own);
  return own;
}
const placeKeys = new WeakMap<readonly string[], PlaceKeys>();

/** Joins every event to the broad-only places its places equal, lie inside or contain, and to the placeless events' parties it names. */
function joinBridges(keys: Joins, events: readonly RegionEvent[], chain: PlaceChain, seen: Seen): void {
  // Each place above a broad-only place, with the broad-only places below it.
  const below = new Map<string, string[]>();
  for (const p of seen.broadOnly) {
    for (const a of chain(p)) {
      if (a === p) continue;
      const list = below.get(a);
      if (list) list.push(p);
      else below.set(a, [p]);
    }
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (seen.placelessParties.size > 0) for (const x of e.parties) if (seen.placelessParties.has(x)) keys.join(i, keys.parties, x);
    if (seen.broadOnly.size === 0) continue;
    for (const q of e.placeIds) {
      for (const a of chain(q)) if (seen.broadOnly.has(a)) keys.join(i, keys.broadOnly, a);
      for (const p of below.get(q) ?? []) keys.join(i, keys.broadOnly, p);
    }
  }
}

/** Union-find over the events (0..n-1) and keys, each key in its own map (an incident label, a place, a party). */
class Joins {
  private readonly parent: number[];
  readonly incidents = new Map<string, number>();
  readonly specific = new Map<string, number>();
  readonly broadOnly = new Map<string, number>();
  readonly parties = new Map<string, number>();

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  join(i: number, keys: Map<string, number>, key: string): void {
    this.union(i, this.node(keys, key));
  }

  joinKeys(keys: Map<string, number>, a: string, b: string): void {
    this.union(this.node(keys, a), this.node(keys, b));
  }

  root(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  private node(keys: Map<string, number>, key: string): number {
    // A region lists an incident's members one after another: the same label many times over.
    if (keys === this.lastKeys && key === this.lastKey) return this.lastNode;
    let n = keys.get(key);
    if (n === undefined) {
      n = this.parent.length;
      this.parent.push(n);
      keys.set(key, n);
    }
    this.lastKeys = keys;
    this.lastKey = key;
    this.lastNode = n;
    return n;
  }
  private lastKeys: Map<string, number> | null = null;
  private lastKey = '';
  private lastNode = -1;

  private union(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
