import {
  BOUNDED_SPAN_MAX_DAYS,
  DATELINE_HEAD,
  DATELINE_MARKS,
  EQUIVALENT,
  EQUIVALENT_REACH,
  MONTH_PART_DAYS,
  PERIOD_PARTS,
  YEAR_PART_MONTHS,
  NIGHT_INTO,
  RANGE_JOINERS,
  RANGE_PUNCTUATION,
  SINCE_PARTS,
  SINCE_WORD,
  SPAN_FROM,
  SPAN_TO,
  SPAN_UNTIL,
  SUPERLATIVE,
  UNTIL,
  UNTIL_PARTS,
} from '../lexicon/time/modifiers.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, yearOf } from './calendar.js';
import type { DateExpr } from './types.js';

/** «أعنف قتال ... منذ عام 2020», «أعنف مواجهات منذ حرب 2020»: a yardstick year, not the time of the event. */
export function markComparisons(tokens: readonly Token[], out: DateExpr[]) {
  for (const e of out) {
    if (e.kind !== 'year' && e.kind !== 'month') continue;
    const since = openerAt(tokens, e.start, SINCE_WORD, SINCE_PARTS);
    if (since < 0) continue;
    for (let k = Math.max(0, since - 8); k < since; k++) {
      if (SUPERLATIVE.test(tokens[k].text)) {
        e.kind = 'comparison';
        break;
      }
    }
  }
}

/**
 * «أواخر الشهر الماضي», «منتصف نيسان», «مطلع العام الجاري», «نهاية عام 2023»: a part word before a month narrows it to
 * ten days (a span of days), before a year to a few months; never past the reference when the period is under way, and
 * never ahead of it when the part of a period named without its year is still to come (partOfMonthBefore).
 * A yardstick («أعنف … منذ مطلع العام») stays the whole period.
 */
export function narrowToParts(tokens: readonly Token[], out: DateExpr[], ref: number | null) {
  for (const e of out) {
    if ((e.kind !== 'month' && e.kind !== 'year') || e.from === null || e.to === null || e.start === 0) continue;
    // a decade («مطلع التسعينيات») is left whole
    if (yearOf(e.from) !== yearOf(e.to)) continue;
    // «أواخر شهر مارس»: the calendar word between
    const at = e.start >= 2 && tokens[e.start - 1]!.variants.includes('شهر') ? e.start - 1 : e.start;
    const form = tokens[at - 1]!.variants.find((v) => PERIOD_PARTS[v] !== undefined);
    if (!form) continue;
    const part = PERIOD_PARTS[form]!;
    const y = yearOf(e.from);
    let from: number;
    let to: number;
    if (e.kind === 'month' && e.hijriMonthEnd !== undefined) {
      // a Hijri month («أواخر شهر رمضان»): the same ten-day parts, counted from its first day
      const [a, b] = MONTH_PART_DAYS[part];
      from = e.from + a - 1;
      to = Math.min(e.from + b - 1, e.hijriMonthEnd);
    } else if (e.kind === 'month') {
      const m = monthOf(e.from);
      const [a, b] = MONTH_PART_DAYS[part];
      from = dayNumber(y, m, a);
      to = Math.min(dayNumber(y, m, b), lastDay(y, m));
    } else {
      const [a, b] = YEAR_PART_MONTHS[part];
      from = dayNumber(y, a, 1);
      to = lastDay(y, b);
    }
    // «منذ مطلع العام الجاري», «منذ أواخر الشهر الماضي»: the part moves the start of a state; it still lasts to the report
    if (at >= 2 && SINCE_WORD.some((w) => tokens[at - 2]!.variants.includes(w))) {
      Object.assign(e, { start: at - 1, from });
      continue;
    }
    const kind = e.kind === 'month' ? 'day' : 'month';
    // «منتصف الشهر الجاري» in a report of the 3rd: days to come are no past event's
    if (ref !== null && from > ref && e.relative) {
      Object.assign(e, { start: at - 1, ...partOfMonthBefore(e, part, ref), kind });
      continue;
    }
    if (ref !== null && from <= ref) to = Math.min(to, ref);
    Object.assign(e, { start: at - 1, from, to, kind });
  }
}

/**
 * A part of the month under way that is still to come, in a report of the month's first days: written in the last
 * days of the month before and put online since («منتصف الشهر الجاري» of a report of 3 May is mid-April), the part of
 * that month; later in the month, or in a Hijri month or a year, unknown.
 */
function partOfMonthBefore(e: DateExpr, part: 'start' | 'middle' | 'end', ref: number): { from: number | null; to: number | null } {
  const m = monthOf(ref);
  const early = ref - dayNumber(yearOf(ref), m, 1) < MONTH_PART_DAYS.start[1];
  if (e.kind !== 'month' || e.hijriMonthEnd !== undefined || !early || e.from === null || monthOf(e.from) !== m)
    return { from: null, to: null };
  const [y, pm] = m === 1 ? [yearOf(ref) - 1, 12] : [yearOf(ref), m - 1];
  const [a, b] = MONTH_PART_DAYS[part];
  return { from: dayNumber(y, pm, a), to: Math.min(dayNumber(y, pm, b), lastDay(y, pm)) };
}

/**
 * «أمر بوقف القتال حتى منتصف ليل الأحد»: a day after «حتى» ends a span; it is no event's day and
 * no running date. «حتى اليوم» (up to today) stays today.
 */
export function markDeadlines(tokens: readonly Token[], out: DateExpr[]) {
  for (const e of out) if (e.kind === 'day' && e.offset !== 0 && openedBy(tokens, e.start, UNTIL, UNTIL_PARTS)) e.kind = 'deadline';
}

/**
 * «منذ منتصف ليل السبت حتى صباح الأحد», «من مساء الخميس إلى فجر السبت»: a day opened by «من»/«منذ» (through a part
 * of the day) and a later day opened, right after it, by «حتى»/«إلى» are the two ends of one span: neither the start
 * of a state lasting to the report nor a deadline. Runs before markDeadlines and markSince.
 */
export function joinBoundedSpans(tokens: readonly Token[], out: DateExpr[]) {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1];
    const b = out[k];
    if (a.kind !== 'day' || b.kind !== 'day' || a.from === null || b.from === null || a.dayAfter || b.dayAfter) continue;
    const until = openerAt(tokens, b.start, SPAN_UNTIL, UNTIL_PARTS);
    if (until !== a.end || openerAt(tokens, a.start, SPAN_FROM, UNTIL_PARTS) < 0) continue;
    const to = b.to ?? b.from;
    if (to < a.from || to - a.from > BOUNDED_SPAN_MAX_DAYS) continue;
    out.splice(k - 1, 2, { ...a, end: b.end, to });
  }
}

/** «منذ أكتوبر 2023», «منذ مطلع الشهر», «منذ فجر الأحد»: the date opens a state that lasts to the report. */
export function markSince(tokens: readonly Token[], out: DateExpr[]) {
  for (const e of out) if (e.kind !== 'comparison' && openedBy(tokens, e.start, SINCE_WORD, SINCE_PARTS)) e.since = true;
}

/** Where one of `words` stands right before token `start`, with at most two of `parts` («منتصف ليل») between; -1: none. */
function openerAt(tokens: readonly Token[], start: number, words: readonly string[], parts: readonly string[]): number {
  for (let k = start - 1, n = 0; k >= 0 && n <= 2; k--, n++) {
    const v = tokens[k]!.variants;
    if (words.some((w) => v.includes(w))) return k;
    if (!parts.some((w) => v.includes(w))) return -1;
  }
  return -1;
}
const openedBy = (tokens: readonly Token[], start: number, words: readonly string[], parts: readonly string[]) =>
  openerAt(tokens, start, words, parts) >= 0;

/**
 * «الخرطوم، 10 مايو 2024 (رويترز) -», «طرابلس (ليبيا) - 9 مايو 2024 -»: a date at the head of a sentence, after
 * nothing but a place name, and closed by a dash, a parenthesis or a colon, is the dateline's filing date.
 */
export function markDatelines(tokens: readonly Token[], out: DateExpr[]) {
  let from = 0;
  for (const e of out) {
    if (e.start - from > DATELINE_HEAD || !DATELINE_MARKS.includes(tokens[e.end]?.text ?? '')) return;
    for (let k = from; k < e.start; k++) if (tokens[k]!.kind === 'number') return;
    e.dateline = true;
    from = e.end;
  }
}

/**
 * «ليل السبت- الأحد», «ليلة 12 وصباح 13 سبتمبر», and a night into the next day («ليل الخميس على الجمعة»,
 * «ليلة 31 ديسمبر إلى 1 يناير»): adjacent day expressions form one range.
 */
export function mergeRanges(tokens: readonly Token[], out: DateExpr[]) {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1];
    const b = out[k];
    if (a.kind !== 'day' || b.kind !== 'day' || a.from === null || b.from === null || a.dayAfter || b.dayAfter) continue;
    const gap = b.start - a.end;
    // «الأربعاء 15 شوال 1445هـ الموافق 24 أبريل 2024», «الأربعاء الموافق 24 أبريل»: the date «الموافق» gives is the weekday's
    // (when the weekday read alone falls on another day)
    const equivalent = gap <= EQUIVALENT_REACH && a.from !== b.from && tokens[b.start - 1]!.variants.includes(EQUIVALENT);
    if (gap > 2 && !equivalent) continue;
    // «الاثنين 26 أيار 2003», «يوم الأحد، 10 مارس»: the weekday names the date after it; the date is the day
    const adjacent = gap === 0 || (gap === 1 && tokens[a.end]!.text === '،') || equivalent;
    if (a.weekday !== undefined && !a.dm && b.dm && !b.weekday && adjacent) {
      out.splice(k - 1, 2, { ...b, start: a.start, weekday: a.weekday });
      continue;
    }
    if (spanBetween(tokens, a, b)) {
      out.splice(k - 1, 2, { ...b, start: a.start, from: a.from, to: b.to ?? b.from, dm: a.dm, weekday: undefined });
      continue;
    }
    const nextDay = b.from === (a.to ?? a.from) + 1;
    let joined = true;
    for (let g = a.end; g < b.start; g++) {
      const x = tokens[g];
      const joiner = RANGE_JOINERS.some((w) => x.variants.includes(w)) || (nextDay && NIGHT_INTO.includes(x.text));
      if (!(RANGE_PUNCTUATION.includes(x.text) || joiner)) joined = false;
    }
    if (!joined) continue;
    if (Math.abs(b.from - a.from) > 3) continue;
    const from = Math.min(a.from, b.from);
    const to = Math.max(a.to ?? a.from, b.to ?? b.from);
    out.splice(k - 1, 2, { ...b, ...a, start: a.start, end: b.end, from, to, dm: b.dm ?? a.dm, weekday: a.weekday ?? b.weekday });
  }
}

/**
 * «من 28 شباط إلى 2 آذار», «بين 28 شباط و2 آذار»: two explicit dates joined by «إلى»/«حتى» after «من», or by
 * «و» after «بين», are the ends of one span (up to a month long), forward in time.
 */
function spanBetween(tokens: readonly Token[], a: DateExpr, b: DateExpr): boolean {
  if (!a.dm || !b.dm || b.start !== a.end + 1 || a.from === null || b.from === null) return false;
  if (b.from <= a.from || b.from - a.from > 31) return false;
  const opener = tokens[a.start - 1];
  const joiner = tokens[a.end]!;
  if (opener && opener.variants.includes('من')) return SPAN_TO.some((w) => joiner.variants.includes(w));
  return !!opener && opener.variants.includes('بين') && joiner.text === 'و';
}

/** Resolve «غداة X» expressions: the day after the nearest other resolved day. */
export function resolveDayAfter(exprs: DateExpr[], fallback: number | null) {
  for (const e of exprs) {
    if (!e.dayAfter) continue;
    let best: DateExpr | undefined;
    for (const o of exprs)
      if (
        o !== e &&
        o.kind === 'day' &&
        !o.dayAfter &&
        o.from !== null &&
        (!best || Math.abs(o.start - e.start) < Math.abs(best.start - e.start))
      )
        best = o;
    const anchor = best ? best.from : fallback;
    e.from = anchor === null ? null : anchor - 1;
    e.to = e.from;
  }
}
