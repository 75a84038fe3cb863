import { BARE_NIGHT, RUNNING_DAY, SAME_BEFORE_DAY, SAME_MONTH, TODAY } from '../lexicon/time/relative-words.js';
import { dayNumber, monthOf, yearOf } from './calendar.js';
import { dayNumberToken, ordinalAt } from './time-tokens.js';
import type { DateMatcher } from './matcher.js';
import type { DateExpr } from './types.js';

/** A running date longer than this is a period («في مارس»), no day to count from. */
const RUNNING_DAY_MAX_SPAN = 7;

const formIn = (variants: readonly string[], words: readonly string[]) => variants.some((v) => words.includes(v));

/**
 * «في اليوم السابق», «في اليوم التالي», «في اليوم نفسه», «في نفس اليوم»; «خلال الليل», «ليلاً», «في ساعة متأخرة من الليل»: a day or a
 * night counted from the day the story runs on, not from the report (resolveRunning); until then, from the reference.
 */
export const runningDay: DateMatcher = ({ tokens, i, t, ref }) => {
  // «في نفس اليوم», «وفي ذات اليوم»
  if (formIn(t.variants, SAME_BEFORE_DAY) && tokens[i + 1]?.text === SAME_DAY_NOUN) return sameDay(i, ref);
  // the written form: «الليلة» would give «الليل» among its variants
  const night = t.kind === 'word' && BARE_NIGHT.includes(t.text.replace(/^[وف]/, ''));
  const after = tokens[i + 1];
  const form = !night && formIn(t.variants, TODAY) && after ? after.variants.find((v) => Object.hasOwn(RUNNING_DAY, v)) : undefined;
  if (!night && form === undefined) return undefined;
  const fromRunning = night ? ('night' as const) : RUNNING_DAY[form!]!;
  const expr: DateExpr = { start: i, end: night ? i + 1 : i + 2, kind: 'day', from: null, to: null, relative: true, fromRunning };
  place(expr, ref === null ? null : { from: ref, to: ref }, ref);
  return { expr, last: expr.end - 1 };
};

const SAME_DAY_NOUN = 'اليوم';

function sameDay(i: number, ref: number | null) {
  const expr: DateExpr = { start: i, end: i + 2, kind: 'day', from: null, to: null, relative: true, fromRunning: 0 };
  place(expr, ref === null ? null : { from: ref, to: ref }, ref);
  return { expr, last: i + 1 };
}

/**
 * «في 15 من الشهر نفسه», «وفي العاشر من الشهر ذاته»: a day of the month the story runs on (resolveRunning); until
 * then, of the reference's month.
 */
export const dayOfSameMonth: DateMatcher = ({ tokens, i, t, ref }) => {
  const ordinal = dayNumberToken(t) === undefined ? ordinalAt(tokens, i) : undefined;
  const d = dayNumberToken(t) ?? ordinal?.d;
  if (d === undefined) return undefined;
  let k = ordinal ? ordinal.end : i + 1;
  if (formIn(tokens[k]?.variants ?? [], SAME_MONTH.of)) k++;
  if (!formIn(tokens[k]?.variants ?? [], SAME_MONTH.month) || !formIn(tokens[k + 1]?.variants ?? [], SAME_MONTH.same)) return undefined;
  const expr: DateExpr = { start: i, end: k + 2, kind: 'day', from: null, to: null, relative: true, runningMonthDay: d };
  placeInMonth(expr, ref, ref);
  return { expr, last: k + 1 };
};

/** The day `runningMonthDay` of the month of `anchor` (none when the month is shorter, or the day after the reference). */
function placeInMonth(e: DateExpr, anchor: number | null, ref: number | null) {
  const day = anchor === null ? null : dayNumber(yearOf(anchor), monthOf(anchor), e.runningMonthDay!);
  const fits = day !== null && anchor !== null && monthOf(day) === monthOf(anchor) && (ref === null || day <= ref);
  Object.assign(e, { from: fits ? day : null, to: fits ? day : null });
}

/**
 * Counts each day or night of `runningDay` (and places each day of `dayOfSameMonth`) from the nearest day before it in the sentence, else from the date the
 * story ran on before the sentence (`running`), else from the reference.
 */
export function resolveRunning(dates: readonly DateExpr[], running: { from: number | null; to: number | null } | null, ref: number | null) {
  let anchor = running;
  for (const e of dates) {
    if (e.fromRunning !== undefined) place(e, usable(anchor) ? anchor : ref === null ? null : { from: ref, to: ref }, ref);
    if (e.runningMonthDay !== undefined) placeInMonth(e, anchor?.from ?? ref, ref);
    if (e.kind === 'day' && !e.since && e.from !== null) anchor = { from: e.from, to: e.to };
  }
}

const usable = (s: { from: number | null; to: number | null } | null): s is { from: number; to: number } =>
  !!s && s.from !== null && s.to !== null && s.to - s.from <= RUNNING_DAY_MAX_SPAN;

/**
 * A night runs from the evening of a day into the small hours of the next: counted from the report's day it is the
 * night before (from yesterday evening), from an earlier day the night after it; a night already (two days) stays.
 * A day before or after is counted from the anchor's first or last day, never past the reference.
 */
function place(e: DateExpr, anchor: { from: number | null; to: number | null } | null, ref: number | null) {
  if (!anchor || anchor.from === null || anchor.to === null) return Object.assign(e, { from: null, to: null });
  const { from, to } = anchor;
  if (e.fromRunning === 'night') {
    if (to - from === 1) return Object.assign(e, { from, to });
    const late = ref === null || to >= ref;
    return Object.assign(e, late ? { from: to - 1, to } : { from: to, to: to + 1 });
  }
  const back = e.fromRunning ?? 0;
  if (back === 0) return Object.assign(e, { from, to });
  const day = back > 0 ? from - back : Math.min(to - back, ref ?? Infinity);
  return Object.assign(e, { from: day, to: day });
}
