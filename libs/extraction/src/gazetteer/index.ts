/**
 * Gazetteer: place data and a fast, clitic-aware lookup over Arabic (and
 * English) text.
 *
 * The index is a character trie over the NORMALISED spellings (same
 * normaliser as the extractor: `normalizeArabic`), built once at module load
 * (`trie.ts`). `findPlaces` visits each word start of the text once, tries the
 * handful of Arabic proclitic splits (و ف ب ك ل and their combinations, «لل»
 * for ل+ال) and walks the trie from there (`scan.ts`); the cost is linear in
 * the text length and independent of the number of places. Longest match
 * wins, matches never overlap, and both ends must sit on word boundaries.
 *
 * Behind it, the world gazetteer (`world/`, GeoNames) answers for the place
 * slots the curated places leave empty (`world-slots.ts`), with ids
 * `gn-<geonameId>` that `getPlace` also resolves.
 */
export type { Place, PlacePrecision } from './types.js';
export { COUNTRY_ADJECTIVES, countryOfAdjective } from './adjectives.js';
export { PLACES, ancestorIds, placeByCountry } from './catalogue.js';
export { getPlace } from './place-by-id.js';
export { findWorldPlaces } from './world-slots.js';
export { UNLISTED_ID_PREFIX, findUnlistedSettlements } from './unlisted-settlements.js';
export { findUnlistedQuarters } from './unlisted-quarters.js';
export { COUNTRYSIDE_ID_PREFIX, qualifyPlaces } from './qualified-places.js';
export { isAdjectiveAfterNoun, isNounSense, isWaterBodyName } from './common-words.js';
export { preloadWorldPlaces, WORLD_ID_PREFIX, worldGazetteer } from './world-places.js';
export { CONTEXT_CUES } from './cues.js';
export { placeKey } from './letters.js';
export { findPlaces, type FindPlacesOptions, type PlaceMatch } from './find-places.js';
export { withoutCutNames } from './cut-names.js';
export { findAreaParts } from './area-anaphora.js';
export { withOneSidedBorders } from './one-sided-borders.js';
export { searchPlaces } from './search.js';
