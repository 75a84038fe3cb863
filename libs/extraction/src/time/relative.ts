import { ORDINALS } from '../lexicon/time/ordinals.js';
import { CURRENT, PAST } from '../lexicon/time/modifiers.js';
import {
  DAY_AFTER,
  DAY_BEFORE_YESTERDAY,
  EARLIER,
  END_OF,
  LAST_DAYS,
  LAST_DAYS_SPAN,
  HOURS,
  HOURS_DAYS,
  LAST_NIGHT,
  LAST_WEEK_AFTER,
  MONTH,
  NOT_TODAY_AFTER,
  SINCE,
  SINCE_SPANS,
  START_OF,
  TODAY,
  TODAY_FORM,
  TOMORROW,
  WEEK,
  YEAR,
  YESTERDAY,
  AGO,
  AGO_COUNTED_UNITS,
  AGO_COUNTS,
  AGO_FROM,
  AGO_UNITS,
  FIRST,
} from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, weekdayOf, yearOf } from './calendar.js';
import { relativeDay, type DateMatch, type DateMatcher, type DateSite } from './matcher.js';
import { weekdayToken } from './time-tokens.js';

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

const yesterday: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  const lastNight = is(t, LAST_NIGHT.word) && is(tokens[i + 1], LAST_NIGHT.next);
  if (!(is(t, YESTERDAY) || lastNight)) return undefined;
  // «أمس الأول»: the day before yesterday
  if (!lastNight && tokens[i + 1]?.text === FIRST) return dayWithWeekday(site, i + 2, 2);
  return dayWithWeekday(site, is(t, LAST_NIGHT.word) ? i + 2 : i + 1, 1);
};

/** «قبل يومين», «قبل ثلاثة أيام», «قبل 3 أيام», «قبل أسبوع» (a week: a day either side). */
const daysAgo: DateMatcher = (site) => {
  const { tokens, i, t } = site;
  if (t.text !== AGO && t.text !== 'و' + AGO) return undefined;
  let days = AGO_UNITS[tokens[i + 1]?.text ?? ''];
  let last = i + 1;
  if (days === undefined) {
    const n = tokens[i + 1];
    const count = n?.kind === 'number' ? n.value : AGO_COUNTS[n?.text ?? ''];
    const unit = AGO_COUNTED_UNITS[tokens[i + 2]?.text ?? ''];
    if (count === undefined || unit === undefined || count > 31) return undefined;
    days = count * unit;
    last = i + 2;
  }
  if (tokens[last + 1]?.text === AGO_FROM) return undefined;
  const expr = relativeDay(site, { start: i, end: last + 1 }, days);
  if (days >= 7 && expr.from !== null) return { expr: { ...expr, from: expr.from - 1, to: expr.from + 1 }, last };
  return { expr, last };
};

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

/** «منذ أسبوع», «منذ أيام», «منذ يومين»: up to the reference. */
const sinceDays: DateMatcher = ({ tokens, i, t, ref }) => {
  const unit = is(t, SINCE) ? spanAfter(tokens[i + 1], SINCE_SPANS) : undefined;
  if (unit === undefined) return undefined;
  const span = is(tokens[i + 1], ['يومين']) ? SINCE_SPANS['يومين'] : 7;
  return { expr: { start: i, end: i + 2, kind: 'day', from: ref === null ? null : ref - span, to: ref, relative: true }, last: i + 1 };
};

/** «خلال الساعات الـ24 الماضية», «في أقل من 48 ساعة». */
const lastHours: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!is(t, HOURS)) return undefined;
  const p = tokens[i - 1];
  const days = p && p.kind === 'number' && p.value !== undefined ? HOURS_DAYS[p.value] : undefined;
  if (days === undefined) return undefined;
  return { expr: { start: i - 1, end: i + 1, kind: 'day', from: ref === null ? null : ref - days, to: ref, relative: true }, last: i };
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

/** «الأسبوع الماضي»: the previous Saturday-to-Friday week. */
const lastWeek: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(is(t, WEEK) && is(tokens[i + 1], LAST_WEEK_AFTER))) return undefined;
  const from = ref === null ? null : ref - 7 - ((weekdayOf(ref) + 1) % 7);
  const to = ref === null ? null : ref - ((weekdayOf(ref) + 1) % 7) - 1;
  return { expr: { start: i, end: i + 2, kind: 'day', from, to, relative: true }, last: i + 1 };
};

/** «مطلع الشهر الجاري», «أوائل الشهر الماضي»: the first ten days of that month, not after the reference. */
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
  return { expr: { ...span, from, to: Math.min(from + 9, ref) }, last: i + 2 };
};

/** «الشهر الماضي», «العام الماضي». */
const lastMonthOrYear: DateMatcher = ({ tokens, i, t, ref }) => {
  const next = tokens[i + 1];
  if (!((is(t, MONTH) || is(t, YEAR)) && next && PAST.has(next.variants.find((x) => PAST.has(x)) ?? ''))) return undefined;
  const month = is(t, MONTH);
  const span = { start: i, end: i + 2, relative: true };
  if (ref === null) return { expr: { ...span, kind: month ? 'month' : 'year', from: null, to: null }, last: i + 1 };
  const y = yearOf(ref);
  const m = monthOf(ref);
  if (!month) return { expr: { ...span, kind: 'year', from: dayNumber(y - 1, 1, 1), to: dayNumber(y - 1, 12, 31) }, last: i + 1 };
  const pm = m === 1 ? 12 : m - 1;
  const py = m === 1 ? y - 1 : y;
  return { expr: { ...span, kind: 'month', from: dayNumber(py, pm, 1), to: lastDay(py, pm) }, last: i + 1 };
};

/** Expressions relative to the reference day, in the order they are tried. */
export const RELATIVE_MATCHERS: readonly DateMatcher[] = [
  earlier,
  dayAfter,
  dayBeforeYesterday,
  yesterday,
  daysAgo,
  today,
  tomorrow,
  sinceDays,
  lastHours,
  lastDays,
  startOfWeek,
  startOfMonth,
  endOfWeek,
  lastWeek,
  lastMonthOrYear,
];
