import { STRETCH_COUNTED, STRETCH_COUNTS, STRETCH_PAST, STRETCH_PLURALS } from '../lexicon/time/recent-stretch-words.js';
import { AGO } from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import { dayNumber } from './calendar.js';
import type { DateMatcher } from './matcher.js';
import { yearAt } from './time-tokens.js';

/** Longer than this, a stretch up to the report is a recap of the war, not the report's news («خلال الأسبوعين الماضيين» is). */
export const RECAP_STRETCH_DAYS = 45;

const formIn = <T>(t: Token | undefined, table: Readonly<Record<string, T>>): T | undefined => {
  const form = t?.kind === 'word' ? t.variants.find((v) => Object.hasOwn(table, v)) : undefined;
  return form === undefined ? undefined : table[form];
};
const isPast = (t: Token | undefined) => !!t && t.kind === 'word' && t.variants.some((v) => STRETCH_PAST.includes(v));

/** The number of units after a plural at `k` («العشر», «الـ10»): the count and the token after it. */
function countAfter(tokens: readonly Token[], k: number): { count: number; next: number } | undefined {
  const word = formIn(tokens[k], STRETCH_COUNTS);
  if (word !== undefined) return { count: word, next: k + 1 };
  const at = tokens[k]?.text === 'ال' ? k + 1 : k;
  const n = tokens[at];
  return n?.kind === 'number' && n.value !== undefined && n.value >= 2 && n.value <= 30 ? { count: n.value, next: at + 1 } : undefined;
}

/**
 * «خلال السنوات الماضية», «في الأشهر الأخيرة», «السنوات العشر الماضية», «العقد الماضي», «العامين الماضيين»: the days
 * from so far back up to the reference. Longer than RECAP_STRETCH_DAYS it is a `recap`: what it dates is background,
 * and the story does not move to it.
 */
export const recentStretch: DateMatcher = ({ tokens, i, t, ref }) => {
  const plural = formIn(t, STRETCH_PLURALS);
  const single = plural ? undefined : formIn(t, STRETCH_COUNTED);
  if (!plural && single === undefined) return undefined;
  const counted = plural ? countAfter(tokens, i + 1) : undefined;
  const last = counted ? counted.next : i + 1;
  if (!isPast(tokens[last])) return undefined;
  const days = plural ? (counted ? counted.count * plural.per : plural.uncounted) : single!;
  const recap = days > RECAP_STRETCH_DAYS;
  const from = ref === null ? null : ref - days;
  return { expr: { start: i, end: last + 1, kind: 'day', from, to: ref, relative: true, ...(recap && { recap: true as const }) }, last };
};

/** How far back «قبل عام 2020» reaches: the years before the one named, as a stretch. */
const BEFORE_YEAR_SPAN = 10;

/**
 * «قبل عام 2020», «قبل 2017»: some time before the year named (not a year before it, as «قبل عام» alone is): the
 * years before it, uncounted, so what it dates is told as background.
 */
export const beforeYear: DateMatcher = ({ tokens, i, t }) => {
  if (t.text !== AGO && t.text !== 'و' + AGO) return undefined;
  const y = yearAt(tokens, i + 1);
  if (!y) return undefined;
  const [from, to] = [dayNumber(y.y - BEFORE_YEAR_SPAN, 1, 1), dayNumber(y.y - 1, 12, 31)];
  return { expr: { start: i, end: y.end, kind: 'year', from, to, relative: false, vague: true }, last: y.end - 1 };
};
