import { ORDINALS } from '../lexicon/time/ordinals.js';
import { PAST } from '../lexicon/time/modifiers.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, weekdayOf, yearOf } from './calendar.js';
import { relativeDay, type DateMatch, type DateMatcher, type DateSite } from './matcher.js';
import { has, weekdayToken } from './time-tokens.js';

/** «في وقت سابق»: some time before, unknown. */
const earlier: DateMatcher = ({ tokens, i, t }) =>
  has(t, 'وقت') && has(tokens[i + 1], 'سابق')
    ? { expr: { start: i, end: i + 2, kind: 'earlier', from: null, to: null, relative: false }, last: i + 1 }
    : undefined;

/** «غداة»: the day after an anchor, resolved later. */
const dayAfter: DateMatcher = ({ i, v }) =>
  v.includes('غداه')
    ? { expr: { start: i, end: i + 1, kind: 'day', from: null, to: null, relative: true, dayAfter: true }, last: i }
    : undefined;

/** A relative day word ending before `end`, with an optional weekday after it («أمس الثلاثاء»). */
function dayWithWeekday(site: DateSite, end: number, offset: number): DateMatch {
  const wd = weekdayToken(site.tokens[end]);
  const stop = wd !== undefined ? end + 1 : end;
  return { expr: relativeDay(site, { start: site.i, end: stop }, offset, wd !== undefined ? { weekday: wd } : {}), last: stop - 1 };
}

/** «أول من أمس», «أول أمس». */
const dayBeforeYesterday: DateMatcher = (site) => {
  const { tokens, i, v } = site;
  if (!(v.includes('اول') && ((has(tokens[i + 1], 'من') && has(tokens[i + 2], 'امس')) || has(tokens[i + 1], 'امس')))) return undefined;
  return dayWithWeekday(site, has(tokens[i + 1], 'من') ? i + 3 : i + 2, 2);
};

/** «أمس», «البارحة», «الليلة الماضية». */
const yesterday: DateMatcher = (site) => {
  const { tokens, i, v } = site;
  const lastNight = v.includes('الليله') && (has(tokens[i + 1], 'الماضيه') || has(tokens[i + 1], 'السابقه'));
  if (!(v.includes('امس') || v.includes('البارحه') || lastNight)) return undefined;
  return dayWithWeekday(site, v.includes('الليله') ? i + 2 : i + 1, 1);
};

const isOrdinal = (t: Token) => ORDINALS[t.text] !== undefined || t.variants.some((x) => ORDINALS[x] !== undefined);

/** «اليوم» («روسيا اليوم» is RT, «اليوم الأول من الغزو» is no date); «اليوم الثلاثاء 13 سبتمبر» lets the date after it be read too. */
const today: DateMatcher = (site) => {
  const { tokens, i, t, v } = site;
  if (!(v.includes('اليوم') && /^[وف]?[بل]?اليوم$/.test(t.text))) return undefined;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.variants.includes('روسيا')) return { last: i };
  if (next && isOrdinal(next)) return { last: i };
  const wd = weekdayToken(next);
  const expr = relativeDay(site, { start: i, end: wd !== undefined ? i + 2 : i + 1 }, 0, wd !== undefined ? { weekday: wd } : {});
  return { expr, last: wd !== undefined ? i + 1 : i };
};

/** «غدا», «غد». */
const tomorrow: DateMatcher = (site) => {
  const { tokens, i, v } = site;
  if (!((v.includes('غدا') || v.includes('غد')) && !v.includes('غداه'))) return undefined;
  const wd = weekdayToken(tokens[i + 1]);
  const expr = relativeDay(site, { start: i, end: wd !== undefined ? i + 2 : i + 1 }, -1, wd !== undefined ? { weekday: wd } : {});
  return { expr, last: wd !== undefined ? i + 1 : i };
};

/** «منذ أسبوع», «منذ أيام», «منذ يومين»: up to the reference. */
const sinceDays: DateMatcher = ({ tokens, i, v, ref }) => {
  if (!(v.includes('منذ') && (has(tokens[i + 1], 'اسبوع') || has(tokens[i + 1], 'ايام') || has(tokens[i + 1], 'يومين')))) return undefined;
  const span = has(tokens[i + 1], 'يومين') ? 2 : 7;
  return { expr: { start: i, end: i + 2, kind: 'day', from: ref === null ? null : ref - span, to: ref, relative: true }, last: i + 1 };
};

/** «خلال الساعات الـ24 الماضية», «في أقل من 48 ساعة». */
const lastHours: DateMatcher = ({ tokens, i, v, ref }) => {
  if (!(v.includes('ساعه') || v.includes('الساعات'))) return undefined;
  const p = tokens[i - 1];
  if (!(p && p.kind === 'number' && (p.value === 24 || p.value === 48))) return undefined;
  const from = ref === null ? null : ref - (p.value === 48 ? 2 : 1);
  return { expr: { start: i - 1, end: i + 1, kind: 'day', from, to: ref, relative: true }, last: i };
};

/** «مطلع الأسبوع»: from the most recent Saturday to two days later, not after the reference. */
const startOfWeek: DateMatcher = ({ tokens, i, v, ref }) => {
  if (!((v.includes('مطلع') || v.includes('بدايه') || v.includes('اوائل')) && has(tokens[i + 1], 'الاسبوع'))) return undefined;
  let from: number | null = null;
  let to: number | null = null;
  if (ref !== null) {
    const back = (weekdayOf(ref) - 6 + 7) % 7 || 7;
    from = ref - back;
    to = Math.min(from + 2, ref);
  }
  return { expr: { start: i, end: i + 2, kind: 'day', from, to, relative: true }, last: i + 1 };
};

/** «الأسبوع الماضي»: the previous Saturday-to-Friday week. */
const lastWeek: DateMatcher = ({ tokens, i, v, ref }) => {
  if (!(v.includes('الاسبوع') && (has(tokens[i + 1], 'الماضي') || has(tokens[i + 1], 'المنصرم')))) return undefined;
  const from = ref === null ? null : ref - 7 - ((weekdayOf(ref) + 1) % 7);
  const to = ref === null ? null : ref - ((weekdayOf(ref) + 1) % 7) - 1;
  return { expr: { start: i, end: i + 2, kind: 'day', from, to, relative: true }, last: i + 1 };
};

/** «الشهر الماضي», «العام الماضي». */
const lastMonthOrYear: DateMatcher = ({ tokens, i, v, ref }) => {
  const next = tokens[i + 1];
  if (!(
    (v.includes('الشهر') || v.includes('العام') || v.includes('السنه')) &&
    next &&
    PAST.has(next.variants.find((x) => PAST.has(x)) ?? '')
  ))
    return undefined;
  const month = v.includes('الشهر');
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
  today,
  tomorrow,
  sinceDays,
  lastHours,
  startOfWeek,
  lastWeek,
  lastMonthOrYear,
];
