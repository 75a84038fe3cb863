import type { ExtractedLocation } from '../extraction-record.js';
import { kmBetween } from '../gazetteer/distance.js';

/** Places too wide to tell two events apart: a country, a region, a border. */
export const BROAD: ReadonlySet<string> = new Set(['country', 'region', 'border']);
const specific = (l: readonly ExtractedLocation[]) => l.filter((x) => !BROAD.has(x.precision));

/**
 * «سيطرت القوات على بلدة A» and «… على بلدة B» in one province: two towns taken are two control changes, whatever
 * wider place they share. Both name towns or positions, and none of one is one of the other's or lies by it.
 */
export function apartInTowns(la: readonly ExtractedLocation[], lb: readonly ExtractedLocation[]): boolean {
  const [sa, sb] = [specific(la), specific(lb)];
  return !!sa.length && !!sb.length && !sa.some((x) => sb.some((y) => x.id === y.id || kmApart(x, y) < SAME_LOCALITY_KM));
}
/** «الموصل» and «حي الطيران» in it, a town and its airport: places this close are one locality. */
const SAME_LOCALITY_KM = 4;
const kmApart = (a: ExtractedLocation, b: ExtractedLocation): number => kmBetween(a.lat, a.lon, b.lat, b.lon);

/**
 * «براميل على أحياء مساكن هنانو وقاضي عسكر والشعار» and «غارات على حيي مساكن هنانو والهلك»: two strikes whose
 * lists of towns or quarters overlap but each names one the other does not are two strikes, not one told twice. A
 * list that only repeats (or holds the town around) the other's places is its summary or its detail.
 */
export function apartInLists(la: readonly ExtractedLocation[], lb: readonly ExtractedLocation[]): boolean {
  const [sa, sb] = [specific(la), specific(lb)];
  return !!sa.length && !!sb.length && sa.some((x) => !coveredBy(x, sb)) && sb.some((y) => !coveredBy(y, sa));
}

/** The place is among `others`, or a town that holds one of them (a quarter, a site in it). */
function coveredBy(x: ExtractedLocation, others: readonly ExtractedLocation[]): boolean {
  return others.some(
    (y) => y.id === x.id || (x.precision === 'settlement' && y.precision !== 'settlement' && kmApart(x, y) < TOWN_REACH_KM),
  );
}
/** How far from a city's point its quarters and sites may lie («حلب» and «حي الصاخور»: about 5 km). */
const TOWN_REACH_KM = 12;
