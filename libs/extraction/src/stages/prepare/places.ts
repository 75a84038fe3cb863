/**
 * The extractor's view of the gazetteer: place matches for a whole report,
 * turned into public locations. Kept apart so the rules never depend on the
 * gazetteer's internals. The curated places come first; the world gazetteer
 * fills the place slots they leave empty. A place spelling that is an
 * ordinary word where it stands («بالطرق السلمية», «حماة الديار») is dropped. Last, a village
 * neither knows but the text locates against a known place («بلدة X غربي درعا»),
 * and a city quarter, placed in its city («حي الصاخور في مدينة حلب»), and a part of an area named before («وسط
 * القطاع», «جنوب الولاية»: `area-anaphora.ts`). Then the qualifiers, and a border named by one side («الحدود مع
 * لبنان»: `one-sided-borders.ts`). The qualifiers: «ريف X», «X الجنوبية»,
 * «إقليم X السفلى» (`qualified-places.ts`).
 */
import type { ExtractedLocation } from '../../extraction-record.js';
import {
  findAreaParts,
  findPlaces,
  findUnlistedQuarters,
  findUnlistedSettlements,
  findWorldPlaces,
  isAdjectiveAfterNoun,
  isNounSense,
  isWaterBodyName,
  qualifyPlaces,
  type Place,
  type PlaceMatch,
  withOneSidedBorders,
  withoutCutNames,
} from '../../gazetteer/index.js';
import { normalizeArabic, type NormalizedText } from '../../text/normalize.js';

export type { Place, PlaceMatch };

export function placesOf(text: string, normalized?: NormalizedText): PlaceMatch[] {
  let curated: PlaceMatch[];
  let cut: PlaceMatch[];
  try {
    const found = findPlaces(text, normalized);
    ({ kept: curated, cut } = withoutCutNames(
      text,
      found.filter((m) => !isAdjectiveAfterNoun(text, m, found) && !isNounSense(text, m) && !isWaterBodyName(text, m)),
    ));
  } catch {
    return [];
  }
  try {
    const world = findWorldPlaces(text, normalized ?? normalizeArabic(text), curated, cut);
    const known = world.length ? [...curated, ...world].sort((a, b) => a.start - b.start) : curated;
    const unlisted = [...findUnlistedSettlements(text, known), ...findUnlistedQuarters(text, known)];
    const withUnlisted = unlisted.length ? [...known, ...unlisted].sort((a, b) => a.start - b.start) : known;
    const parts = findAreaParts(text, withUnlisted);
    const qualified = qualifyPlaces(text, parts.length ? [...withUnlisted, ...parts].sort((a, b) => a.start - b.start) : withUnlisted);
    return [...withOneSidedBorders(text, qualified)];
  } catch {
    return curated;
  }
}

export function toLocation(p: Place): ExtractedLocation {
  return { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision };
}
