/**
 * Skeletons of an Arabic place phrase («دير الزور», «بمدينة كفرنبل» minus the
 * cue, «قلعة المضيق»): the same consonant classes as `latin-skeleton.ts`.
 *
 * The common parts of Arab place names come out as GeoNames writes them
 * because the letters do: «تل» tl = Tall/Tell/Tal, «دير» dr = Dayr/Deir,
 * «كفر» kfr = Kafr, «عين» n = ‘Ayn/Ain, «بئر» br = Bi’r/Bir, «جبل» jbl =
 * Jabal/Jebel, «خان» xn = Khān, «أبو» b = Abū, «بني» bn = Banī/Beni, «وادي»
 * d = Wādī, «رأس» rs = Ra’s, «أم» m = Umm; the article is dropped on both
 * sides («الزور» = "az Zawr"), and ة is t inside a construct («قلعة المضيق»
 * = "Qal‘at al Maḑīq», «مزرعة» = "Mazra‘at") and silent at the end.
 */
import { consonant, LONG_VOWEL, SHORT_VOWEL, skeletonsOf, type Skeleton, type Unit } from './skeleton.js';

const LETTERS: Record<string, Unit | null> = {
  ب: consonant('b'),
  پ: consonant('b'),
  ت: consonant('t'),
  ط: consonant('t'),
  ث: consonant('t'),
  ج: consonant('j'),
  غ: consonant('j'),
  گ: consonant('j', 'k'),
  چ: consonant('tc'),
  ح: consonant('h'),
  ه: consonant('h'),
  خ: consonant('x'),
  د: consonant('d'),
  ض: consonant('d'),
  ذ: consonant('d', 'z'),
  ر: consonant('r'),
  ز: consonant('z'),
  ظ: consonant('z'),
  ژ: consonant('z', 'j'),
  س: consonant('s'),
  ص: consonant('s'),
  ش: consonant('c'),
  ف: consonant('f'),
  ڤ: consonant('f'),
  ق: consonant('k'),
  ك: consonant('k'),
  ک: consonant('k'),
  ڨ: consonant('k'),
  ل: consonant('l'),
  م: consonant('m'),
  ن: consonant('n'),
  ا: LONG_VOWEL,
  آ: LONG_VOWEL,
  و: LONG_VOWEL,
  ي: LONG_VOWEL,
  ی: LONG_VOWEL,
  ى: LONG_VOWEL,
  // Hamza seats and ع carry no consonant a transliteration keeps reliably.
  أ: null,
  إ: null,
  ء: null,
  ئ: null,
  ؤ: null,
  ع: null,
};

const INITIAL_VOWEL_SEATS: ReadonlySet<string> = new Set(['أ', 'إ', 'ء', 'ع']);

const HARAKAT = /[\u064b-\u065f\u0670\u0640]/g;

/** Arabic words of a phrase, diacritics and tatweel dropped; anything not Arabic splits words. */
export function arabicWords(phrase: string): string[] {
  return phrase
    .replace(HARAKAT, '')
    .split(/[^\u0621-\u064a\u067e\u0686\u0698\u06a4\u06a8\u06a9\u06af\u06cc]+/)
    .filter(Boolean);
}

/** The word without its article, or null when it has none or is too short to carry one («الزور» → «زور», «الف» → null). */
export function withoutArticle(word: string): string | null {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : null;
}

function unitsOfWord(word: string, construct: boolean): Unit[] {
  const units: Unit[] = [];
  const last = word.length - 1;
  for (let i = 0; i <= last; i++) {
    const ch = word[i];
    if (ch === 'ة') {
      if (i === last && construct) units.push(consonant('t', ''));
      continue;
    }
    // A final ه is the feminine ending in most spellings («كنجه» Ganja, «حماه» Hama).
    if (ch === 'ه' && i === last && i > 1) continue;
    // A word's first hamza seat or ع writes its first vowel («أندرييفكا» Andriivka, «عفرين» ‘Afrin): a vowel slot.
    if (i === 0 && INITIAL_VOWEL_SEATS.has(ch)) {
      units.push(SHORT_VOWEL);
      continue;
    }
    const unit = LETTERS[ch];
    if (unit) units.push(unit);
  }
  return units;
}

/** The words' skeletons (articles already dropped or kept by the caller, `readings.ts`), ة read as t before a following word. */
export function arabicSkeletons(words: readonly string[], limit = 8): Skeleton[] {
  const units = words.flatMap((w, i) => unitsOfWord(w, i < words.length - 1));
  return skeletonsOf(units, limit).filter((s) => s.key.length > 0);
}
