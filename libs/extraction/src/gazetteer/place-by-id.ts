import { getPlace as curatedPlace } from './catalogue.js';
import { countrysidePlaceById } from './qualified-places.js';
import type { Place } from './types.js';
import { unlistedPlaceById } from './unlisted-settlements.js';
import { worldPlaceById } from './world-places.js';

/**
 * A curated place by id, else a world place (`gn-<geonameId>`), else an unlisted village (`unlisted:<anchor>:<name>`),
 * else a town's countryside (`countryside:<town id>`); undefined for unknown ids.
 */
export function getPlace(id: string): Place | undefined {
  return curatedPlace(id) ?? worldPlaceById(id) ?? unlistedPlaceById(id, getPlace) ?? countrysidePlaceById(id, getPlace);
}
