/** Place cues: the words after which a context-only spelling counts as a place. */
import { normalizeKey } from '../text/normalize.js';
import { B, F, isQuote, isSeparator, isWordChar, K, L, W } from './letters.js';

/** Words after which a context-only spelling counts as a place («مدينة صور», «بلدة الخيام»). */
/** «شمال X», «جنوبي X»: a side of a place (normalised); a place cue, and a link from a place to the one it lies by. */
export const COMPASS_WORDS: readonly string[] = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];

export const CONTEXT_CUES: readonly string[] = [
  'مدينه',
  'مدينتي',
  'مدن',
  'بلده',
  'بلدتي',
  'بلدات',
  'قريه',
  'قريتي',
  'قري',
  'منطقه',
  'منطقتي',
  'مناطق',
  'محافظه',
  'محافظتي',
  'محافظات',
  'ولايه',
  'ولايتي',
  'ولايات',
  'اقليم',
  'قضاء',
  'قضاءي',
  'ناحيه',
  'مديريه',
  'حي',
  'احياء',
  'مخيم',
  'ضاحيه',
  'ريف',
  'جبل',
  'جبال',
  'بحيره',
  'نهر',
  'معبر',
  'سهل',
  'وادي',
  'مرتفعات',
  'تله',
  'تلال',
  'هضبه',
  'العاصمه',
  'عاصمه',
  'مستوطنه',
  'مستوطنات',
  'ميناء',
  'مطار',
  'قاعده',
  'مقاطعه',
  'بلديه',
  'محيط',
  'اطراف',
  'مشارف',
  'اتجاه',
  'محور',
  'جبهه',
  ...COMPASS_WORDS,
  'وسط',
  'داخل',
  'قرب',
  'بالقرب',
  'مقربه',
  'نحو',
  'حدود',
  'مدخل',
].map((w) => normalizeKey(w));
export const CUES = new Set(CONTEXT_CUES);

export function isCueWord(word: string): boolean {
  // «منطقة», «بمنطقة», «وبمنطقة», «المنطقة», «بالمنطقة», «وبلدة» (و + بلدة, not و + ب + لدة)
  let w = word;
  for (let k = 0; k < 3; k++) {
    if (CUES.has(w) || (w.startsWith('ال') && CUES.has(w.slice(2)))) return true;
    const c = w.charCodeAt(0);
    if (k === 2 || w.length <= 3 || !(c === W || c === F || c === B || c === K || c === L)) return false;
    w = w.slice(1);
  }
  return false;
}

/**
 * Locative prepositions (normalised, with «و» or «ف» before them): enough for a `~` spelling, a name whose
 * other reading the preposition rules out («في إب» is Ibb; «أب» father and «آب» August fold to the same key,
 * and the date reader leaves a lone «آب» alone).
 */
const LOCATIVES: ReadonlySet<string> = new Set(
  ['في', 'على', 'الى', 'من', 'قرب', 'داخل'].flatMap((w) => [w, `و${w}`, `ف${w}`]).map((w) => normalizeKey(w)),
);

/** The word before `wordStart` (over a quote and separators), or '' at the start of the text. */
function wordBefore(s: string, wordStart: number): string {
  let j = wordStart - 1;
  // «منطقة "القايم"»: a name quoted after its cue still follows the cue
  if (j >= 0 && isQuote(s.charCodeAt(j))) j--;
  while (j >= 0 && isSeparator(s.charCodeAt(j))) j--;
  const end = j + 1;
  while (j >= 0 && isWordChar(s.charCodeAt(j))) j--;
  return s.slice(j + 1, end);
}

export function hasCueBefore(s: string, wordStart: number): boolean {
  const w = wordBefore(s, wordStart);
  return w.length > 0 && isCueWord(w);
}

export function hasLocativeBefore(s: string, wordStart: number): boolean {
  return LOCATIVES.has(wordBefore(s, wordStart));
}
