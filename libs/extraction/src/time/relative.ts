import { ORDINALS } from '../lexicon/time/ordinals.js';
import { CURRENT, NEXT, PAST, PERIOD_PARTS } from '../lexicon/time/modifiers.js';
import {
  DAY_AFTER,
  DAY_BEFORE_YESTERDAY,
  EARLIER,
  END_OF,
  LAST_DAYS,
  LAST_DAYS_SPAN,
  DETACHED_ARTICLE,
  DURATION,
  HOURS,
  HOURS_DAYS,
  HOURS_IN_WORDS,
  LAST_NIGHT,
  NIGHT_OF,
  OVER,
  OVER_MAX_DAYS,
  LAST_WEEK_AFTER,
  MONTH,
  NOT_TODAY_AFTER,
  SINCE,
  SINCE_MAX_DAYS,
  SINCE_SPANS,
  START_OF,
  THIS,
  TODAY,
  TODAY_FORM,
  TOMORROW,
  WEEK,
  YEAR,
  YESTERDAY,
  AGO,
  AGO_COUNTS,
  AGO_FROM,
  AGO_MONTHS,
  AGO_COUNTED_MONTHS,
  AGO_YEARS,
  AGO_COUNTED_YEARS,
  AGO_MONTH_SLACK,
  AGO_YEAR_SLACK,
  AGO_VAGUE,
  AGO_VAGUE_COUNTS,
  FIRST,
} from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, weekdayOf, yearOf } from './calendar.js';
import { relativeDay, type DateMatch, type DateMatcher, type DateSite } from './matcher.js';
import { anniversary, sameDayEarlierYear } from './anniversary.js';
import { hijriMonthAt } from './hijri.js';
import { beforeYear, recentStretch } from './recent-stretch.js';
import { dayOfSameMonth, runningDay } from './running-days.js';
import { daysCounted, daysLater, fromThatAt } from './counted-days.js';
import { feastDay } from './feasts.js';
import { monthAt, weekdayToken } from './time-tokens.js';
import type { DateKind } from './types.js';

/** Does the token have one of these forms? */
const is = (t: Token | undefined, words: readonly string[]) => !!t && words.some((w) => t.variants.includes(w));
const spanAfter = (t: Token | undefined, spans: Readonly<Record<string, number>>) =>
  t ? Object.keys(spans).find((w) => t.variants.includes(w)) : undefined;

const earlier: DateMatcher = ({ tokens, i, t }) =>
  is(t, EARLIER.word) && is(tokens[i + 1], EARLIER.next)
    ? { expr: { start: i, end: i + 2, kind: 'earlier', from: null, to: null, relative: false }, last: i + 1 }
    : undefined;

const dayAfter: DateMatcher = ({ i, t }) =>
  is(t, DAY_AFTER)
    ? { expr: { start: i, end: i + 1, kind: 'day', from: null, to: null, relative: true, dayAfter: true }, last: i }
    : undefined;

/** A relative day word ending before `end`, with an optional weekday after it («أمس الثلاثاء»). */
function dayWithWeekday(site: DateSite, end: number, offset: number): DateMatch {
  const wd = weekdayToken(site.tokens[end]);
  const stop = wd !== undefined ? end + 1 : end;
  return { expr: relativeDay(site, { start: site.i, end: stop }, offset, wd !== undefined ? { weekday: wd } : {}), last: stop - 1 };
}

const dayBeforeYesterday: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  const { first, of, yesterday } = DAY_BEFORE_YESTERDAY;
  const withOf = is(tokens[i + 1], of) && is(tokens[i + 2], yesterday);
  if (!(is(t, first) && (withOf || is(tokens[i + 1], yesterday)))) return undefined;
  return dayWithWeekday(site, is(tokens[i + 1], of) ? i + 3 : i + 2, 2);
};

/**
 * «أمس», «البارحة»; «الليلة الماضية», «ليل أمس»: the night before the report runs from yesterday evening into its
 * small hours, so it spans yesterday and the reference day (a raid «last night» in a morning report is often
 * after midnight).
 */
const yesterday: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  const lastNight = is(t, LAST_NIGHT.word) && is(tokens[i + 1], LAST_NIGHT.next);
  // «الليلة قبل الماضية»: the night before last
  if (is(t, LAST_NIGHT.word) && beforeLast(tokens, i + 1)) {
    const expr = relativeDay(site, { start: i, end: i + 3 }, 2);
    return { expr: { ...expr, to: expr.from === null ? null : expr.from + 1 }, last: i + 2 };
  }
  if (!(is(t, YESTERDAY) || lastNight)) return undefined;
  // «أمس الأول»: the day before yesterday
  if (!lastNight && tokens[i + 1]?.text === FIRST) return dayWithWeekday(site, i + 2, 2);
  const match = dayWithWeekday(site, lastNight ? i + 2 : i + 1, 1);
  const night = lastNight || is(tokens[i - 1], NIGHT_OF);
  if (night && match.expr?.from != null) match.expr.to = match.expr.from + 1;
  return match;
};

/**
 * «قبل يومين», «قبل ثلاثة أيام», «قبل 3 أيام», «قبل أسبوع» (a week: a day either side); «قبل شهرين», «قبل عامين»
 * (the same day so many months or years back, give or take); «قبل أيام», «قبل بضعة أسابيع» (an uncounted stretch,
 * `vague`). «قبل يومين من الانتخابات» counts from another event, «قبل عام 2020» is before a year: no date.
 */
const daysAgo: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  if (t.text !== AGO && t.text !== 'و' + AGO) return undefined;
  const counted = daysCounted(tokens, i + 1);
  if (!counted) return periodAgo(site);
  const { days, last } = counted;
  // «قبل يومين من ذلك»: from the day the story runs on (resolveRunning)
  const that = fromThatAt(tokens, last + 1);
  if (that >= 0) return { expr: { ...relativeDay(site, { start: i, end: that + 1 }, days), fromRunning: days }, last: that };
  if (tokens[last + 1]?.text === AGO_FROM) return undefined;
  const expr = relativeDay(site, { start: i, end: last + 1 }, days, { agoDays: days });
  if (days >= 7 && expr.from !== null) return { expr: { ...expr, from: expr.from - 1, to: expr.from + 1 }, last };
  return { expr, last };
};

/** «قبل شهرين», «قبل 3 سنوات», «قبل أيام», «قبل بضعة أشهر» after «قبل» at `site.i`. */
function periodAgo(site: DateSite): DateMatch | undefined {
  const { tokens, i, ref } = site;
  const found = monthsOrYearsAgo(tokens, i + 1) ?? vagueAgo(tokens, i + 1);
  if (!found) return undefined;
  const after = tokens[found.last + 1];
  // «قبل عام 2020», «قبل شهر رمضان», «قبل عامين من الحرب»: not counted back from the report
  if (after && (after.kind === 'number' || after.text === AGO_FROM || (found.unit !== 'vague' && isMonthName(after)))) return undefined;
  const span = { start: i, end: found.last + 1, relative: true };
  if (ref === null) return { expr: { ...span, kind: 'day', from: null, to: null }, last: found.last };
  if (found.unit === 'vague') {
    const expr = { ...span, kind: 'day' as const, from: ref - found.far, to: ref - found.near, vague: true as const };
    return { expr, last: found.last };
  }
  const [y, m, d] = [yearOf(ref), monthOf(ref), dayOfMonth(ref)];
  const months = found.unit === 'month' ? found.count : found.count * 12;
  const back = m - 1 - months;
  const [py, pm] = [y + Math.floor(back / 12), (((back % 12) + 12) % 12) + 1];
  const day = dayNumber(py, pm, Math.min(d, lastDay(py, pm) - dayNumber(py, pm, 1) + 1));
  const slack = found.unit === 'month' ? AGO_MONTH_SLACK : AGO_YEAR_SLACK;
  const kind: DateKind = found.unit === 'month' ? 'day' : 'year';
  return { expr: { ...span, kind, from: day - slack, to: Math.min(day + slack, ref - 1) }, last: found.last };
}

const dayOfMonth = (day: number) => new Date(day * 86400000).getUTCDate();
const isMonthName = (t: Token) => t.kind === 'word' && (monthAt([t], 0) !== undefined || hijriMonthAt([t], 0) !== undefined);

/** «شهرين», «ثلاثة أشهر», «عام», «5 سنوات» at token `k`. */
function monthsOrYearsAgo(tokens: readonly Token[], k: number): { unit: 'month' | 'year'; count: number; last: number } | undefined {
  const word = tokens[k];
  if (!word) return undefined;
  if (word.kind === 'word') {
    const m = word.variants.find((v) => AGO_MONTHS[v] !== undefined);
    if (m) return { unit: 'month', count: AGO_MONTHS[m]!, last: k };
    const y = word.variants.find((v) => AGO_YEARS[v] !== undefined);
    if (y) return { unit: 'year', count: AGO_YEARS[y]!, last: k };
  }
  const count = word.kind === 'number' ? word.value : AGO_COUNTS[word.text];
  const per = tokens[k + 1];
  if (count === undefined || !per || count < 1 || count > 50) return undefined;
  if (per.variants.some((v) => AGO_COUNTED_MONTHS.has(v)) && count <= 11) return { unit: 'month', count, last: k + 1 };
  if (per.variants.some((v) => AGO_COUNTED_YEARS.has(v))) return { unit: 'year', count, last: k + 1 };
  return undefined;
}

/** «أيام», «بضعة أيام», «عدة أسابيع», «أشهر» at token `k`: how near and how far back. */
function vagueAgo(tokens: readonly Token[], k: number): { unit: 'vague'; near: number; far: number; last: number } | undefined {
  const j = is(tokens[k], AGO_VAGUE_COUNTS) ? k + 1 : k;
  const form = tokens[j]?.variants.find((v) => AGO_VAGUE[v] !== undefined);
  if (!form) return undefined;
  const [near, far] = AGO_VAGUE[form]!;
  // «قبل أيام قليلة»
  const last = is(tokens[j + 1], ['قليله']) ? j + 1 : j;
  return { unit: 'vague', near, far, last };
}

const isOrdinal = (t: Token) => ORDINALS[t.text] !== undefined || t.variants.some((x) => ORDINALS[x] !== undefined);

/** «اليوم» («روسيا اليوم» is RT, «اليوم الأول من الغزو» is no date); «اليوم الثلاثاء 13 سبتمبر» lets the date after it be read too. */
const today: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  if (!(is(t, TODAY) && TODAY_FORM.test(t.text))) return undefined;
  const next = tokens[i + 1];
  if (is(tokens[i - 1], NOT_TODAY_AFTER)) return { last: i };
  if (next && isOrdinal(next)) return { last: i };
  const wd = weekdayToken(next);
  const expr = relativeDay(site, { start: i, end: wd !== undefined ? i + 2 : i + 1 }, 0, wd !== undefined ? { weekday: wd } : {});
  return { expr, last: wd !== undefined ? i + 1 : i };
};

const tomorrow: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  if (!(is(t, TOMORROW) && !is(t, DAY_AFTER))) return undefined;
  const wd = weekdayToken(tokens[i + 1]);
  const expr = relativeDay(site, { start: i, end: wd !== undefined ? i + 2 : i + 1 }, -1, wd !== undefined ? { weekday: wd } : {});
  return { expr, last: wd !== undefined ? i + 1 : i };
};

/**
 * «منذ أسبوع», «منذ أيام», «منذ يومين», «منذ ثلاثة أيام», «منذ 10 أيام»: up to the reference. The span holds both
 * readings of «منذ» with a count, «for three days» and (Egyptian and Gulf usage) «three days ago».
 */
const sinceDays: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!is(t, SINCE)) return undefined;
  const unit = spanAfter(tokens[i + 1], SINCE_SPANS);
  const counted = unit === undefined ? daysCounted(tokens, i + 1) : { days: SINCE_SPANS[unit]!, last: i + 1 };
  if (!counted || counted.days > SINCE_MAX_DAYS) return undefined;
  const from = ref === null ? null : ref - counted.days;
  return { expr: { start: i, end: counted.last + 1, kind: 'day', from, to: ref, relative: true }, last: counted.last };
};

/**
 * «خلال الـ24 ساعة الماضية», «في أقل من 48 ساعة», «خلال الساعات الـ24 الماضية», «الساعات الأربع والعشرين»:
 * so many days back to the reference; «الـ24 ساعة المقبلة» is a time to come, no date.
 */
const lastHours: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!is(t, HOURS)) return undefined;
  const before = hoursBefore(tokens, i);
  const after = before ? undefined : hoursAfter(tokens, i);
  const found = before ?? after;
  const days = found && HOURS_DAYS[found.hours];
  if (!found || days === undefined) return undefined;
  if (tokens[found.end] && [...NEXT].some((w) => tokens[found.end]!.variants.includes(w))) return { last: found.end - 1 };
  // «هدنة لمدة 72 ساعة»: how long something lasts, no time back from the reference
  if (is(tokens[found.start - 1], DURATION)) return { last: found.end - 1 };
  const from = ref === null ? null : ref - days;
  return { expr: { start: found.start, end: found.end, kind: 'day', from, to: ref, relative: true }, last: found.end - 1 };
};

/** «الـ24 ساعة»: the number before the hours word. */
function hoursBefore(tokens: readonly Token[], i: number): { hours: number; start: number; end: number } | undefined {
  const p = tokens[i - 1];
  return p?.kind === 'number' && p.value !== undefined ? { hours: p.value, start: i - 1, end: i + 1 } : undefined;
}

/** «الساعات الـ24», «الساعات الأربع والعشرين»: the number after the plural hours word. */
function hoursAfter(tokens: readonly Token[], i: number): { hours: number; start: number; end: number } | undefined {
  const k = tokens[i + 1]?.text === DETACHED_ARTICLE ? i + 2 : i + 1;
  const n = tokens[k];
  if (n?.kind === 'number' && n.value !== undefined) return { hours: n.value, start: i, end: k + 1 };
  const words = n && HOURS_IN_WORDS[n.text];
  return words && tokens[k + 1]?.text === words.tens ? { hours: words.hours, start: i, end: k + 2 } : undefined;
}

/** «على مدى يومين», «على مدى ثلاثة أيام»: that many days back to the reference, as «في اليومين الماضيين». */
const overDays: DateMatcher = (site) => {
  const { tokens, i, t, ref } = site;
  if (!(is(t, OVER.word) && is(tokens[i - 1], OVER.before))) return undefined;
  const counted = daysCounted(tokens, i + 1);
  if (!counted || counted.days > OVER_MAX_DAYS) return undefined;
  const from = ref === null ? null : ref - counted.days;
  return { expr: { start: i - 1, end: counted.last + 1, kind: 'day', from, to: ref, relative: true }, last: counted.last };
};

/** «في اليومين الماضيين»: two days back to the reference; «خلال الأيام (القليلة) الأخيرة»: a week back. */
const lastDays: DateMatcher = ({ tokens, i, t, ref }) => {
  const two = is(t, LAST_DAYS.two);
  if (!two && !is(t, LAST_DAYS.days)) return undefined;
  const last = is(tokens[i + 1], LAST_DAYS.few) ? i + 2 : i + 1;
  if (!is(tokens[last], LAST_DAYS.past)) return undefined;
  const span = two ? LAST_DAYS_SPAN.two : LAST_DAYS_SPAN.days;
  return { expr: { start: i, end: last + 1, kind: 'day', from: ref === null ? null : ref - span, to: ref, relative: true }, last };
};

/** «مطلع الأسبوع»: from the most recent Saturday to two days later, not after the reference. */
const startOfWeek: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(is(t, START_OF) && is(tokens[i + 1], WEEK))) return undefined;
  let from: number | null = null;
  let to: number | null = null;
  if (ref !== null) {
    const back = (weekdayOf(ref) - 6 + 7) % 7 || 7;
    from = ref - back;
    to = Math.min(from + 2, ref);
  }
  return { expr: { start: i, end: i + 2, kind: 'day', from, to, relative: true }, last: i + 1 };
};

/**
 * «في نهاية الأسبوع»: the weekend just past, Friday to Sunday (the Arab and the Western weekend
 * both fall in it), not after the reference; a report of a Friday or a Saturday means the one
 * under way.
 */
const endOfWeek: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(is(t, END_OF) && is(tokens[i + 1], WEEK) && !is(tokens[i + 2], LAST_WEEK_AFTER))) return undefined;
  let from: number | null = null;
  let to: number | null = null;
  if (ref !== null) {
    from = ref - ((weekdayOf(ref) - 5 + 7) % 7);
    to = Math.min(from + 2, ref);
  }
  return { expr: { start: i, end: i + 2, kind: 'day', from, to, relative: true }, last: i + 1 };
};

/**
 * «الأسبوع الماضي»: the week before the current one. The Arab press counts weeks from Saturday, Western and
 * Ukrainian ones on Monday, and a report does not say which it counts: the span holds both readings, from
 * the earlier start to the later end, never reaching the reference day.
 */
const lastWeek: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!is(t, WEEK)) return undefined;
  // «الأسبوع قبل الماضي»: the week before that
  const before = beforeLast(tokens, i + 1);
  if (!before && !is(tokens[i + 1], LAST_WEEK_AFTER)) return undefined;
  const span = ref === null ? null : lastWeekSpan(ref);
  const back = before ? 7 : 0;
  const end = before ? i + 3 : i + 2;
  return {
    expr: { start: i, end, kind: 'day', from: span && span.from - back, to: span && span.to - back, relative: true },
    last: end - 1,
  };
};

function lastWeekSpan(ref: number): { from: number; to: number } {
  const saturdayWeek = ref - 7 - ((weekdayOf(ref) + 1) % 7);
  const mondayWeek = ref - 7 - ((weekdayOf(ref) + 6) % 7);
  return { from: Math.min(saturdayWeek, mondayWeek), to: Math.min(Math.max(saturdayWeek, mondayWeek) + 6, ref - 1) };
}

/** «قبل الماضي» («الأسبوع قبل الماضي», «الشهر قبل الماضي»): the one before the last, at token `k`. */
const beforeLast = (tokens: readonly Token[], k: number) => tokens[k]?.text === AGO && is(tokens[k + 1], [...PAST]);

/**
 * «مطلع الأسبوع الماضي»: the first days of last week (either reading); «أواخر/نهاية الأسبوع الماضي»: the weekend
 * (Friday to Sunday) before the one under way or just past — on a Monday the weekend just gone, on a Friday the one
 * a week before.
 */
const partOfLastWeek: DateMatcher = ({ tokens, i, t, ref }) => {
  const start = is(t, START_OF);
  if (!((start || is(t, END_OF)) && is(tokens[i + 1], WEEK) && is(tokens[i + 2], LAST_WEEK_AFTER))) return undefined;
  let from: number | null = null;
  let to: number | null = null;
  if (ref !== null && start) {
    from = lastWeekSpan(ref).from;
    to = from + 3;
  } else if (ref !== null) {
    from = ref - ((weekdayOf(ref) - 5 + 7) % 7);
    if (from + 2 >= ref) from -= 7;
    to = from + 2;
  }
  return { expr: { start: i, end: i + 3, kind: 'day', from, to, relative: true }, last: i + 2 };
};

/** «مطلع الشهر الجاري», «أوائل الشهر الماضي»: the first ten days of that month, not after the reference; after «منذ», up to it. */
const startOfMonth: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(is(t, START_OF) && is(tokens[i + 1], MONTH))) return undefined;
  const past = is(tokens[i + 2], [...PAST]);
  if (!past && !is(tokens[i + 2], [...CURRENT])) return undefined;
  const span = { start: i, end: i + 3, kind: 'day' as const, relative: true };
  if (ref === null) return { expr: { ...span, from: null, to: null }, last: i + 2 };
  const y = yearOf(ref);
  const m = monthOf(ref);
  const [py, pm] = past ? (m === 1 ? [y - 1, 12] : [y, m - 1]) : [y, m];
  const from = dayNumber(py, pm, 1);
  // «منذ مطلع الشهر الجاري»: a state from its first days up to the report
  const since = is(tokens[i - 1], SINCE);
  return { expr: { ...span, from, to: since ? ref : Math.min(from + 9, ref) }, last: i + 2 };
};

/** «الشهر الماضي», «العام الماضي». */
const lastMonthOrYear: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(is(t, MONTH) || is(t, YEAR))) return undefined;
  // «الشهر قبل الماضي», «العام قبل الماضي»: the one before the last
  const twice = beforeLast(tokens, i + 1);
  if (!twice && !is(tokens[i + 1], [...PAST])) return undefined;
  const month = is(t, MONTH);
  const back = twice ? 2 : 1;
  const last = twice ? i + 2 : i + 1;
  const span = { start: i, end: last + 1, relative: true };
  if (ref === null) return { expr: { ...span, kind: month ? 'month' : 'year', from: null, to: null }, last };
  const y = yearOf(ref);
  if (!month) return { expr: { ...span, kind: 'year', from: dayNumber(y - back, 1, 1), to: dayNumber(y - back, 12, 31) }, last };
  const months = y * 12 + monthOf(ref) - 1 - back;
  const [py, pm] = [Math.floor(months / 12), (months % 12) + 1];
  return { expr: { ...span, kind: 'month', from: dayNumber(py, pm, 1), to: lastDay(py, pm) }, last };
};

/**
 * «الأسبوع الجاري», «هذا الأسبوع», «خلال الشهر الحالي», «العام الجاري»: from the start of the current week
 * (the earlier of its Saturday and its Monday), month or year up to the reference.
 */
const currentPeriod: DateMatcher = ({ tokens, i, t, ref }) => {
  const unit = is(t, WEEK) ? 'week' : is(t, MONTH) ? 'month' : is(t, YEAR) ? 'year' : undefined;
  if (!unit) return undefined;
  const after = is(tokens[i + 1], [...CURRENT]);
  const before = !after && is(tokens[i - 1], THIS);
  if (!after && !before && !partOfCurrent(tokens, i)) return undefined;
  const kind: DateKind = unit === 'week' ? 'day' : unit;
  const span = { start: before ? i - 1 : i, end: after ? i + 2 : i + 1, kind, relative: true };
  return { expr: { ...span, from: ref === null ? null : periodStart(unit, ref), to: ref }, last: span.end - 1 };
};

/**
 * «مطلع العام», «منتصف الشهر», «منذ بداية العام»: a part word before a bare week, month or year word names a part of
 * the current one (narrowed by time/ranges.ts). Not before a year number or a modifier of its own («نهاية العام 2023»,
 * «أواخر العام الماضي» are read elsewhere).
 */
function partOfCurrent(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !prev.variants.some((v) => PERIOD_PARTS[v] !== undefined)) return false;
  return !next || (next.kind !== 'number' && !is(next, [...PAST, ...NEXT]) && !beforeLast(tokens, i + 1));
}

function periodStart(unit: 'week' | 'month' | 'year', ref: number): number {
  if (unit === 'month') return dayNumber(yearOf(ref), monthOf(ref), 1);
  if (unit === 'year') return dayNumber(yearOf(ref), 1, 1);
  return ref - Math.max((weekdayOf(ref) + 1) % 7, (weekdayOf(ref) + 6) % 7);
}

/** Expressions relative to the reference day, in the order they are tried. */
export const RELATIVE_MATCHERS: readonly DateMatcher[] = [
  earlier,
  runningDay,
  dayOfSameMonth,
  sameDayEarlierYear,
  anniversary,
  feastDay,
  dayAfter,
  dayBeforeYesterday,
  yesterday,
  beforeYear,
  daysAgo,
  daysLater,
  today,
  tomorrow,
  sinceDays,
  lastHours,
  overDays,
  recentStretch,
  lastDays,
  partOfLastWeek,
  startOfWeek,
  startOfMonth,
  endOfWeek,
  lastWeek,
  lastMonthOrYear,
  currentPeriod,
];
