/**
 * A place name the words around it qualify, read as the place they make rather than the bare name:
 *
 * - «ريف X» (X's countryside): not the town, but its countryside, a `district` at X's point (the text gives no
 *   better) that rolls up to the unit seated at X and named like it («ريف حماة» → `countryside:sy-hama` in Hama
 *   Governorate), else to X's parent («ريف القامشلي»); a side after it is kept («ريف درعا الغربي» → western
 *   Daraa countryside, `countryside:sy-daraa:western`). Units the gazetteer knows by their «ريف» name stay
 *   themselves («ريف دمشق», «ريف إدلب»).
 * - «X الجنوبية» where «جنوب X» is a region the gazetteer knows («ولاية كردفان الجنوبية» → South Kordofan).
 * - «إقليم/ولاية/محافظة/منطقة X السفلى/العليا/الوسطى»: a region named after X («إقليم جوبا السفلى»), never the
 *   town X — which may lie in another country (Juba, South Sudan). Unless the gazetteer knows the region by its
 *   whole name (longest match), the town is dropped: no place is better than one in the wrong country.
 */
import { placeKey } from './letters.js';
import { findPlaces, type PlaceMatch } from './find-places.js';
import { PLACES } from './catalogue.js';
import type { Place } from './types.js';

export const COUNTRYSIDE_ID_PREFIX = 'countryside:';

/** «ريف», «بريف», «وريف», «في ريف», «الريف»… right before the name (the name may start with «ريف» itself). */
const COUNTRYSIDE_BEFORE = /(?:^|[^\p{L}])[وف]?[بل]?(?:ال)?ريف\s+$/u;
const COUNTRYSIDE_IN_NAME = /^ريف\s+/u;
/** A first-level unit's cue before the name («إقليم», «ولاية», «محافظة», «منطقة», «مقاطعة», with proclitics). */
const UNIT_BEFORE = /(?:^|[^\p{L}])[وف]?[بل]?(?:ال)?(?:إقليم|اقليم|ولاية|ولايه|محافظة|محافظه|منطقة|منطقه|مقاطعة|مقاطعه)\s+$/u;
/** The next word, article included. */
const NEXT_WORD = /^\s+([\p{L}\p{M}]+)/u;

/** Directional adjectives after a name and the noun that makes the same region before it. */
const DIRECTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({ الشمالية: 'شمال', الجنوبية: 'جنوب', الشرقية: 'شرق', الغربية: 'غرب', الوسطى: 'وسط' }).map(([adj, noun]) => [
    placeKey(adj),
    noun,
  ]),
);
/** «السفلى» lower, «العليا» upper, «الوسطى» middle: a region's qualifier, never a town's after a unit cue. */
const ORDER_QUALIFIERS: ReadonlySet<string> = new Set(['السفلى', 'العليا', 'الوسطى', 'الأعلى', 'الأسفل', 'الأوسط'].map(placeKey));

const UNIT_CUES = ['محافظة', 'ولاية', 'إقليم', 'منطقة', 'مقاطعة', 'ريف'].map(placeKey);
const CITY_CUES = ['مدينة', 'بلدة'].map(placeKey);

/** A spelling without the unit or city word before it: «محافظة حماة» → «حماه». */
function bareKey(spelling: string, cues: readonly string[]): string {
  const key = placeKey(spelling.replace(/^[?~]/, ''));
  for (const c of cues) if (key.startsWith(`${c} `)) return key.slice(c.length + 1);
  return key;
}

let seatedUnits: Map<string, Place> | undefined;

/** Region id by «country|bare name»: the units written «محافظة X» / «ولاية X», whose seat is the town X. */
function unitsByName(): Map<string, Place> {
  if (!seatedUnits) {
    seatedUnits = new Map();
    for (const p of PLACES) {
      if (p.precision !== 'region' || !p.country) continue;
      for (const a of p.arabic) {
        const key = placeKey(a.replace(/^[?~]/, ''));
        if (UNIT_CUES.some((c) => key.startsWith(`${c} `))) seatedUnits.set(`${p.country}|${bareKey(a, UNIT_CUES)}`, p);
      }
    }
  }
  return seatedUnits;
}

/** The unit seated at `town` and named like it («محافظة حماة» for Hama), if the gazetteer has one. */
function unitSeatedAt(town: Place): Place | undefined {
  if (!town.country) return undefined;
  const units = unitsByName();
  for (const a of town.arabic) {
    const unit = units.get(`${town.country}|${bareKey(a, CITY_CUES)}`);
    if (unit) return unit;
  }
  return undefined;
}

/** «ريف حلب الشمالي»: the part of the countryside the masculine adjective after the name gives. */
const COUNTRYSIDE_SIDES: ReadonlyMap<string, string> = new Map(
  Object.entries({ الشمالي: 'northern', الجنوبي: 'southern', الشرقي: 'eastern', الغربي: 'western' }).map(([adj, side]) => [
    placeKey(adj),
    side,
  ]),
);
const SIDES: ReadonlySet<string> = new Set(COUNTRYSIDE_SIDES.values());

/**
 * The countryside of `town` (or one side of it), at the town's point (the text gives no better), rolling up to the
 * unit seated at the town and named like it («ريف حماة» → Hama Governorate) or else to the town's own parent.
 */
export function countrysideOf(town: Place, side?: string): Place {
  const name = `${side ? `${side} ` : ''}${town.name} countryside`;
  return {
    id: `${COUNTRYSIDE_ID_PREFIX}${town.id}${side ? `:${side}` : ''}`,
    name,
    country: town.country,
    lat: town.lat,
    lon: town.lon,
    precision: 'district',
    parent: unitSeatedAt(town)?.id ?? town.parent ?? town.country?.toLowerCase() ?? null,
    arabic: [],
    english: [name],
  };
}

/** `countryside:<town id>[:<side>]` → the countryside again, for the read side; undefined when the town is unknown. */
export function countrysidePlaceById(id: string, placeOf: (id: string) => Place | undefined): Place | undefined {
  if (!id.startsWith(COUNTRYSIDE_ID_PREFIX)) return undefined;
  let townId = id.slice(COUNTRYSIDE_ID_PREFIX.length);
  const colon = townId.lastIndexOf(':');
  const side = colon > 0 && SIDES.has(townId.slice(colon + 1)) ? townId.slice(colon + 1) : undefined;
  if (side) townId = townId.slice(0, colon);
  const town = placeOf(townId);
  return town && town.precision === 'settlement' ? countrysideOf(town, side) : undefined;
}

function countryside(text: string, m: PlaceMatch): PlaceMatch {
  if (m.place.precision !== 'settlement') return m;
  const named = COUNTRYSIDE_IN_NAME.test(text.slice(m.start, m.end));
  if (!named && !COUNTRYSIDE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return m;
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24));
  const side = next ? COUNTRYSIDE_SIDES.get(placeKey(next[1])) : undefined;
  return { place: countrysideOf(m.place, side), start: m.start, end: side ? m.end + next![0].length : m.end };
}

/** «كردفان الجنوبية» → «جنوب كردفان», when that is a region of the gazetteer. */
function directional(text: string, m: PlaceMatch, adjective: string, end: number): PlaceMatch | undefined {
  const noun = DIRECTIONS.get(placeKey(adjective));
  if (!noun) return undefined;
  const phrase = `${noun} ${text.slice(m.start, m.end)}`;
  const found = findPlaces(phrase).find((f) => f.start === 0 && f.end === phrase.length && f.place.precision === 'region');
  return found ? { place: found.place, start: m.start, end } : undefined;
}

/** The matches with their qualifiers read; a town named where a qualified region is meant is dropped. */
export function qualifyPlaces(text: string, matches: readonly PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const raw of matches) {
    const m = countryside(text, raw);
    const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24));
    if (!next) {
      out.push(m);
      continue;
    }
    const end = m.end + next[0].length;
    const adjective = next[1];
    const region = directional(text, m, adjective, end);
    if (region) out.push(region);
    else if (
      m.place.precision === 'settlement' &&
      ORDER_QUALIFIERS.has(placeKey(adjective)) &&
      UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))
    )
      continue;
    else out.push(m);
  }
  return out;
}
