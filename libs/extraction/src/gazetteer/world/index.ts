/**
 * The worldwide gazetteer behind the curated one (see README.md):
 *
 * ```ts
 * import { createWorldGazetteer } from './gazetteer/world/index.js';
 * const world = createWorldGazetteer();
 * const ctx = world.contextOf(text, curatedCountries);
 * world.lookup('كفرنبل', { ...ctx, cued: true })[0]; // { name: 'Kafranbel', country: 'SY', … }
 * ```
 */
export {
  createWorldGazetteer,
  type WorldGazetteer,
  type WorldGazetteerOptions,
  type WorldLookupContext,
  type WorldPlace,
} from './world-gazetteer.js';
export { GUARDS, type Evidence, type Guard, type Whereabouts } from './guards.js';
export { loadWorldCities, tableFromRecords, type WorldCityRecord, type WorldCityTable } from './world-cities.loader.js';
