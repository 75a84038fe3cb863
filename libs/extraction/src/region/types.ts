import type { Place } from '../stages/prepare/places.js';

/**
 * What the stages know about one conflict region, as data: its de facto
 * authorities (parties that are not ISO states but are sides of a dyad) and
 * how to recognise their territory. The pipeline never names a region; it asks
 * the packs in `REGION_PACKS`.
 */
export interface DeFactoAuthority {
  /** The party code used in records («NKR»). */
  party: string;
  /** The state whose territory it holds: its opponent in a dyad that contains that state. */
  contests: string;
  /** Is a gazetteer place inside the territory it holds? */
  holds: (place: Place) => boolean;
  /** Gazetteer ids that name the territory as a whole (a mention makes «separatists» this party). */
  territoryIds: readonly string[];
}

/** Epithets a report uses for a side without naming it («قوات الاحتلال»). */
export type Epithet = 'occupation';

export interface RegionPack {
  id: string;
  authorities: readonly DeFactoAuthority[];
  /** «الانفصاليون» in a report about `country` (when no authority's territory is named): `party`. */
  separatists?: ReadonlyArray<{ country: string; party: string }>;
  /** The party each epithet stands for in this region's reports. */
  epithets: Partial<Record<Epithet, string>>;
}
