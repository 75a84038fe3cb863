import type { ExtractedLocation, LocationPrecision } from '@sitrep/extraction';
import type { PlaceDirectory } from '../locations/place-directory.js';
import type { ExportEvent } from './export-model.js';

const PRECISION_RANK: Record<LocationPrecision, number> = { settlement: 0, feature: 1, district: 2, border: 3, region: 4, country: 5 };

const rank = (l: ExtractedLocation) => PRECISION_RANK[l.precision] ?? 6;

/** The most precise of an event's places (the first one on a tie): where a one-point format puts the event. */
export function mostPreciseLocation(locations: readonly ExtractedLocation[]): ExtractedLocation | null {
  let best: ExtractedLocation | null = null;
  for (const l of locations) if (best === null || rank(l) < rank(best)) best = l;
  return best;
}

/** An incident's point: the most precise place any of its events names (the earliest event's on a tie). */
export function incidentLocation(events: readonly ExportEvent[]): ExtractedLocation | null {
  return mostPreciseLocation(events.flatMap((e) => e.data.locations ?? []));
}

/** ACLED `geo_precision`: 1 the town itself, 2 a part of a district or a feature near a town, 3 a region, border or country. */
export function acledGeoPrecision(precision: LocationPrecision): 1 | 2 | 3 {
  if (precision === 'settlement') return 1;
  if (precision === 'feature' || precision === 'district') return 2;
  return 3;
}

/**
 * UCDP GED `where_prec`: 1 exact place, 2 within about 25 km (a feature), 3 a
 * second-order division (district), 4 a first-order division (region), 5 a
 * linear feature (a border), 6 only the country (7, waters or airspace, is never given).
 */
export function gedWherePrecision(precision: LocationPrecision): 1 | 2 | 3 | 4 | 5 | 6 {
  return ({ settlement: 1, feature: 2, district: 3, region: 4, border: 5, country: 6 } as const)[precision] ?? 6;
}

export interface AdminNames {
  country: string | null;
  admin1: string | null;
  admin2: string | null;
}

/** The region (admin1), district (admin2) and country code above a place, from the gazetteer's parent chain. */
export function adminNamesOf(directory: PlaceDirectory, location: ExtractedLocation): AdminNames {
  const out: AdminNames = { country: location.country, admin1: null, admin2: null };
  const seen = new Set<string>();
  for (
    let place = directory.get(location.id);
    place && !seen.has(place.id);
    place = place.parent ? directory.get(place.parent) : undefined
  ) {
    seen.add(place.id);
    if (place.precision === 'region' && out.admin1 === null) out.admin1 = place.name;
    if (place.precision === 'district' && out.admin2 === null) out.admin2 = place.name;
    if (out.country === null && place.country) out.country = place.country;
  }
  return out;
}
