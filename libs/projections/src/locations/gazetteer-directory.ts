import { getPlace, searchPlaces, type Place } from '@sitrep/extraction';
import type { PlaceDirectory, PlaceInfo } from './place-directory.js';

const toInfo = (p: Place): PlaceInfo => ({
  id: p.id,
  name: p.name,
  nameAr: p.arabic.find((a) => !a.startsWith('?')) ?? null,
  country: p.country,
  lat: p.lat,
  lon: p.lon,
  precision: p.precision,
  parent: p.parent,
});

/** The read side's view of the gazetteer (libs/extraction). */
export const gazetteerDirectory: PlaceDirectory = {
  get: (id) => {
    const p = getPlace(id);
    return p ? toInfo(p) : undefined;
  },
  search: (query) => searchPlaces(query, { partial: false }).map(toInfo),
};
