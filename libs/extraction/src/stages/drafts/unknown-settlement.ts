import { placeByCountry } from '../../gazetteer/index.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import type { Place } from '../prepare/places.js';
import type { PreparedSentence } from '../prepare/prepare.js';

/**
 * «قتلوا 10 جنود في هجوم قرب بلدة مهداي», «قصفت المدفعية قرية الشيخ مصطفى»: the sentence names its own village or
 * town, one the gazetteers lack. Its event is not at the town of the sentence before; the most the text tells is the
 * area around (the province or country of the places before).
 */
// «في مدينة كتم»: a town named by its kind is another town too. Not «منطقة X»: an area is often a part of the town
// before («قرب غريان … في منطقة غوط الريح»)
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(['بلده', 'قريه', 'مدينه']);
/** Words after «قرية» that say what kind of village, not which one («قرية مجاورة», «بلدة حدودية», «مدينة كبيرة»). */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...['مجاوره', 'قريبه', 'اخري', 'صغيره', 'نائيه', 'واحده', 'ثانيه', 'اخيره', 'ما', 'لا', 'او'],
  ...['كبيره', 'قريب', 'بعيده'],
]);

export function namesUnknownSettlement(w: PreparedSentence): boolean {
  const { tokens } = w;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const cue = tokens[k]!;
    if (cue.prefix?.includes('ال') || !cue.variants.some((v) => SETTLEMENT_WORDS.has(v))) continue;
    if (isUnknownName(w, k + 1)) return true;
  }
  return false;
}

function isUnknownName(w: PreparedSentence, at: number): boolean {
  const word = w.tokens[at]!;
  if (word.kind !== 'word' || word.text.length < 2 || w.placeTokens.has(at)) return false;
  if (PLACE_PREPOSITIONS.has(word.text) || NOT_NAMES.has(word.text)) return false;
  return !/يه$/.test(word.text);
}

/** The area around the places before: their provinces and countries, else the country of their towns. */
export function enclosingArea(places: readonly Place[]): Place[] {
  const wide = places.filter((p) => p.precision === 'region' || p.precision === 'country');
  if (wide.length) return wide;
  const countries = new Set(places.map((p) => p.country).filter((c): c is string => !!c));
  return [...countries].map((c) => placeByCountry(c)).filter((p): p is Place => !!p);
}
