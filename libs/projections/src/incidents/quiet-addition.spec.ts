import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quietAdditionMoves } from './quiet-addition.js';
import { canonicalIncidents, canonicalOrder, type IdentifiedEvent } from './canonical-linking.js';
import { relinkEveryEvent, type RegionEvent, type RelinkRegion } from './canonical-relink.js';
import { dayNumber, MAX_INCIDENT_SPAN_DAYS } from './linking.rule.js';
import { linkingEventSets, testChain as chain, testDay as day } from '../testing/linking-fixtures.js';

const idFor = (id: string) => `inc-${id}`;

/**
 * The region the projection hands relinkRegion when `added` joins the canonical incidents of
 * `events`, stored under labels that are not their names (labels drift: each incident's label is
 * another's name, rotated by `drift`). `reach` null: every event of the kind; else the incidents
 * starting from two days before the added event to `reach` days after it, known up to there.
 */
function regionFor(events: readonly IdentifiedEvent[], added: IdentifiedEvent, drift: number, reach: number | null): RelinkRegion {
  const names = canonicalIncidents(events, chain, idFor);
  const sorted = [...new Set(names.values())].sort();
  const labelOf = new Map(sorted.map((n, k) => [n, `label-${sorted[(k + drift) % sorted.length]}`]));
  const from = dayNumber(added.span.from);
  const startOf = new Map<string, number>();
  for (const e of events) {
    const n = names.get(e.id)!;
    startOf.set(n, Math.min(startOf.get(n) ?? Infinity, dayNumber(e.span.from)));
  }
  const inReach = (n: string) =>
    reach === null || (startOf.get(n)! >= from - (MAX_INCIDENT_SPAN_DAYS - 1) && startOf.get(n)! <= from + reach);
  const region: RegionEvent[] = events
    .filter((e) => e.kind === added.kind && inReach(names.get(e.id)!))
    .map((e) => ({ ...e, was: { incident: labelOf.get(names.get(e.id)!)!, pinned: false }, stays: true, pin: null }));
  region.push({ ...added, was: null, stays: true, pin: null });
  return {
    from: added.span.from,
    until: added.span.from,
    events: region,
    knownUpTo: reach === null ? null : new Date((from + reach) * 86_400_000).toISOString().slice(0, 10),
  };
}

/** Events crowded into four days and three places of one chain, so that most added events join an incident that covers them. */
const crowdedSets = linkingEventSets(3, 40, {
  places: ['am-jermuk', 'am-vayots-dzor', 'am', 'am-goris'],
  parties: ['AM', 'AZ'],
  perEvent: 1,
  maxLength: 1,
  minEvents: 2,
});

describe('quietAdditionMoves', () => {
  const sets = [
    { name: 'crowded', events: crowdedSets, share: 0.15 },
    { name: 'spread', events: linkingEventSets(8, 40), share: 0 },
  ];
  for (const { name, events: eventSets, share } of sets) {
    for (const reach of [null, 3]) {
      it(`answers as relinking every event does whenever it answers (${name} events, region reach ${reach ?? 'all'})`, () => {
        let answered = 0;
        let runs = 0;
        fc.assert(
          fc.property(
            eventSets,
            fc.nat(),
            fc.nat(),
            fc.constantFrom('one of them', 'a twin after', 'a twin before'),
            (events, pick, drift, how) => {
              runs++;
              // The added event: one of the set, or another at the same dates and places as one of them.
              const picked = events[pick % events.length]!;
              const added = how === 'one of them' ? picked : { ...picked, id: how === 'a twin after' ? 'f' : 'd' };
              const rest = events.filter((e) => e !== added);
              if (rest.length === 0) return;
              const region = regionFor(rest, added, drift, reach);
              const quick = quietAdditionMoves(region, chain, idFor);
              if (quick === null) return;
              answered++;
              expect(quick).toEqual(relinkEveryEvent(region, chain, idFor));
            },
          ),
          { numRuns: 1500, seed: 17 },
        );
        // The shortcut is taken often enough for the comparison to mean something.
        expect(answered).toBeGreaterThan(Math.max(10, runs * share));
      });
    }
  }

  it('leaves to relinking an event that widens the incident it joins', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: ['AZ'] };
    const widening = [
      { ...a, id: 'b', span: { from: day(0), to: day(1) } },
      { ...a, id: 'b', placeIds: ['am-jermuk', 'am-vayots-dzor'] },
      { ...a, id: 'b', parties: ['AM'] },
    ];
    for (const b of widening) expect(quietAdditionMoves(regionFor([a], b, 0, null), chain, idFor)).toBeNull();
    expect(quietAdditionMoves(regionFor([a], { ...a, id: 'b' }, 0, null), chain, idFor)).toEqual(new Map([['b', 'label-inc-a']]));
  });

  it('leaves to relinking an event that comes first in the incident it would join (it names it)', () => {
    const b: IdentifiedEvent = { id: 'b', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    expect(quietAdditionMoves(regionFor([b], { ...b, id: 'a' }, 0, null), chain, idFor)).toBeNull();
  });

  it('labels an event that links to nothing, and that nothing after it could link to, with its name', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const goris: IdentifiedEvent = { ...a, id: 'b', placeIds: ['am-goris'] };
    const region = regionFor([a], goris, 0, 3);
    expect(quietAdditionMoves(region, chain, idFor)).toEqual(new Map([['b', 'inc-b']]));
    expect(quietAdditionMoves(region, chain, idFor)).toEqual(relinkEveryEvent(region, chain, idFor));
    // Its name labels an incident, in the region or outside it: relinking finds it another.
    expect(quietAdditionMoves({ ...region, heldElsewhere: (l) => l === 'inc-b' }, chain, idFor)).toBeNull();
    const named = regionFor([a], goris, 0, 3);
    const drifted = named.events.map((e) => (e.was ? { ...e, was: { ...e.was, incident: 'inc-b' } } : e));
    expect(quietAdditionMoves({ ...named, events: drifted }, chain, idFor)).toBeNull();
    // An event at Goris on that day and the next, after it in canonical order, would link to it: relinking decides.
    const later: IdentifiedEvent = { ...goris, id: 'c', span: { from: day(0), to: day(1) } };
    expect(quietAdditionMoves(regionFor([a, later], goris, 0, 3), chain, idFor)).toBeNull();
    // The region is not known far enough for that to be sure.
    expect(quietAdditionMoves(regionFor([a], goris, 0, 1), chain, idFor)).toBeNull();
  });

  it('leaves to relinking a region with a pinned event or more than one change', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const base = regionFor([a], { ...a, id: 'b' }, 0, null);
    expect(quietAdditionMoves(base, chain, idFor)).not.toBeNull();
    const pinned = base.events.map((e) => (e.was ? { ...e, was: { ...e.was, pinned: true }, pin: e.was.incident } : e));
    expect(quietAdditionMoves({ ...base, events: pinned }, chain, idFor)).toBeNull();
    const twoAdded = [...base.events, { ...a, id: 'c', was: null, stays: true, pin: null }];
    expect(quietAdditionMoves({ ...base, events: twoAdded }, chain, idFor)).toBeNull();
    const withdrawn = base.events.map((e) => (e.was ? { ...e, stays: false } : e));
    expect(quietAdditionMoves({ ...base, events: withdrawn }, chain, idFor)).toBeNull();
  });

  it('breaks a tie between two incidents that cover the event as linking does: the lower name', () => {
    // Two incidents at Jermuk a day apart; c, at Jermuk on the second day, fits both equally.
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(2) }, placeIds: ['am-jermuk'], parties: [] };
    const z: IdentifiedEvent = { ...a, id: 'z', span: { from: day(1), to: day(3) } };
    const events = [a, z].sort(canonicalOrder);
    expect(canonicalIncidents(events, chain, idFor)).toEqual(
      new Map([
        ['a', 'inc-a'],
        ['z', 'inc-z'],
      ]),
    );
    const c: IdentifiedEvent = { ...a, id: 'c', span: { from: day(2), to: day(2) } };
    const region = regionFor(events, c, 1, null);
    expect(quietAdditionMoves(region, chain, idFor)).toEqual(relinkEveryEvent(region, chain, idFor));
    expect(quietAdditionMoves(region, chain, idFor)).toEqual(new Map([['c', 'label-inc-z']]));
  });
});
