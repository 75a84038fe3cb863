import type { Place, PlaceMatch } from '../stages/prepare/places.js';
import { getPlace } from '../gazetteer/index.js';
import { GROUP_CODES, ORG_CODES } from '../lexicon/actor-table.js';
import { CAUCASUS } from './caucasus.js';
import { LEVANT } from './levant.js';
import { SAHEL } from './sahel.js';
import type { DeFactoAuthority, Epithet, RegionPack } from './types.js';

export type { DeFactoAuthority, Epithet, RegionPack };

/** Every region the extractor has specific knowledge of. */
export const REGION_PACKS: readonly RegionPack[] = [CAUCASUS, LEVANT, SAHEL];

const AUTHORITIES: readonly DeFactoAuthority[] = REGION_PACKS.flatMap((r) => r.authorities);
const ISO_STATE = /^[A-Z]{2}$/;

/**
 * Can this party be one side of a report's dyad (an ISO state, a de facto authority or an armed group of the actor
 * table)? Not an organisation, though two of their codes have a state code's shape (`UN`, `EU`).
 */
export function isBelligerent(party: string): boolean {
  if (ORG_CODES.has(party)) return false;
  return ISO_STATE.test(party) || GROUP_CODES.has(party) || AUTHORITIES.some((a) => a.party === party);
}

/** The de facto authority whose territory a report names, if any: «الانفصاليون» then means that party. */
export function separatistPartyOf(places: readonly PlaceMatch[]): string | null {
  const named = AUTHORITIES.find((a) => places.some((p) => a.holds(p.place) || a.territoryIds.includes(p.place.id)));
  return named?.party ?? null;
}

/** «الانفصاليون» in a report about a country no authority's territory was named for. */
export function separatistsOfCountry(country: string | null): string | null {
  if (!country) return null;
  for (const pack of REGION_PACKS) {
    const found = pack.separatists?.find((s) => s.country === country);
    if (found) return found.party;
  }
  return null;
}

/** The authority holding a place (civilians hit there are counted as that party's). */
export function authorityHolding(place: Place): string | null {
  return AUTHORITIES.find((a) => a.holds(place))?.party ?? null;
}

/**
 * The opponent of a de facto authority in a dyad: the state it contests when that state is a side.
 * `undefined` when the party is no authority.
 */
export function authorityOpponent(party: string, dyad: readonly [string, string]): string | null | undefined {
  const a = AUTHORITIES.find((x) => x.party === party);
  if (!a) return undefined;
  return dyad.includes(a.contests) ? a.contests : null;
}

/** The border place between two parties, when the gazetteer has one. */
export function borderBetween(a: string, b: string): Place | undefined {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort();
  return getPlace(`xx-border-${x}-${y}`);
}

/** The party an epithet («الاحتلال») stands for, from the first pack that knows it. */
export function epithetParty(epithet: Epithet): string | null {
  for (const pack of REGION_PACKS) {
    const party = pack.epithets[epithet];
    if (party) return party;
  }
  return null;
}
