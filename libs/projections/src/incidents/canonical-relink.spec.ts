import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIncidents, partitionOf, type IdentifiedEvent } from './canonical-linking.js';
import { relinkEveryEvent, relinkRegion, type RegionEvent } from './canonical-relink.js';
import { dayNumber } from './linking.rule.js';
import { linkingEventSets, testChain as chain, testDay as day } from '../testing/linking-fixtures.js';

const idFor = (id: string) => `inc-${id}`;

const eventSets = linkingEventSets(12, 30);

/**
 * An incremental holder of incidents as the projection keeps them: each change relinks
 * through `relinkRegion`, fed (when `reach` is set) only the events near the change and
 * extended when it asks for more.
 */
class Holder {
  readonly incidentOf = new Map<string, string>();
  private readonly events = new Map<string, IdentifiedEvent>();

  constructor(private readonly reach: number | null) {}

  add(e: IdentifiedEvent): void {
    this.change(e, true);
    this.events.set(e.id, e);
  }

  remove(e: IdentifiedEvent): void {
    this.change(e, false);
    this.events.delete(e.id);
    this.incidentOf.delete(e.id);
  }

  private change(changed: IdentifiedEvent, adding: boolean): void {
    const from = changed.span.from;
    for (let upTo = this.reach === null ? null : dayNumber(from) + this.reach; ; upTo = upTo! + 1) {
      const region: RegionEvent[] = [];
      for (const e of this.events.values()) {
        if (e.kind !== changed.kind) continue;
        const incident = this.incidentOf.get(e.id)!;
        if (upTo !== null && dayNumber(e.span.from) > upTo) {
          // Beyond the reach, only the events of incidents that start within it are known.
          const starts = [...this.events.values()].filter((x) => this.incidentOf.get(x.id) === incident).map((x) => dayNumber(x.span.from));
          if (Math.min(...starts) > upTo) continue;
        }
        region.push({ ...e, was: { incident, pinned: false }, stays: e.id !== changed.id || adding, pin: null });
      }
      if (adding) region.push({ ...changed, was: null, stays: true, pin: null });
      const knownUpTo = upTo === null || upTo >= dayNumber(day(14)) ? null : new Date(upTo * 86_400_000).toISOString().slice(0, 10);
      const moves = relinkRegion({ from, until: from, events: region, knownUpTo }, chain, idFor);
      if (moves === null) continue;
      for (const [e, inc] of moves) this.incidentOf.set(e, inc);
      return;
    }
  }
}

describe('relinkRegion', () => {
  for (const reach of [null, 0, 3]) {
    it(`keeps incrementally added and removed events in the canonical incidents (region reach ${reach ?? 'all'})`, () => {
      fc.assert(
        fc.property(
          eventSets.chain((events) =>
            fc.tuple(
              fc.constant(events),
              fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
              fc.subarray(events),
            ),
          ),
          ([events, order, leaving]) => {
            const holder = new Holder(reach);
            for (const e of order) holder.add(e);
            expect(partitionOf(holder.incidentOf)).toEqual(partitionOf(canonicalIncidents(events, chain, idFor)));
            for (const e of leaving) holder.remove(e);
            const left = events.filter((e) => !leaving.includes(e));
            expect(partitionOf(holder.incidentOf)).toEqual(partitionOf(canonicalIncidents(left, chain, idFor)));
          },
        ),
        { numRuns: 400, seed: 13 },
      );
    });
  }

  it('stops once the incidents agree again: events days after the change are not looked at', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const b: IdentifiedEvent = { ...a, id: 'b', placeIds: ['am-goris'] };
    const c: IdentifiedEvent = { ...a, id: 'c', span: { from: day(10), to: day(10) } };
    const region: RegionEvent[] = [
      { ...a, was: { incident: 'inc-a', pinned: false }, stays: true, pin: null },
      { ...b, was: null, stays: true, pin: null },
      // Not where linking would put it: had the work gone on to day 10, c would move.
      { ...c, was: { incident: 'elsewhere', pinned: false }, stays: true, pin: null },
    ];
    const moves = relinkRegion({ from: day(0), until: day(0), events: region, knownUpTo: null }, chain, idFor);
    expect(moves).toEqual(new Map([['b', 'inc-b']]));
  });

  it('links again an event whose incident loses the member that brought it in', () => {
    // b names Jermuk and Goris, so e at Goris joins the incident a at Jermuk started; without b it cannot.
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(1) }, placeIds: ['am-jermuk'], parties: [] };
    const b: IdentifiedEvent = { ...a, id: 'b', placeIds: ['am-goris', 'am-jermuk'] };
    const e: IdentifiedEvent = { ...a, id: 'e', span: { from: day(1), to: day(1) }, placeIds: ['am-goris'] };
    const holder = new Holder(3);
    for (const x of [a, b, e]) holder.add(x);
    expect(partitionOf(holder.incidentOf)).toEqual([['a', 'b', 'e']]);
    holder.remove(b);
    expect(partitionOf(holder.incidentOf)).toEqual([['a'], ['e']]);
  });

  it('answers as relinking whole days does, with events pinned and pins changed', () => {
    // A state the relinking made (some events pinned to an incident), then one change: an event
    // added, withdrawn, or pinned elsewhere. The events before the first change are kept, and the
    // events no change can reach are not asked again, only when nothing was or is to be pinned.
    fc.assert(
      fc.property(
        eventSets,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.constantFrom('added', 'withdrawn', 'pinned'),
        (events, pick, pins, how) => {
          const changed = events[pick % events.length]!;
          const kind = events.filter((x) => x.kind === changed.kind);
          const names = canonicalIncidents(kind, chain, idFor);
          const pinOf = new Map(pins.map((k) => [kind[k % kind.length]!.id, names.get(kind[(k * 7) % kind.length]!.id)!]));
          const state = (xs: readonly IdentifiedEvent[]) => {
            if (xs.length === 0) return new Map<string, string>();
            const region = xs.map((x): RegionEvent => ({ ...x, was: null, stays: true, pin: pinOf.get(x.id) ?? null }));
            const days = xs.map((x) => x.span.from).sort();
            const placed = relinkEveryEvent(
              { from: days[0]!, until: days.at(-1)!, events: region, knownUpTo: null },
              chain,
              idFor,
              'whole days',
            )!;
            return new Map(xs.map((x) => [x.id, placed.get(x.id) ?? pinOf.get(x.id)!]));
          };
          const before = state(how === 'added' ? kind.filter((x) => x !== changed) : kind);
          const region: RegionEvent[] = [...before].map(([id, incident]) => {
            const x = kind.find((k) => k.id === id)!;
            const pin = pinOf.get(id) ?? null;
            const was = { incident, pinned: pin !== null };
            if (x !== changed) return { ...x, was, stays: true, pin };
            return how === 'withdrawn' ? { ...x, was, stays: false, pin: null } : { ...x, was, stays: true, pin: `${incident}-elsewhere` };
          });
          if (how === 'added') region.push({ ...changed, was: null, stays: true, pin: pinOf.get(changed.id) ?? null });
          const given = { from: changed.span.from, until: changed.span.from, events: region, knownUpTo: null };
          expect(relinkEveryEvent(given, chain, idFor)).toEqual(relinkEveryEvent(given, chain, idFor, 'whole days'));
        },
      ),
      { numRuns: 600, seed: 29 },
    );
  });

  it('answers the same whatever order the region lists its events in, also when a merge joined kinds (property)', () => {
    // A batch lists a region's events in the order it read their incidents (held in memory or
    // from the table); an analyst's merge pins events of several kinds into one incident.
    fc.assert(
      fc.property(
        eventSets,
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }),
        (events, pick, pins, keys) => {
          const added = events[pick % events.length]!;
          const rest = events.filter((x) => x !== added);
          const names = canonicalIncidents(rest, chain, idFor);
          const pinOf = new Map(pins.map(([a, b]) => [rest[a % rest.length]?.id, names.get(rest[b % rest.length]?.id ?? '')]));
          const region: RegionEvent[] = rest.map((x) => {
            const pin = pinOf.get(x.id) ?? null;
            return { ...x, was: { incident: pin ?? names.get(x.id)!, pinned: pin !== null }, stays: true, pin };
          });
          region.push({ ...added, was: null, stays: true, pin: null });
          const listed = region.map((e, k) => ({ e, key: keys[k % keys.length]! + k / 1000 }));
          const shuffled = listed.sort((a, b) => a.key - b.key).map((x) => x.e);
          const given = (evs: RegionEvent[]) => ({ from: added.span.from, until: added.span.from, events: evs, knownUpTo: null });
          expect(relinkRegion(given(shuffled), chain, idFor)).toEqual(relinkRegion(given(region), chain, idFor));
        },
      ),
      { numRuns: 600, seed: 31 },
    );
  });

  it("keeps an incident's label when an event before its first one joins it", () => {
    const b: IdentifiedEvent = { id: 'b', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const a: IdentifiedEvent = { ...b, id: 'a' };
    const holder = new Holder(0);
    holder.add(b);
    holder.add(a);
    expect(holder.incidentOf).toEqual(
      new Map([
        ['b', 'inc-b'],
        ['a', 'inc-b'],
      ]),
    );
  });

  it('keeps pinned events where an analyst put them, and links the others around them', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const b: IdentifiedEvent = { ...a, id: 'b' };
    const c: IdentifiedEvent = { ...a, id: 'c' };
    const region: RegionEvent[] = [
      { ...a, was: { incident: 'inc-a', pinned: true }, stays: true, pin: 'inc-a' },
      { ...b, was: { incident: 'split-1', pinned: true }, stays: true, pin: 'split-1' },
      { ...c, was: null, stays: true, pin: null },
    ];
    const moves = relinkRegion({ from: day(0), until: day(0), events: region, knownUpTo: null }, chain, idFor)!;
    expect(moves.has('a') || moves.has('b')).toBe(false);
    // c ties between inc-a and split-1 (same place): the lower id wins.
    expect(moves.get('c')).toBe('inc-a');
  });

  it('gives a new incident a label of its own when its name labels a live incident outside the region', () => {
    const a: IdentifiedEvent = { id: 'a', kind: 'violence', span: { from: day(0), to: day(0) }, placeIds: ['am-jermuk'], parties: [] };
    const region = (heldElsewhere?: (label: string) => boolean) => ({
      from: day(0),
      until: day(0),
      events: [{ ...a, was: null, stays: true, pin: null }],
      knownUpTo: null,
      heldElsewhere,
    });
    expect(relinkRegion(region(), chain, idFor)).toEqual(new Map([['a', 'inc-a']]));
    // Its name and the first label derived from it are held: the next one.
    const held = new Set(['inc-a', 'inc-inc-a:1']);
    expect(
      relinkRegion(
        region((l) => held.has(l)),
        chain,
        idFor,
      ),
    ).toEqual(new Map([['a', 'inc-inc-a:2']]));
  });
});
