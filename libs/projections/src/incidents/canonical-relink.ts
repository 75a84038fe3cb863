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
 *
 * Linking sees an incident by its name, `idFor` of its first event in canonical order (ties go
 * to the lowest name), so the partition is the set's. The id an incident is stored under, its
 * label, is kept where it can be, so that an event arriving before the others does not rename
 * an incident: a relinked incident keeps the label it has on the side that did not change, or
 * else the first label free among its events' previous ones (in canonical order), or else is
 * labelled with its name. A label kept from the history may have drifted away from the event it is
 * named after, so a name can be the label of a live incident outside the region (`heldElsewhere`):
 * the new incident then takes the first of its name's derived labels that no incident holds.
 */
import { quietAdditionMoves } from './quiet-addition.js';
import type { RegionEvent, RelinkRegion, RelinkResult } from './relink-region.js';
import { canonicalOrder, withAll, type IdentifiedEvent } from './canonical-linking.js';
import {
  chooseIncident,
  dayNumber,
  linkScore,
  MAX_INCIDENT_SPAN_DAYS,
  unionSpan,
  type LinkCandidate,
  type PlaceChain,
} from './linking.rule.js';

export type { Placement, RegionEvent, RelinkRegion, RelinkResult } from './relink-region.js';

interface Incident extends LinkCandidate {
  /** The id it is stored under; null for an incident this relinking made. */
  label: string | null;
  members: IdentifiedEvent[];
  /**
   * Its first member in canonical order, whose kind is the incident's: members come in the order
   * the region lists them, which depends on where the batch read them (held state or table), and an
   * analyst's merge can join events of several kinds.
   */
  head: IdentifiedEvent | null;
}

export function relinkRegion(region: RelinkRegion, chain: PlaceChain, idFor: (eventId: string) => string): RelinkResult {
  return quietAdditionMoves(region, chain, idFor) ?? relinkEveryEvent(region, chain, idFor);
}

/**
 * relinkRegion the long way: every event from the first change on, until the two sides agree.
 * `keep` 'whole days' relinks every event from the first day of the change on and asks each every
 * incident it might join, as before bench/optimisations.md item 38 (for the specs, which compare the two).
 */
export function relinkEveryEvent(
  region: RelinkRegion,
  chain: PlaceChain,
  idFor: (eventId: string) => string,
  keep: 'whole days' | 'up to the first change' = 'up to the first change',
): RelinkResult {
  const start = dayNumber(region.from);
  const until = dayNumber(region.until);
  /** The old side, by label. */
  const before = new Map<string, Incident>();
  const prefix = new Map<string, IdentifiedEvent[]>();
  const oldSeq: RegionEvent[] = [];
  const newSeq: RegionEvent[] = [];
  const firstChange = keep === 'whole days' ? null : firstChangeOf(region.events);
  for (const e of region.events) {
    const early =
      dayNumber(e.span.from) < start || (firstChange !== null && e.was !== null && e.stays && canonicalOrder(e, firstChange) < 0);
    if (e.was) {
      if (e.was.pinned || early) add(before, e.was.incident, e);
      else oldSeq.push(e);
    }
    if (!e.stays) continue;
    const kept = e.pin ?? (early && e.was ? e.was.incident : null);
    if (kept === null) newSeq.push(e);
    else {
      const members = prefix.get(kept);
      if (members) members.push(e);
      else prefix.set(kept, [e]);
    }
  }
  for (const inc of before.values()) inc.id = idFor(inc.members.reduce(first).id);
  /** The new side, by name. */
  const after = new Map<string, Incident>();
  for (const [label, members] of prefix) {
    const inc = incidentOf(idFor(members.reduce(first).id), label, members);
    after.set(inc.id, inc);
  }
  oldSeq.sort(canonicalOrder);
  newSeq.sort(canonicalOrder);

  const known = region.knownUpTo === null ? Infinity : dayNumber(region.knownUpTo);
  const naming: Naming = { idFor, heldElsewhere: region.heldElsewhere ?? (() => false) };
  /** Names of the incidents whose members may differ between the two sides so far (none tracked with a pin: null). */
  const differing = firstChange === null ? null : new Set<string>();
  let i = 0;
  let j = 0;
  while (j < newSeq.length || i < oldSeq.length) {
    const day = Math.min(dayOf(newSeq[j]), dayOf(oldSeq[i]));
    if (day > until && sameLive(before, after, day)) return labelled(before, after, newSeq.slice(0, j), oldSeq.slice(i), day, naming);
    if (day > known) return null;
    for (; i < oldSeq.length && dayOf(oldSeq[i]) === day; i++) {
      const e = oldSeq[i]!;
      if (!before.has(e.was!.incident)) before.set(e.was!.incident, incidentOf(idFor(e.id), e.was!.incident, []));
      add(before, e.was!.incident, e);
      if (!e.stays) differing?.add(before.get(e.was!.incident)!.id);
    }
    // The incidents an event of this day may join: those live at its start, and those the day's
    // events make (an event joining one moves its start to no later than this day). Listed only
    // when an event needs them.
    let live: Incident[] | null = null;
    for (; j < newSeq.length && dayOf(newSeq[j]) === day; j++) {
      const e = newSeq[j]!;
      const was = e.was ? before.get(e.was.incident)!.id : null;
      let name = differing && was !== null ? unaffected(e, was, differing, after, chain, idFor) : null;
      if (name === null) {
        live ??= [...after.values()].filter((x) => isLive(x, day));
        name = chooseIncident(e, live, chain) ?? idFor(e.id);
        if (name !== was) {
          differing?.add(name);
          if (was !== null) differing?.add(was);
        }
      }
      const joined = after.get(name);
      if (joined) grow(joined, e);
      else {
        const made = incidentOf(name, null, [e]);
        after.set(name, made);
        live?.push(made);
      }
    }
  }
  // Past the events known, unknown ones may follow: they link as before only if the two sides agree.
  if (known === Infinity) return labelled(before, after, newSeq, [], Infinity, naming);
  if (known + 1 > until && sameLive(before, after, known + 1)) return labelled(before, after, newSeq, [], known + 1, naming);
  return null;
}

/**
 * The incident `e` links to, its incident before the change (named `was`), when that is sure without
 * asking every incident it might join; else null (bench/optimisations.md item 38). While an incident has the same members on
 * both sides, it looks the same to every event; `e` chose `was` over every incident on the old side,
 * so when `was` is such an incident, and no incident whose members differ (`differing`) would take
 * `e`, the incidents it may join on the new side are the old side's, and it chooses `was` again. Most
 * events after a change are so: a change moves few events, and only near its own places.
 */
function unaffected(
  e: IdentifiedEvent,
  was: string,
  differing: ReadonlySet<string>,
  after: ReadonlyMap<string, Incident>,
  chain: PlaceChain,
  idFor: (eventId: string) => string,
): string | null {
  if (differing.has(was)) return null;
  // Not made yet on the new side: `e` must be the first of it, as on the old side.
  if (!after.has(was) && was !== idFor(e.id)) return null;
  for (const name of differing) {
    const x = after.get(name);
    if (x && linkScore(e, x, chain) > 0) return null;
  }
  return was;
}

/**
 * The first changed event in canonical order (added or withdrawn), when no event of the region is
 * or was pinned; else null. Greedy linking never looks ahead, so the events before it keep their
 * incidents, as the events of earlier days do: relinking them again (half a day's events of the
 * kind on average, every one asking every incident it might join) changed nothing (bench/optimisations.md item 38). A pin
 * counts for its incident from the start, so with one in the region only whole days are kept.
 */
function firstChangeOf(events: readonly RegionEvent[]): RegionEvent | null {
  let out: RegionEvent | null = null;
  for (const e of events) {
    if (e.pin !== null || e.was?.pinned) return null;
    if ((e.was === null || !e.stays) && (out === null || canonicalOrder(e, out) < 0)) out = e;
  }
  return out;
}

/**
 * Labels the new side's incidents and answers the events whose label changes. Incidents still
 * joinable on `day` take the label of their twin on the old side (events after `day` keep
 * theirs); incidents with kept events keep their label; the others take the first label of
 * their events' previous ones that no incident holds, else their name.
 */
function labelled(
  before: ReadonlyMap<string, Incident>,
  after: ReadonlyMap<string, Incident>,
  relinked: readonly RegionEvent[],
  untouched: readonly RegionEvent[],
  day: number,
  { idFor, heldElsewhere }: Naming,
): Map<string, string> {
  const taken = new Set<string>(untouched.map((e) => e.was!.incident));
  const labelOf = new Map<string, string>();
  const twins = new Map<string, string>();
  for (const [label, x] of before) if (isLive(x, day)) twins.set(x.id, label);
  for (const inc of after.values()) {
    const label = (isLive(inc, day) ? twins.get(inc.id) : undefined) ?? inc.label;
    if (label === undefined || label === null) continue;
    labelOf.set(inc.id, label);
    taken.add(label);
  }
  const unlabelled = [...after.values()].filter((inc) => !labelOf.has(inc.id)).sort((a, b) => canonicalOrder(a.head!, b.head!));
  const wasOf = new Map(relinked.map((e) => [e.id, e.was?.incident ?? null]));
  for (const inc of unlabelled) {
    const previous = [...inc.members].sort(canonicalOrder).map((m) => wasOf.get(m.id) ?? null);
    let label = previous.find((l): l is string => l !== null && !taken.has(l)) ?? inc.id;
    // Its name may label an incident its first event left (events of it stayed behind, here or
    // outside the region): one of its own then.
    for (let k = 1; taken.has(label) || heldElsewhere(label); k++) label = idFor(`${inc.id}:${k}`);
    labelOf.set(inc.id, label);
    taken.add(label);
  }
  const moves = new Map<string, string>();
  for (const inc of after.values()) {
    const label = labelOf.get(inc.id)!;
    for (const m of inc.members) if (wasOf.has(m.id) && wasOf.get(m.id) !== label) moves.set(m.id, label);
  }
  return moves;
}

interface Naming {
  idFor: (eventId: string) => string;
  heldElsewhere: (label: string) => boolean;
}

const isLive = (x: Incident, day: number) => dayNumber(x.span.from) >= day - (MAX_INCIDENT_SPAN_DAYS - 1);

const dayOf = (e: RegionEvent | undefined): number => (e ? dayNumber(e.span.from) : Infinity);

const first = (a: IdentifiedEvent, b: IdentifiedEvent) => (canonicalOrder(a, b) <= 0 ? a : b);

function incidentOf(name: string, label: string | null, members: IdentifiedEvent[]): Incident {
  const inc: Incident = {
    id: name,
    label,
    kind: members[0]?.kind ?? 'violence',
    span: members[0]?.span ?? { from: '9999-12-31', to: '0000-01-01' },
    placeIds: [],
    parties: [],
    firstPosition: 0,
    members: [],
    head: null,
  };
  for (const m of members) grow(inc, m);
  return inc;
}

function add(incidents: Map<string, Incident>, key: string, e: IdentifiedEvent): void {
  let inc = incidents.get(key);
  if (!inc) incidents.set(key, (inc = incidentOf(key, key, [])));
  grow(inc, e);
}

/** Adds an event to an incident: its span, places and parties made anew only when the event widens them. */
function grow(inc: Incident, e: IdentifiedEvent): void {
  inc.members.push(e);
  if (inc.head === null || canonicalOrder(e, inc.head) < 0) {
    inc.head = e;
    inc.kind = e.kind;
  }
  if (inc.members.length === 1) inc.span = e.span;
  else if (e.span.from < inc.span.from || e.span.to > inc.span.to) inc.span = unionSpan(inc.span, e.span);
  inc.placeIds = withAll(inc.placeIds, e.placeIds);
  inc.parties = withAll(inc.parties, e.parties);
}

/** The incidents an event starting on `day` or later may join are the same on both sides (matched by name). */
function sameLive(before: ReadonlyMap<string, Incident>, after: ReadonlyMap<string, Incident>, day: number): boolean {
  let count = 0;
  for (const x of before.values()) {
    if (!isLive(x, day)) continue;
    count++;
    const y = after.get(x.id);
    if (!y || !isLive(y, day) || !sameIncident(x, y)) return false;
  }
  for (const y of after.values()) if (isLive(y, day)) count--;
  return count === 0;
}

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, k) => v === y[k]);

const sameIncident = (x: Incident, y: Incident) =>
  x.span.from === y.span.from && x.span.to === y.span.to && sameList(x.placeIds, y.placeIds) && sameList(x.parties, y.parties);
