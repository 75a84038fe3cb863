/**
 * Gazetteer record types and the constructor the data modules use.
 *
 * Id scheme (see README.md):
 * - a country is its ISO 3166-1 alpha-2 code in lower case: `am`, `az`, `lb`;
 * - any other place is `<cc>-<slug>` where `cc` is the lower-case ISO code of the
 *   de jure country (`am-jermuk`, `az-ganja`, `sy-idlib-governorate`), except
 *   places inside the former Nagorno-Karabakh Autonomous Oblast, which use the
 *   prefix `nk-` (`nk-stepanakert`) while their `country` stays `AZ` and their
 *   parent chain runs through `nk-karabakh`;
 * - an international border or a region spanning several countries is
 *   `xx-<slug>` (`xx-border-am-az`) with `country: null`;
 * - administrative units that share a name with their seat carry a suffix:
 *   `-district`, `-governorate`, `-province`, `-region`, `-state`.
 */

export type PlacePrecision = 'settlement' | 'feature' | 'district' | 'region' | 'border' | 'country';

export interface Place {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the de jure country; null for borders and multi-country regions. */
  country: string | null;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  /** Id of the containing district / region / country (null only for top-level places). */
  parent: string | null;
  /**
   * Arabic spellings as written in the news. A spelling that starts with `?` is
   * also an ordinary word (e.g. «صور» Tyre / "pictures"): it only matches after a
   * place cue such as «مدينة», «بلدة», «قضاء» (see CONTEXT_CUES in index.ts).
   */
  arabic: string[];
  english: string[];
  /** Every spelling of this place needs a place cue before it (see `arabic`). */
  requiresContext?: boolean;
  /** Preference among places sharing one spelling (higher wins when the text gives no hint). */
  weight?: number;
}

/**
 * What a data module writes for one place: every field by name, since ten
 * positional arguments make it easy to swap `lat` and `lon` or the parent and
 * the country. `requiresContext: false` and an unset `weight` are left out
 * of the record.
 */
export type PlaceSpec = Place;

export function place(spec: PlaceSpec): Place {
  const { id, name, country, lat, lon, precision, parent, arabic, english } = spec;
  const built: Place = { id, name, country, lat, lon, precision, parent, arabic, english };
  if (spec.requiresContext) built.requiresContext = true;
  if (spec.weight !== undefined) built.weight = spec.weight;
  return built;
}
