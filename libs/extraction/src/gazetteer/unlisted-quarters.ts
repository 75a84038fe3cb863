/**
 * City quarters the gazetteers lack: «حي الصاخور في مدينة حلب», «أحياء مساكن
 * هنانو، وقاضي عسكر، والشعار بالمدينة». Neither source holds quarters (the
 * world one has populated places only), yet a report of a besieged city
 * places each strike in its quarter, and one strike per quarter is one event.
 * A quarter lies inside its city, so it is anchored to the city the text
 * names right after the list («في مدينة حلب»), else to the last city named
 * before it (a report does not name a quarter of a city it has not named). Its
 * coordinates are the city's (the text gives no better), its parent the city;
 * the name is kept as written, «حي X», so readers see the quarter and the read
 * side knows it is a district.
 */
import type { PlaceMatch } from './find-places.js';
import { unlistedPlace } from './unlisted-settlements.js';
import { isStopword } from './world/stoplist.js';

/**
 * The quarter cue, singular, dual or plural, with the proclitics news text puts on it («بحي», «وأحياء»), or the cue of
 * a named site of the city, a roundabout or a square («دوار الجندول», «ساحة السبع بحرات»); not with the article:
 * «القصف على الحي صباح اليوم» is the quarter already named.
 */
const CUE = String.raw`(?:^|[\s«"“(])[وف]?[بل]?(حي|حيي|أحياء|احياء|دوار|ساحة|ميدان)\s+`;
/** The name a place of each cue is written with: «حي X», «دوار X», «ساحة X». */
const WRITTEN_AS: Readonly<Record<string, string>> = { حيي: 'حي', أحياء: 'حي', احياء: 'حي' };
/** Generic first words of quarter names: «مساكن هنانو», «قاضي عسكر», «الشيخ مقصود», «باب النيرب», «عبد العزيز». */
const NAME_PART = String.raw`(?:مساكن|قاضي|الشيخ|باب|بستان|سيف|جسر|تل|ضاحية|عين|بيت|كفر|أبو|ابو|دير|الحاج|جبل|كرم|بني|عبد)\s+`;
const NAME = String.raw`(?:${NAME_PART})?[\u0621-\u064A]{3,}`;
/** A further item of the list is definite or starts with a name part («، والشعار», «، وقاضي عسكر»), not any «و» word. */
const NEXT = String.raw`(?:\s*[،,]\s*|\s+)و(?:ال[\u0621-\u064A]{2,}|${NAME_PART}[\u0621-\u064A]{3,})`;
/** The list after the cue: «X، وY، وZ» or «X وY». */
const QUARTERS = new RegExp(CUE + String.raw`(${NAME}(?:${NEXT})*)`, 'dgu');
const ITEM = new RegExp(String.raw`(?:^|[\s،,]+و)(${NAME})`, 'dgu');
/** Words that follow «حي» as an adjective or a common noun, not a name: «حي سكني», «بث حي ومباشر». */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'سكني',
  'شعبي',
  'راق',
  'راقي',
  'مباشر',
  'يرزق',
  'كامل',
  'جديد',
  'قديم',
  'فقير',
  'آخر',
  'اخر',
  // «ساحة المعركة», «ميدان القتال»: the field of battle, no square
  'المعركة',
  'المعركه',
  'القتال',
  'الحرب',
  'المواجهة',
  'المواجهه',
]);
/** The city must follow the list closely («في مدينة حلب», «شرقي حلب»). */
const MAX_GAP = 16;

export function findUnlistedQuarters(text: string, known: readonly PlaceMatch[]): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.matchAll(QUARTERS)) {
    const [listStart, listEnd] = m.indices![2];
    const cue = WRITTEN_AS[m[1]] ?? m[1];
    const city =
      known.find((k) => k.start >= listEnd && k.start - listEnd <= MAX_GAP && k.place.precision === 'settlement') ??
      known.findLast((k) => k.end <= listStart && k.place.precision === 'settlement');
    if (!city) continue;
    for (const item of m[2].matchAll(ITEM)) {
      const name = item[1];
      const start = listStart + item.indices![1][0];
      const end = start + name.length;
      const head = name.split(/\s+/)[0];
      // «بث حي ومباشر»: a name does not start with the conjunction
      if (NOT_NAMES.has(head) || head.startsWith('و') || isStopword(head.replace(/^ال/, ''))) continue;
      if (known.some((k) => k.start < end && k.end > start)) continue;
      found.push({ place: unlistedPlace(`${cue} ${name}`, city.place), start, end });
    }
  }
  return found;
}
