import fc from 'fast-check';
import type { IdentifiedEvent } from '../incidents/canonical-linking.js';
import type { PlaceChain } from '../incidents/linking.rule.js';

// settlement → region → country; a border and the countries are broad places
const PARENT: Record<string, string | undefined> = {
  'am-jermuk': 'am-vayots-dzor',
  'am-vayots-dzor': 'am',
  'am-goris': 'am-syunik',
  'am-syunik': 'am',
  'az-fuzuli': 'az-fuzuli-district',
  'az-fuzuli-district': 'az',
};
const BROAD = new Set(['am', 'az', 'am-az-border']);

/** A small place hierarchy for the linking specs: each place with its ancestors, broad ones flagged. */
export const testChain: PlaceChain = Object.assign(
  (id: string) => {
    const out = [id];
    for (let p = PARENT[id]; p; p = PARENT[p]) out.push(p);
    return out;
  },
  { isBroad: (id: string) => BROAD.has(id) },
);

export const TEST_PLACES = [...Object.keys(PARENT), ...BROAD];

/** The n-th day from 10 September 2022, as a calendar date. */
export const testDay = (n: number) => `2022-09-${String(10 + n).padStart(2, '0')}`;

/** What a set's events are drawn from (defaults: every test place, three parties, up to 2 of each, 3-day spans, sets of 1+). */
export interface LinkingSetShape {
  places?: readonly string[];
  parties?: readonly string[];
  /** Places and parties per event, at most. */
  perEvent?: number;
  /** Days an event lasts beyond its first, at most. */
  maxLength?: number;
  minEvents?: number;
}

/**
 * Sets of events with distinct ids, crowded into `days` days and a few places so that
 * linking has choices to make.
 */
export function linkingEventSets(days: number, maxEvents: number, shape: LinkingSetShape = {}): fc.Arbitrary<IdentifiedEvent[]> {
  const { places = TEST_PLACES, parties = ['AM', 'AZ', 'RU'], perEvent = 2, maxLength = 2, minEvents = 1 } = shape;
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom('violence' as const, 'ceasefire' as const),
        start: fc.integer({ min: 0, max: days }),
        length: fc.integer({ min: 0, max: maxLength }),
        placeIds: fc.uniqueArray(fc.constantFrom(...places), { maxLength: perEvent }),
        parties: fc.uniqueArray(fc.constantFrom(...parties), { maxLength: perEvent }),
      }),
      { minLength: minEvents, maxLength: maxEvents },
    )
    .map((xs) =>
      xs.map((x, i): IdentifiedEvent => ({
        id: `e${String(i).padStart(2, '0')}`,
        kind: x.kind,
        span: { from: testDay(x.start), to: testDay(x.start + x.length) },
        placeIds: x.placeIds,
        parties: x.parties,
      })),
    );
}
