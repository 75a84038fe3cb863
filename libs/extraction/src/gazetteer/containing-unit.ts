/**
 * The unit a sentence puts a village in: «قرية X في دونيتسك», «بلدة X بريف حلب», «X بولاية الجزيرة», «X التابعة
 * لمحافظة Y», «X شمال Y», «X في منطقة Y», «X قرب Y». When the curated gazetteer knows that unit, a world
 * candidate for X must lie inside it (within its reach of the unit's point); a namesake 500 km away is a wrong
 * point, worse than none.
 */
import { ancestorIds, getPlace, PLACES } from './catalogue.js';
import { COMPASS_WORDS } from './cues.js';
import type { PlaceMatch } from './find-places.js';
import type { Place } from './types.js';
import { normalizeKey } from '../text/normalize.js';
import { partitionPoint } from '../text/partition-point.js';
import { kmBetween } from './distance.js';

/** Where the village must lie: within `reachKm` of the point, in `country` when the unit is a country. */
export interface ContainingUnit {
  place: Place;
  lat: number;
  lon: number;
  reachKm: number;
  /** The unit is a country («X في سوريا»): any distance inside it. */
  countryOnly: boolean;
}

/** «قرب Y», «على أطراف Y»: Y is the place itself, not a unit around the village. */
const NEAR_WORDS: ReadonlySet<string> = new Set(['قرب', 'مقربه', 'اطراف', 'ضواحي', 'محيط', 'قريبه', 'محاذيه', 'مجاوره']);

/** Words between a village and its unit (normalised, proclitics and article off): prepositions, unit nouns, directions. */
const LINK_WORDS: ReadonlySet<string> = new Set([
  'في',
  'ريف',
  'ولايه',
  'محافظه',
  'منطقه',
  'مقاطعه',
  'اقليم',
  'قضاء',
  'ناحيه',
  'مديريه',
  'مدينه',
  'تابعه',
  'واقعه',
  'من',
  ...COMPASS_WORDS,
  'علي',
  ...NEAR_WORDS,
]);

/**
 * Reach of «near» (km): a village «قرب» a town in wire reports lies within a few tens of kilometres; 50 km is the
 * radius of a Syrian nahiya or a Ukrainian hromada around its seat, twice the scorer's 25 km.
 */
export const NEAR_KM = 50;
/** «X في حمص» with a city that heads no curated unit: the city's own district (a Syrian mintaqa is ~40 km across, an Iraqi qada up to ~100). */
export const SETTLEMENT_UNIT_KM = 100;
/** A unit with no curated place inside it to measure: a mid-sized first-level unit (Donetsk oblast 26,500 km², Idlib 6,100 km², radius ≈ 90 km) at its seat, which may lie off-centre. */
export const UNIT_WITHOUT_PLACES_KM = 250;
/** Listed places this close to a region's point are its seat (or units seated there), no measure of its extent. */
const SEAT_ONLY_KM = 10;
/** The least reach of a unit measured from its places: the spread of a few listed towns underestimates it. */
const MIN_UNIT_KM = 75;

const MAX_GAP_WORDS = 4;
const MAX_GAP_CHARS = 40;

function normalizeWord(w: string): string {
  let s = normalizeKey(w);
  for (let k = 0; k < 2 && s.length > 0 && 'وفبل'.includes(s[0]) && !LINK_WORDS.has(s); k++) s = s.slice(1);
  if (s.startsWith('ال') && !LINK_WORDS.has(s)) s = s.slice(2);
  else if (s.startsWith('ل') && s.length > 2 && !LINK_WORDS.has(s)) s = s.slice(1); // «للمحافظة» after «ل» went
  return s;
}

/** The link words of the gap, or null when it is no link («X، Y», «X وY», a figure). */
function linkWords(gap: string): string[] | null {
  if (gap.length > MAX_GAP_CHARS) return null;
  const tokens = gap
    .replace(/[«»"“”]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (!tokens.length || tokens.length > MAX_GAP_WORDS) return null;
  const words: string[] = [];
  for (const [k, t] of tokens.entries()) {
    if (!/^[\u0621-\u064A\u0640]+$/.test(t)) return null;
    const w = normalizeWord(t);
    // a proclitic alone before the unit's match («ب» of «بدونيتسك» when the match starts after it)
    if (w === '' && k === tokens.length - 1) continue;
    if (!LINK_WORDS.has(w)) return null;
    words.push(w);
  }
  return words.length || gap.trim() ? words : null;
}

/** The curated unit right after a world name ending at `end`, if the words between place the name in it. */
export function containingUnitAfter(text: string, end: number, curated: readonly PlaceMatch[]): ContainingUnit | null {
  // the curated matches are in text order: the first one at or after the name, found without walking them
  const next = curated[partitionPoint(curated.length, (k) => curated[k].start < end)] as PlaceMatch | undefined;
  if (!next || next.start - end > MAX_GAP_CHARS) return null;
  const words = linkWords(text.slice(end, next.start));
  if (!words) return null;
  return unitOf(
    next.place,
    words.some((w) => NEAR_WORDS.has(w)),
  );
}

function unitOf(p: Place, near: boolean): ContainingUnit | null {
  if (p.precision === 'country') return { place: p, lat: p.lat, lon: p.lon, reachKm: Infinity, countryOnly: true };
  if (p.precision === 'border') return null;
  if (p.precision !== 'settlement') return { place: p, lat: p.lat, lon: p.lon, reachKm: unitReachKm(p), countryOnly: false };
  if (near) return { place: p, lat: p.lat, lon: p.lon, reachKm: NEAR_KM, countryOnly: false };
  // «X في دونيتسك», «X بريف حلب»: a city that names its unit stands for the unit
  const parent = p.parent ? getPlace(p.parent) : undefined;
  if (parent?.precision === 'region')
    return { place: parent, lat: parent.lat, lon: parent.lon, reachKm: unitReachKm(parent), countryOnly: false };
  return { place: p, lat: p.lat, lon: p.lon, reachKm: SETTLEMENT_UNIT_KM, countryOnly: false };
}

let spreadOf: Map<string, number> | undefined;

/**
 * How far from its point a unit reaches: 1.25 × the distance of its farthest curated place plus 25 km (the seat
 * is not the centre, and the listed towns do not reach its edge), at least `MIN_UNIT_KM`; `UNIT_WITHOUT_PLACES_KM`
 * when none of its places is listed, or a region's are all at its seat.
 */
export function unitReachKm(unit: Place): number {
  if (!spreadOf) {
    spreadOf = new Map();
    for (const p of PLACES) {
      if (p.precision === 'country' || p.precision === 'border') continue;
      for (const id of ancestorIds(p.id)) {
        const a = getPlace(id);
        if (!a || a.precision === 'country') continue;
        spreadOf.set(id, Math.max(spreadOf.get(id) ?? 0, kmBetween(a.lat, a.lon, p.lat, p.lon)));
      }
    }
  }
  const spread = spreadOf.get(unit.id);
  // «مدينة الدلنج بجنوب كردفان»: a region whose only listed places sit at its seat has no measure either
  if (spread === undefined || (unit.precision === 'region' && spread < SEAT_ONLY_KM)) return UNIT_WITHOUT_PLACES_KM;
  return Math.max(MIN_UNIT_KM, 1.25 * spread + 25);
}

/** Whether a point lies in the unit. */
export function liesIn(unit: ContainingUnit, p: { lat: number; lon: number; country: string | null }): boolean {
  if (unit.place.country && p.country !== unit.place.country) return false;
  return unit.countryOnly || kmBetween(unit.lat, unit.lon, p.lat, p.lon) <= unit.reachKm;
}
