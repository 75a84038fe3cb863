/** The curated places by id, their countries and their ancestor chains, built once at module load. */
import { ALL_PLACES } from './places.all.js';
import type { Place } from './types.js';

export const PLACES: readonly Place[] = Object.freeze(ALL_PLACES.slice());

const byId = new Map<string, Place>();
for (const p of PLACES) byId.set(p.id, p);

const countryPlaces = new Map<string, Place>();
for (const p of PLACES) if (p.precision === 'country' && p.country) countryPlaces.set(p.country, p);

const ancestorsOf = new Map<string, string[]>();
for (const p of PLACES) {
  const chain: string[] = [];
  let cur = p.parent ? byId.get(p.parent) : undefined;
  while (cur && chain.length < 10) {
    chain.push(cur.id);
    cur = cur.parent ? byId.get(cur.parent) : undefined;
  }
  ancestorsOf.set(p.id, chain);
}

export function getPlace(id: string): Place | undefined {
  return byId.get(id);
}

/** The country-level place for an ISO 3166-1 alpha-2 code (case-insensitive). */
export function placeByCountry(code: string): Place | undefined {
  return countryPlaces.get(code.toUpperCase());
}

/** Ancestor ids of a place, nearest first (district, region, country). */
export function ancestorIds(id: string): readonly string[] {
  return ancestorsOf.get(id) ?? [];
}
