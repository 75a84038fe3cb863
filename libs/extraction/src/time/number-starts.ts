import { HIJRI_MONTHS, HIJRI_MONTHS2, MONTHS, MONTHS2 } from '../lexicon/time/calendar-names.js';
import { CURRENT } from '../lexicon/time/modifiers.js';
import { SAME_MONTH } from '../lexicon/time/relative-words.js';
import { formMemo, newFormSlot, type Token } from '../text/tokens.js';
import { DAY_RANGE_JOINERS, DAY_RANGE_WORDS, DOTTED_DATE, MONTH_WORDS } from './explicit.js';
import { dayNumberToken } from './time-tokens.js';

/**
 * Whether the number token at `i` can start a time expression: asked before the matchers (find-dates.ts), as
 * DATE_WORDS is asked of a word, so that a flood of counts («قتل 3 قتل 3 …») does not run every matcher on every
 * count. Read off the matchers whose first token may be a number (the others' first test is a word list without a
 * number in it): a number of four digits (yearAt: bareYear, yearRange; numericDate, ISO), a dotted date or a number
 * before «/» or «-» (numericDate), and a day number (dayNumberToken) before a word that continues a day
 * (`continuesDay`). number-starts.spec.ts asks every matcher at every number of generated sentences.
 */
export function numberMayStartDate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.length === 4 || DOTTED_DATE.test(t.text)) return true;
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.text === '/' || next.text === '-') return true;
  return dayNumberToken(t) !== undefined && formMemo(next, CONTINUES_DAY_SLOT, continuesDay);
}

const CONTINUES_DAY_SLOT = newFormSlot();

/**
 * What may follow the day number a matcher starts at: «من» and a month (dayMonth, hijriDate, dayOfSameMonth), a month
 * name (monthAt, hijriMonthAt; a two-word name by its first word), «الشهر» (dayOfSameMonth, relative months),
 * «الجاري» («في 10 الجاري»), and the joiners of a span of days (dayRange). A fact of the word's surface form alone.
 */
const continuesDay = (t: Token): boolean => DAY_RANGE_JOINERS.has(t.text) || t.variants.some((v) => DAY_CONTINUATIONS.has(v));
const DAY_CONTINUATIONS: ReadonlySet<string> = new Set([
  ...SAME_MONTH.of,
  ...SAME_MONTH.month,
  ...MONTH_WORDS,
  ...CURRENT,
  ...DAY_RANGE_WORDS,
  ...Object.keys(MONTHS),
  ...Object.keys(MONTHS2),
  ...Object.keys(HIJRI_MONTHS),
  ...Object.keys(HIJRI_MONTHS2),
]);
