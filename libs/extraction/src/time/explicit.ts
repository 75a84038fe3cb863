import { CALENDAR_CUES, CURRENT, MONTH_CUES, NEXT, PAST, RANGE_DASHES, YEAR_BEFORE, YEAR_WORDS } from '../lexicon/time/modifiers.js';
import { MONTH, YEAR } from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, resolveYearless, weekdayOf, yearOf } from './calendar.js';
import { hijriDate, hijriMonth } from './hijri.js';
import type { DateMatch, DateMatcher } from './matcher.js';
import { yearRange } from './year-ranges.js';
import { dayNumberToken, decadeOf, has, monthAt, ordinalAt, skipAltMonth, weekdayToken, yearAt } from './time-tokens.js';

const hasAny = (t: Token | undefined, words: ReadonlySet<string>) => !!t && t.variants.some((x) => words.has(x));

/** Decades: «التسعينيات», «تسعينيات القرن الماضي». */
const decade: DateMatcher = ({ tokens, i, t }) => {
  const dec = decadeOf(t);
  if (dec === undefined) return undefined;
  const end = has(tokens[i + 1], 'القرن') ? i + 3 : i + 1;
  const century = dec < 30 ? 2000 : 1900;
  const expr = {
    start: i,
    end,
    kind: 'year' as const,
    from: dayNumber(century + dec, 1, 1),
    to: dayNumber(century + dec + 9, 12, 31),
    relative: false,
  };
  return { expr, last: end - 1 };
};

/**
 * «يوم الأحد», «صباح الأربعاء», «ليل السبت- الأحد»: the most recent such day on or before the reference;
 * «الثلاثاء المقبل» the next one after it (a plan, a deadline: never a day the report runs on).
 */
const weekday: DateMatcher = ({ tokens, i, t, ref }) => {
  const wd = weekdayToken(t);
  if (wd === undefined) return undefined;
  const ahead = hasAny(tokens[i + 1], NEXT);
  // «الخميس قبل الماضي»: the one a week before «الخميس الماضي»
  const beforeLast = has(tokens[i + 1], 'قبل') && hasAny(tokens[i + 2], PAST);
  const past = beforeLast || hasAny(tokens[i + 1], PAST);
  // «الخميس الماضي» read on a Thursday is a week ago, not today
  const back = ahead
    ? -((ref === null ? 0 : (wd - weekdayOf(ref) + 7) % 7) || 7)
    : ((ref === null ? 0 : (weekdayOf(ref) - wd + 7) % 7) || (past ? 7 : 0)) + (beforeLast ? 7 : 0);
  const from = ref === null ? null : ref - back;
  const offset = from === null || ref === null ? undefined : ref - from;
  const last = beforeLast ? i + 2 : i;
  return { expr: { start: i, end: last + 1, kind: 'day', from, to: from, relative: true, weekday: wd, offset }, last };
};

/** The day of «13 سبتمبر», «ال26 من أغسطس», «العاشر من نوفمبر», and where its month starts. */
function dayAt(tokens: readonly Token[], i: number): { d: number; monthAt: number } | undefined {
  let d = dayNumberToken(tokens[i]);
  let j = i + 1;
  if (d === undefined) {
    const o = ordinalAt(tokens, i);
    if (o && has(tokens[o.end], 'من') && (monthAt(tokens, o.end + 1) || relativeMonthAt(tokens, o.end + 1))) {
      d = o.d;
      j = o.end;
    }
  }
  if (d === undefined) return undefined;
  return { d, monthAt: has(tokens[j], 'من') ? j + 1 : j };
}

/**
 * «الشهر الجاري», «الشهر الماضي» after a day («في الثامن من الشهر الجاري», «الـ8 من الشهر الماضي»): the month
 * counted from the reference (month 0: this one, 1: the one before).
 */
function relativeMonthAt(tokens: readonly Token[], i: number): { back: 0 | 1; end: number } | undefined {
  // «في 10 الجاري», «يوم 12 الجاري»: the month noun left out after a day number
  if (tokens[i - 1]?.kind === 'number' && hasAny(tokens[i], CURRENT)) return { back: 0, end: i + 1 };
  if (!hasAny(tokens[i], MONTH_WORDS)) return undefined;
  if (hasAny(tokens[i + 1], CURRENT)) return { back: 0, end: i + 2 };
  return hasAny(tokens[i + 1], PAST) ? { back: 1, end: i + 2 } : undefined;
}
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH);

/** «من العام الماضي», «العام الجاري» after a month: the year counted from the reference. */
function relativeYearAt(tokens: readonly Token[], i: number, ref: number | null): { y: number | null; end: number } | undefined {
  const j = has(tokens[i], 'من') ? i + 1 : i;
  if (!hasAny(tokens[j], YEAR_NOUNS)) return undefined;
  const back = hasAny(tokens[j + 1], PAST) ? 1 : hasAny(tokens[j + 1], CURRENT) ? 0 : undefined;
  if (back === undefined) return undefined;
  return { y: ref === null ? null : yearOf(ref) - back, end: j + 2 };
}
const YEAR_NOUNS: ReadonlySet<string> = new Set(YEAR);

/** «في الثامن من الشهر الجاري»: a day of this month or the last, resolved against the reference. */
function dayOfRelativeMonth(tokens: readonly Token[], i: number, ref: number | null): DateMatch | undefined {
  const day = dayAt(tokens, i);
  const rm = day && relativeMonthAt(tokens, day.monthAt);
  if (!day || !rm) return undefined;
  let dm: { d: number; m: number; y: number } | undefined;
  if (ref !== null) {
    const [y, m] = [yearOf(ref), monthOf(ref)];
    const [py, pm] = rm.back === 0 ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
    if (day.d > lastDayOfMonth(py, pm)) return undefined;
    dm = { d: day.d, m: pm, y: py };
  }
  const from = dm ? dayNumber(dm.y, dm.m, dm.d) : null;
  return { expr: { start: i, end: rm.end, kind: 'day', from, to: from, relative: true, ...(dm && { dm }) }, last: rm.end - 1 };
}

/** Explicit day + month [+ year]; without a year, by its modifier («الماضي», «الجاري», «المقبل») or the reference. */
const dayMonth: DateMatcher = ({ tokens, i, ref }) => {
  const day = dayAt(tokens, i);
  const mm = day && monthAt(tokens, day.monthAt);
  if (!day || !mm) return dayOfRelativeMonth(tokens, i, ref);
  let end = skipAltMonth(tokens, mm.end);
  const explicitYear = yearAt(tokens, end);
  const y = explicitYear ?? relativeYearAt(tokens, end, ref);
  let year: number | null;
  const yearless = !explicitYear;
  if (y) {
    year = y.y;
    end = y.end;
  } else {
    const mod = tokens[end];
    const mode = hasAny(mod, PAST) ? 'past' : hasAny(mod, CURRENT) ? 'current' : hasAny(mod, NEXT) ? 'next' : 'auto';
    if (mode !== 'auto') end++;
    year = resolveYearless(ref, mm.m, day.d, mode);
  }
  const n = year === null ? null : dayNumber(year, mm.m, day.d);
  const dm = { d: day.d, m: mm.m, y: yearless ? null : year };
  return { expr: { start: i, end, kind: 'day', from: n, to: n, relative: yearless, yearless, dm }, last: end - 1 };
};

/**
 * «بين 10 و12 آذار», «من 5 إلى 8 مارس», «يومي 10 و11 مارس», «10-12 مارس», «من الأول حتى العاشر من الشهر الجاري»,
 * «بين الخامس والسابع من أيار»: a bare day joined to a day of a month is the first day of a span in that month
 * (without it the span would shrink to its last day). An ordinal opens a span only after «من» or «بين».
 */
const dayRange: DateMatcher = (site) => {
  const { tokens, i } = site;
  const first = firstDayOfRange(tokens, i);
  if (!first) return undefined;
  let j = first.end;
  while (j < first.end + 3 && tokens[j] && (DAY_RANGE_JOINERS.has(tokens[j]!.text) || hasAny(tokens[j], DAY_RANGE_WORDS))) j++;
  // «والسابع»: the joiner on the second ordinal
  if (j === first.end && !(first.ordinal && tokens[j]?.text.startsWith('و'))) return undefined;
  const at = tokens[j];
  const second =
    at && (dayNumberToken(at) !== undefined || ordinalAt(tokens, j)) ? dayMonth({ ...site, i: j, t: at, v: at.variants }) : undefined;
  const to = second?.expr;
  if (!second || !to?.dm || to.dm.d <= first.d) return undefined;
  const from = to.from === null ? null : to.from - (to.dm.d - first.d);
  return { expr: { ...to, start: i, from, dm: { ...to.dm, d: first.d } }, last: second.last };
};

/** The first day of a span: a day number, or an ordinal after «من»/«بين». */
function firstDayOfRange(tokens: readonly Token[], i: number): { d: number; end: number; ordinal?: true } | undefined {
  const d = dayNumberToken(tokens[i]);
  if (d !== undefined) return { d, end: i + 1 };
  if (!hasAny(tokens[i - 1], RANGE_OPENERS)) return undefined;
  const o = ordinalAt(tokens, i);
  return o && { ...o, ordinal: true };
}
const RANGE_OPENERS: ReadonlySet<string> = new Set(['من', 'بين']);
export const DAY_RANGE_JOINERS: ReadonlySet<string> = new Set([...RANGE_DASHES, 'و']);
/** «إلى», «حتى», «و» as words of their own, and the parts of a day («ليلة 12 وصباح 13 أيلول»), normalised. */
export const DAY_RANGE_WORDS: ReadonlySet<string> = new Set([
  'الي',
  'حتي',
  'و',
  'وصباح',
  'صباح',
  'مساء',
  'ومساء',
  'ليل',
  'وليل',
  'فجر',
  'وفجر',
]);

/**
 * «12/3/2024», «26-5-2003», «2024-03-12», «12.3.2024»: a numeric date, day first as the Arabic press writes it (or ISO,
 * year first); one separator throughout (the tokenizer keeps a dotted date as one number token).
 */
const numericDate: DateMatcher = ({ tokens, i, t }) => {
  if (t.kind !== 'number') return undefined;
  const dotted = DOTTED_DATE.exec(t.text);
  const sep = tokens[i + 1]?.text;
  if (!dotted && ((sep !== '/' && sep !== '-') || tokens[i + 3]?.text !== sep)) return undefined;
  const parts = dotted
    ? dotted.slice(1, 4)
    : [t, tokens[i + 2], tokens[i + 4]].map((x) => (x?.kind === 'number' && /^\d{1,4}$/.test(x.text) ? x.text : ''));
  const [a, b, c] = parts as [string, string, string];
  const [y, m, d] = a.length === 4 ? [a, b, c] : c.length === 4 ? [c, b, a] : ['', '', ''];
  if (!y || d.length > 2 || m.length > 2) return undefined;
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  if (yy < 1900 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > lastDayOfMonth(yy, mm)) return undefined;
  const n = dayNumber(yy, mm, dd);
  const last = dotted ? i : i + 4;
  return { expr: { start: i, end: last + 1, kind: 'day', from: n, to: n, relative: false, dm: { d: dd, m: mm, y: yy } }, last };
};
export const DOTTED_DATE = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/;
const lastDayOfMonth = (y: number, m: number) => lastDay(y, m) - dayNumber(y, m, 1) + 1;

/**
 * Month [+ year]: «شباط/فبراير عام 1988», «نيسان الماضي», «في سبتمبر»; a bare month name needs a cue before it, and
 * one spelled like a place or a word («في إب» Ibb) a calendar cue («شهر آب»), as a preposition does not tell them apart.
 */
const month: DateMatcher = ({ tokens, i, ref }) => {
  const mo = monthAt(tokens, i);
  if (!mo) return undefined;
  let end = skipAltMonth(tokens, mo.end);
  const dayAfter = dayAfterMonth(tokens, i, end, mo, ref);
  if (dayAfter) return dayAfter;
  const explicitYear = yearAt(tokens, end);
  const y = explicitYear ?? relativeYearAt(tokens, end, ref);
  const isPast = hasAny(tokens[end], PAST);
  const isCur = hasAny(tokens[end], CURRENT);
  const cue = tokens[i - 1] && hasAny(tokens[i - 1], mo.shared ? CALENDAR_CUES : MONTH_CUES);
  if (!y && !isPast && !isCur && !cue) return { last: i };
  let year: number | null;
  if (y) {
    year = y.y;
    end = y.end;
  } else {
    if (isPast || isCur) end++;
    year = resolveYearless(ref, mo.m, null, isCur ? 'current' : 'auto');
    if (isPast && ref !== null && mo.m === monthOf(ref)) year = yearOf(ref) - 1;
  }
  const from = year === null ? null : dayNumber(year, mo.m, 1);
  const to = year === null ? null : lastDay(year, mo.m);
  return { expr: { start: i, end, kind: 'month', from, to, relative: !explicitYear }, last: end - 1 };
};

/**
 * «سبتمبر 13», «مايو 3، 2024», «13 سبتمبر» written the English way (agency copy, Gulf outlets): a day number after
 * the month, closing the phrase (a year, punctuation or the end after it: «في مايو 3 قتلى» is a count). A month spelled
 * like a word still needs its calendar cue.
 */
function dayAfterMonth(
  tokens: readonly Token[],
  i: number,
  at: number,
  mo: { m: number; shared?: true },
  ref: number | null,
): DateMatch | undefined {
  const d = dayNumberToken(tokens[at]);
  if (d === undefined || (mo.shared && !hasAny(tokens[i - 1], CALENDAR_CUES))) return undefined;
  const comma = tokens[at + 1]?.text === '،' || tokens[at + 1]?.text === ',';
  const y = yearAt(tokens, comma ? at + 2 : at + 1);
  const next = tokens[at + 1];
  if (!y && next && next.kind !== 'punct') return undefined;
  const year = y ? y.y : resolveYearless(ref, mo.m, d, 'auto');
  if (year !== null && d > lastDay(year, mo.m) - dayNumber(year, mo.m, 1) + 1) return undefined;
  const end = y ? y.end : at + 1;
  const n = year === null ? null : dayNumber(year, mo.m, d);
  const dm = { d, m: mo.m, y: y ? y.y : null };
  return { expr: { start: i, end, kind: 'day', from: n, to: n, relative: !y, yearless: !y, dm }, last: end - 1 };
}

/** A bare year: «عام 2020», «في 1994», «منذ عام 1988». */
const bareYear: DateMatcher = ({ tokens, i, t }) => {
  const y = yearAt(tokens, i);
  if (!y) return undefined;
  const p = tokens[i - 1];
  const cued = YEAR_WORDS.some((w) => has(t, w)) || (!!p && (YEAR_BEFORE.some((w) => has(p, w)) || p.text.startsWith('و')));
  if (!cued) return undefined;
  return {
    expr: { start: i, end: y.end, kind: 'year', from: dayNumber(y.y, 1, 1), to: dayNumber(y.y, 12, 31), relative: false },
    last: y.end - 1,
  };
};

/** Named calendar expressions, in the order they are tried after the relative ones. */
export const EXPLICIT_MATCHERS: readonly DateMatcher[] = [
  decade,
  weekday,
  numericDate,
  dayRange,
  dayMonth,
  hijriDate,
  month,
  hijriMonth,
  yearRange,
  bareYear,
];
