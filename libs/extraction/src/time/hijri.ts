import { CONCORDANT, HIJRI_ERA, HIJRI_MONTHS, HIJRI_MONTHS2, HIJRI_NEEDS_YEAR } from '../lexicon/time/calendar-names.js';
import type { Token } from '../text/tokens.js';
import type { DateMatcher } from './matcher.js';
import { monthOf, weekdayOf, yearOf } from './calendar.js';
import { CURRENT, PAST } from '../lexicon/time/modifiers.js';
import { dayNumberToken, has, monthAt, ordinalAt, weekdayToken } from './time-tokens.js';

/**
 * Hijri dates: «الخامس من رمضان 1445», «1 محرم 1446 هـ». Day numbers come from the Umm al-Qura calendar (Saudi
 * Arabia's civil calendar, which the Gulf and Yemeni press follows) through Node's ICU (`Intl.DateTimeFormat`,
 * calendar «islamic-umalqura»); without it, from the tabular Islamic calendar (a fixed 30-year cycle of leap
 * years), which can be a day or two off the calendar as sighted. A Gregorian date given beside the Hijri one
 * («… 1445 هـ الموافق 15 مارس 2024») is preferred: the Hijri date is then skipped and the Gregorian one read.
 */
export function hijriMonthAt(tokens: readonly Token[], i: number): { m: number; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) {
    const two = HIJRI_MONTHS2[v];
    if (two) {
      const n = tokens[i + 1];
      const m = n && n.variants.map((x) => two[x]).find((x) => x !== undefined);
      if (m !== undefined) return { m, end: i + 2 };
      continue;
    }
    const m = HIJRI_MONTHS[v];
    if (m !== undefined && !/^[وف]?[بل]?ال/.test(t.text)) return { m, end: i + 1 };
  }
  return undefined;
}

/** A Hijri day, month and year as a day number (days since 1970-01-01). */
export function hijriDay(y: number, m: number, d: number): number {
  const key = (y * 13 + m) * 32 + d;
  let day = HIJRI_DAYS.get(key);
  if (day === undefined) {
    day = umalquraDay(y, m, d) ?? tabularDay(y, m, d);
    if (HIJRI_DAYS.size >= 1000) HIJRI_DAYS.clear();
    HIJRI_DAYS.set(key, day);
  }
  return day;
}
const HIJRI_DAYS = new Map<number, number>();

/**
 * The tabular (arithmetical) Islamic calendar: months of 30 and 29 days in turn, the last of the year 30 days in
 * 11 years of every 30; day 1 of Muharram of year 1 is 16 July 622 (Julian), Julian day 1948439.5 (the «civil» epoch).
 */
export function tabularDay(y: number, m: number, d: number): number {
  const jd = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439.5 - 1;
  return Math.round(jd - 2440587.5);
}

/** The Umm al-Qura day: the tabular estimate moved to where ICU's calendar gives the same Hijri date (a few days either way). */
function umalquraDay(y: number, m: number, d: number): number | undefined {
  const f = umalqura();
  if (!f) return undefined;
  const guess = tabularDay(y, m, d);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const h = hijriOf(f, guess + delta);
    if (h && h.y === y && h.m === m && h.d === d) return guess + delta;
  }
  return undefined;
}

let formatter: Intl.DateTimeFormat | null | undefined;
function umalqura(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      formatter = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

function hijriOf(f: Intl.DateTimeFormat, day: number): { y: number; m: number; d: number } | undefined {
  const parts = f.formatToParts(new Date(day * 86400000));
  const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  const [y, m, d] = [part('year'), part('month'), part('day')];
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? { y, m, d } : undefined;
}

/** The Hijri year of a day (for a date without one). */
export function hijriYearOf(day: number): number {
  const f = umalqura();
  const h = f && hijriOf(f, day);
  return h ? h.y : Math.floor(((day - tabularDay(1, 1, 1)) * 30) / 10631) + 1;
}

/**
 * «الخامس من رمضان 1445», «1 محرم 1446 هـ», «في 12 ربيع الأول»: a day, a Hijri month, and a Hijri year (1300–1600) or
 * the era mark; without a year, the latest such day not after the reference. Skipped (no date) when a Gregorian date
 * follows it («الموافق 15 مارس 2024»).
 */
export const hijriDate: DateMatcher = ({ tokens, i, ref }) => {
  const num = dayNumberToken(tokens[i]);
  const ord = num === undefined ? ordinalAt(tokens, i) : undefined;
  const d = num ?? ord?.d;
  if (d === undefined || d > 30) return undefined;
  let j = num !== undefined ? i + 1 : ord!.end;
  if (has(tokens[j], 'من')) j++;
  const mo = hijriMonthAt(tokens, j);
  if (!mo) return undefined;
  const year = hijriYearAt(tokens, mo.end);
  const y = year?.year;
  let end = year?.end ?? mo.end;
  const era = !year && isEra(tokens[end]);
  if (era) end++;
  if (y === undefined && !era && HIJRI_NEEDS_YEAR.has(mo.m)) return undefined;
  if (gregorianBeside(tokens, end)) return { last: end - 1 };
  let from: number | null = null;
  if (y !== undefined) from = hijriDay(y, mo.m, d);
  else if (ref !== null) {
    const hy = hijriYearOf(ref);
    from = hijriDay(hy, mo.m, d);
    if (from > ref + 1) from = hijriDay(hy - 1, mo.m, d);
  }
  if (from !== null) from = onWeekday(from, tokens, i);
  // with its year, the Gregorian day it falls on is an explicit date (a weekday before it names it, as before «26 أيار»)
  const dm = y !== undefined && from !== null ? { d: dayOfMonth(from), m: monthOf(from), y: yearOf(from) } : undefined;
  return { expr: { start: i, end, kind: 'day', from, to: from, relative: y === undefined, ...(dm && { dm }) }, last: end - 1 };
};

/**
 * «السبت 14 رمضان 1435»: the weekday named before a Hijri date settles the day or two by which the calendar as
 * sighted (in Gaza, in Yemen) may differ from Umm al-Qura's.
 */
function onWeekday(day: number, tokens: readonly Token[], i: number): number {
  const wd = weekdayToken(tokens[i - 1]) ?? (tokens[i - 1]?.text === '،' ? weekdayToken(tokens[i - 2]) : undefined);
  if (wd === undefined) return day;
  for (const delta of [0, 1, -1, 2, -2]) if (weekdayOf(day + delta) === wd) return day + delta;
  return day;
}

/** «… 1445 هـ الموافق 15 مارس 2024», «5 رمضان (15 مارس)»: a Gregorian day-month just after `k`. */
function gregorianBeside(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (dayNumberToken(t) !== undefined) return !!monthAt(tokens, j + 1) || (has(tokens[j + 1], 'من') && !!monthAt(tokens, j + 2));
    if (!(t.kind === 'punct' || CONCORDANT.some((w) => t.variants.includes(w)))) return false;
  }
  return false;
}

const dayOfMonth = (day: number) => new Date(day * 86400000).getUTCDate();

/**
 * «خلال شهر رمضان 1445», «في رمضان 1445 هـ», «شهر رمضان الماضي», «منذ بداية شهر رمضان»: a Hijri month without a
 * day, as its span of days. It needs its Hijri year, or «شهر» before it («رمضان قديروف», «رجب طيب أردوغان» are names);
 * without a year, the latest such month begun by the reference («الماضي»: the one before it, when it is under way).
 */
export const hijriMonth: DateMatcher = ({ tokens, i, ref }) => {
  const mo = hijriMonthAt(tokens, i);
  if (!mo) return undefined;
  const cued = has(tokens[i - 1], 'شهر');
  const year = hijriYearAt(tokens, mo.end);
  const y = year?.year;
  let end = year?.end ?? mo.end;
  if (y === undefined && !cued) return undefined;
  const past = y === undefined && !!tokens[end] && tokens[end]!.variants.some((v) => PAST.has(v));
  if (y === undefined && !!tokens[end] && (past || tokens[end]!.variants.some((v) => CURRENT.has(v)))) end++;
  const start = cued ? i - 1 : i;
  // «قبل شهر رمضان», «بعد شهر رمضان»: a time outside the month
  if (BEFORE_AFTER.some((w) => has(tokens[start - 1], w))) return { last: end - 1 };
  let hy: number | null = y ?? null;
  if (hy === null && ref !== null) {
    hy = hijriYearOf(ref);
    if (hijriDay(hy, mo.m, 1) > ref) hy--;
    if (past && monthEnd(hy, mo.m) >= ref) hy--;
  }
  const from = hy === null ? null : hijriDay(hy, mo.m, 1);
  let to = hy === null ? null : monthEnd(hy, mo.m);
  if (to !== null && ref !== null && from !== null && from <= ref) to = Math.min(to, ref);
  const hijriMonthEnd = hy === null ? undefined : monthEnd(hy, mo.m);
  return { expr: { start, end, kind: 'month', from, to, relative: y === undefined, hijriMonthEnd }, last: end - 1 };
};

const BEFORE_AFTER: readonly string[] = ['قبل', 'بعد'];

/** «1445», «1445 هـ»: a Hijri year at `at` (1300–1600) and its era mark, if one follows. */
function hijriYearAt(tokens: readonly Token[], at: number): { year: number; end: number } | undefined {
  const t = tokens[at];
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text)) return undefined;
  const year = Number(t.text);
  if (year < 1300 || year > 1600) return undefined;
  return { year, end: isEra(tokens[at + 1]) ? at + 2 : at + 1 };
}

const isEra = (t: Token | undefined): boolean => !!t && HIJRI_ERA.some((w) => t.variants.includes(w));

/** The last day of a Hijri month: the day before the first of the next. */
const monthEnd = (y: number, m: number) => (m === 12 ? hijriDay(y + 1, 1, 1) : hijriDay(y, m + 1, 1)) - 1;
