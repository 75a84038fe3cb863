/**
 * The extractor's view of the gazetteer: place matches for a whole report,
 * turned into public locations. Kept apart so the rules never depend on the
 * gazetteer's internals.
 */
import type { ExtractedLocation } from '../../extraction-record.js';
import { findPlaces, type Place, type PlaceMatch } from '../../gazetteer/index.js';
import type { NormalizedText } from '../../text/normalize.js';

export type { Place, PlaceMatch };

export function placesOf(text: string, normalized?: NormalizedText): PlaceMatch[] {
  try {
    return findPlaces(text, normalized);
  } catch {
    return [];
  }
}

export function toLocation(p: Place): ExtractedLocation {
  return { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision };
}
