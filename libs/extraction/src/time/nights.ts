import { NIGHT_OF } from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import type { DateExpr } from './types.js';

/** «عشية الأحد»: the eve of a day (normalised). */
const EVE = 'عشيه';
const isNight = (t: Token | undefined) => !!t && t.kind === 'word' && NIGHT_OF.some((w) => t.variants.includes(w));
/** «ليل يوم الاثنين»: the day word between the night word and the day. */
const DAY_WORD = 'يوم';

/**
 * «ليل الاثنين», «ليلة الجمعة», «منتصف ليل الثلاثاء», «ليلة 12 أيار»: the night of a day runs into the small hours of
 * the next one (a raid «Monday night» is often reported as Tuesday's), so the span takes in the next day too — never
 * past the reference; «عشية الأحد» takes in the evening before. «ليل السبت-الأحد» (one range already) and «ليل أمس» (already two days) are left as they are.
 */
export function markNights(tokens: readonly Token[], out: DateExpr[], ref: number | null) {
  for (const e of out) {
    if (e.kind !== 'day' || e.from === null || e.to !== e.from || e.dayAfter) continue;
    const before = tokens[e.start - 1]?.variants.includes(DAY_WORD) ? e.start - 2 : e.start - 1;
    // «عشية الأحد»: the evening before the day, and the day itself
    if (tokens[before]?.variants.includes(EVE)) e.from -= 1;
    if (!isNight(tokens[before])) continue;
    if (ref === null || e.from < ref) e.to = e.from + 1;
  }
}
