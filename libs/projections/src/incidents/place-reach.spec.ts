import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIncidents, type IdentifiedEvent } from './canonical-linking.js';
import { relinkEveryEvent, relinkRegion, type RegionEvent, type RelinkRegion } from './canonical-relink.js';
import { reachedByChange, relinkReached } from './place-reach.js';
import { linkingEventSets, testChain as chain, testDay as day } from '../testing/linking-fixtures.js';

const idFor = (id: string) => `inc-${id}`;

const event = (id: string, placeIds: string[], parties: string[] = [], from = 0): IdentifiedEvent => ({
  id,
  kind: 'violence',
  span: { from: day(from), to: day(from) },
  placeIds,
  parties,
});
const held = (e: IdentifiedEvent, incident = idFor(e.id)): RegionEvent => ({
  ...e,
  was: { incident, pinned: false },
  stays: true,
  pin: null,
});
const added = (e: IdentifiedEvent): RegionEvent => ({ ...e, was: null, stays: true, pin: null });
const regionOf = (events: RegionEvent[], from = day(0)): RelinkRegion => ({ from, until: from, events, knownUpTo: null });
const idsOf = (events: readonly RegionEvent[]) => events.map((e) => e.id).sort();

/** The ids the change `x` reaches, and relinkReached's answer, which must be relinkRegion's over the whole region. */
function reach(events: RegionEvent[], x: IdentifiedEvent) {
  const region = regionOf(events, x.span.from);
  const moves = relinkReached(region, new Set([x.id]), chain, idFor);
  expect(moves).toEqual(relinkRegion(region, chain, idFor));
  return { reached: idsOf(reachedByChange(events, new Set([x.id]), chain)), moves };
}

describe('reachedByChange', () => {
  it('leaves out events at unrelated places, and reaches along the chain both ways', () => {
    const jermuk = event('a', ['am-jermuk']);
    const goris = event('b', ['am-goris']);
    const fuzuli = event('c', ['az-fuzuli']);
    // A region-level event reaches the settlement inside it, and the settlement the region.
    const vayotsDzor = event('x', ['am-vayots-dzor']);
    const { reached, moves } = reach([held(jermuk), held(goris), held(fuzuli), added(vayotsDzor)], vayotsDzor);
    expect(reached).toEqual(['a', 'x']);
    expect(moves).toEqual(new Map([['x', 'inc-a']]));
  });

  it('joins two settlements through an event at the region that holds both, not through their shared country', () => {
    const jermuk = event('a', ['am-jermuk', 'am']);
    const goris = event('b', ['am-goris', 'am']);
    const syunik = event('s', ['am-syunik'], [], 1);
    const x = event('x', ['am-jermuk']);
    // Jermuk and Goris both name Armenia, which links neither (both name a specific place).
    expect(reach([held(jermuk), held(goris), held(syunik), added(x)], x).reached).toEqual(['a', 'x']);
    // An event naming Syunik's Goris and Vayots Dzor's Jermuk joins both chains.
    const both = event('y', ['am-goris', 'am-jermuk'], [], 1);
    expect(reach([held(jermuk), held(goris), held(syunik), held(both), added(x)], x).reached).toEqual(['a', 'b', 's', 'x', 'y']);
  });

  it('reaches everything inside a broad place named alone, and a border only where it is named', () => {
    const jermuk = event('a', ['am-jermuk']);
    const goris = event('b', ['am-goris', 'am']);
    const fuzuli = event('c', ['az-fuzuli']);
    const onBorder = event('d', ['am-az-border', 'az-fuzuli']);
    const armenia = event('x', ['am']);
    const { reached, moves } = reach([held(jermuk), held(goris), held(fuzuli), held(onBorder), added(armenia)], armenia);
    expect(reached).toEqual(['a', 'b', 'x']);
    // Armenia named alone links to an incident that names it (same place) before one inside it.
    expect(moves).toEqual(new Map([['x', 'inc-b']]));
    // The border named alone reaches the event that names it, and through its Fuzuli the event at Fuzuli; not Armenia's.
    const border = event('y', ['am-az-border']);
    expect(reach([held(jermuk), held(goris), held(fuzuli), held(onBorder), added(border)], border)).toEqual({
      reached: ['c', 'd', 'y'],
      moves: new Map([['y', 'inc-d']]),
    });
  });

  it('bridges places through an event that names none but shares a party, and only then', () => {
    const jermuk = event('a', ['am-jermuk'], ['AM']);
    const fuzuli = event('c', ['az-fuzuli'], ['AZ']);
    const goris = event('b', ['am-goris'], ['RU']);
    const x = event('x', [], ['AM', 'AZ']);
    const { reached, moves } = reach([held(jermuk), held(fuzuli), held(goris), added(x)], x);
    expect(reached).toEqual(['a', 'c', 'x']);
    expect(moves).toEqual(new Map([['x', 'inc-a']]));
    // An incident that already holds a placeless event reaches, through its party, the places of others.
    const quiet = event('q', [], ['RU']);
    const y = event('y', ['am-goris'], [], 1);
    expect(reach([held(jermuk), held(fuzuli), held(goris, 'inc-b'), held(quiet, 'inc-b'), added(y)], y).reached).toEqual(['b', 'q', 'y']);
    const z = event('z', ['az-fuzuli'], ['RU'], 1);
    expect(reach([held(jermuk), held(fuzuli), held(goris, 'inc-b'), held(quiet, 'inc-b'), added(z)], z).reached).toEqual([
      'b',
      'c',
      'q',
      'z',
    ]);
  });

  it('keeps an incident whole: events placed together by an analyst are reached together', () => {
    const jermuk = event('a', ['am-jermuk']);
    const fuzuli = event('c', ['az-fuzuli']);
    const pinned = (e: IdentifiedEvent): RegionEvent => ({ ...e, was: { incident: 'merged', pinned: true }, stays: true, pin: 'merged' });
    const x = event('x', ['am-jermuk'], [], 1);
    expect(reach([pinned(jermuk), pinned(fuzuli), added(x)], x).reached).toEqual(['a', 'c', 'x']);
  });

  it("relinks the whole region when the change's new incident is named after an unreached incident's label", () => {
    // y's incident was once named after x (a label that drifted). Relinking the whole region gives x
    // its name and moves y to its own; the region x reaches alone would have given x another label.
    const x = event('x', ['am-goris']);
    const y = event('y', ['az-fuzuli'], [], 1);
    const events = [held(y, 'inc-x'), added(x)];
    expect(reachedByChange(events, new Set(['x']), chain)).toHaveLength(1);
    expect(reach(events, x).moves).toEqual(
      new Map([
        ['x', 'inc-x'],
        ['y', 'inc-y'],
      ]),
    );
  });
});

describe('relinkReached', () => {
  it('asks whether the two sides agree on the days the whole region would', () => {
    // a is pinned to an incident of its own; b, which shares its party, follows it only if the
    // relinking runs to the end. An event elsewhere on the next day makes the whole region stop
    // there, where a's old incident is still joinable and keeps its label for b.
    const a = event('a', [], ['AZ']);
    const b = event('b', [], ['AZ']);
    const c = event('c', [], [], 1);
    const events: RegionEvent[] = [{ ...held(a), pin: 'split' }, held(b, 'inc-a'), held(c)];
    expect(reachedByChange(events, new Set(['a']), chain)).toHaveLength(2);
    expect(relinkReached(regionOf(events), new Set(['a']), chain, idFor)).toEqual(new Map());
  });

  it('answers as relinking the whole region does, pins, merges, withdrawals and drifted labels included', () => {
    let narrowed = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        linkingEventSets(8, 24),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 2 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.constantFrom('added', 'withdrawn', 'pinned', 'merged'),
        fc.option(fc.integer({ min: 0, max: 10 })),
        (events, pick, pins, drift, how, known) => {
          const changed = events[pick % events.length]!;
          const kind = events.filter((x) => x.kind === changed.kind);
          const names = canonicalIncidents(kind, chain, idFor);
          const pinOf = new Map(pins.map((k) => [kind[k % kind.length]!.id, names.get(kind[(k * 7) % kind.length]!.id)!]));
          const xs = how === 'added' ? kind.filter((x) => x !== changed) : kind;
          const placed = xs.length
            ? relinkEveryEvent(
                {
                  from: day(0),
                  until: day(8),
                  events: xs.map((x): RegionEvent => ({ ...x, was: null, stays: true, pin: pinOf.get(x.id) ?? null })),
                  knownUpTo: null,
                },
                chain,
                idFor,
                'whole days',
              )!
            : new Map<string, string>();
          // Labels drifted: an incident labelled after another event of the set (labels stay distinct).
          const labels = [...new Set(xs.map((x) => placed.get(x.id) ?? pinOf.get(x.id)!))];
          const relabel = new Map(labels.map((l) => [l, l]));
          for (const k of drift) {
            const to = idFor(kind[k % kind.length]!.id);
            const from = labels[k % Math.max(labels.length, 1)];
            if (from !== undefined && ![...relabel.values()].includes(to)) relabel.set(from, to);
          }
          const into = xs[(pick * 3) % xs.length];
          const target = into ? relabel.get(placed.get(into.id) ?? pinOf.get(into.id)!)! : null;
          const region: RegionEvent[] = xs.map((x) => {
            const incident = relabel.get(placed.get(x.id) ?? pinOf.get(x.id)!)!;
            const pin = pinOf.has(x.id) ? incident : null;
            const was = { incident, pinned: pin !== null };
            if (x !== changed) return { ...x, was, stays: true, pin };
            if (how === 'withdrawn') return { ...x, was, stays: false, pin: null };
            // Pinned to an incident of its own, or merged into another incident of the set.
            return { ...x, was, stays: true, pin: how === 'pinned' ? `${incident}-elsewhere` : target };
          });
          if (how === 'added') region.push({ ...changed, was: null, stays: true, pin: null });
          const given = {
            from: changed.span.from,
            until: changed.span.from,
            events: region,
            knownUpTo: known === null ? null : day(known),
          };
          runs++;
          if (reachedByChange(region, new Set([changed.id]), chain).length < region.length) narrowed++;
          expect(relinkReached(given, new Set([changed.id]), chain, idFor)).toEqual(relinkRegion(given, chain, idFor));
        },
      ),
      { numRuns: 1500, seed: 40 },
    );
    // Not vacuous: the change reaches only part of the region in many of the cases.
    expect(narrowed / runs).toBeGreaterThan(0.2);
  });
});
