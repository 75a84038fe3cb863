/**
 * The curated places' Latin names as a source of Arabic spellings. A curated village lists the spellings seen
 * in the press («ماكاريفكا»); the next outlet writes another («ماكاروفكا», «تينزاواتن»). In a place slot the
 * curated trie left empty, the phrase is also matched by consonant skeleton (`world/`) against the English
 * names of the curated settlements and city districts, read in their country's romanisation — the same
 * matching, guards and context as the GeoNames table, over a table of a few hundred rows built on first use.
 */
import { PLACES } from './catalogue.js';
import type { Place } from './types.js';
import {
  createWorldGazetteer,
  GUARDS,
  tableFromRecords,
  type WorldCityRecord,
  type WorldGazetteer,
  type WorldLookupContext,
  type WorldPlace,
} from './world/index.js';

interface CuratedSkeletons {
  world: WorldGazetteer;
  /** Row id - 1 → the curated place. */
  places: Place[];
}

let built: CuratedSkeletons | null | undefined;

/** Every curated settlement and district is as well known as an administrative seat: the guards admit it like one. */
const SEAT = 'PPLA2';

/**
 * The world guards in the report's countries, with three consonants at least: two («يارين» rn) fit too many
 * village names (Yaroun), and the curated trie already holds the short names' spellings. Outside the report's
 * countries nothing answers: a curated place there is named by a spelling of its own.
 */
const CURATED_GUARDS = {
  cued: { inContext: { ...GUARDS.cued.inContext, minKeyLength: 3 }, elsewhere: { ...GUARDS.cued.elsewhere, minKeyLength: Infinity } },
  bare: { inContext: GUARDS.bare.inContext, elsewhere: { ...GUARDS.bare.elsewhere, minKeyLength: Infinity } },
};

function build(): CuratedSkeletons | null {
  const places = PLACES.filter((p) => p.country && (p.precision === 'settlement' || p.precision === 'district'));
  const records: WorldCityRecord[] = [];
  places.forEach((p, i) => {
    for (const name of p.english)
      records.push({ geonameId: i + 1, name, country: p.country!, featureCode: SEAT, population: 0, lat: p.lat, lon: p.lon });
  });
  try {
    return { world: createWorldGazetteer({ table: tableFromRecords(records), guards: CURATED_GUARDS }), places };
  } catch {
    return null;
  }
}

/** Candidates among the curated places for an Arabic phrase, best first, in the world lookup's shape. */
export function curatedCandidates(phrase: string, ctx: WorldLookupContext): WorldPlace[] {
  if (built === undefined) built = build();
  return built ? built.world.lookup(phrase, ctx) : [];
}

/** The curated place behind a candidate of `curatedCandidates`. */
export function curatedPlaceOf(candidate: WorldPlace): Place | undefined {
  return built?.places[candidate.geonameId - 1];
}
