import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { RECAP_AFTER, RECAP_OF, RECAP_PASSING, RECAP_SPANS } from '../../lexicon/time/recap-words.js';
import type { Token } from '../../text/tokens.js';
import type { DateExpr } from '../../time/index.js';
import type { DateSpan } from './draft.js';
import { partitionPoint } from '../../text/partition-point.js';

/** How old a date must be, relative to the reference day, to be background. */
export const BACKGROUND_DAYS = 45;

export function isBackground(date: DateSpan | null, ref: number | null, expr: DateExpr | null): boolean {
  if (!date || date.to === null) return false;
  // «قبل أيام», «قبل سنوات»: an uncounted stretch back recalls, it does not report the day's news;
  // nor does what «خلال السنوات الماضية» dates
  if (expr?.vague || expr?.recap) return true;
  if (ref !== null) return date.to < ref - BACKGROUND_DAYS;
  return !!expr && expr.kind === 'year';
}

/**
 * The time expression a cue goes with: the nearest one before it in its clause,
 * else one just after it, else the nearest before it in the sentence, else
 * any later one in its clause; none → the sentence's running date.
 * `dates` come in text order (findDates reads left to right), so a binary search finds the
 * cue's place among them: a sentence flooded with time words and cues stays near linear.
 */
export function pickDate(
  dates: readonly DateExpr[],
  pos: number,
  clause: readonly number[] | null,
  cueStarts: readonly number[] = [],
): DateExpr | undefined {
  const firstAfter = firstStartingAfter(dates, pos);
  const inside = dates[firstAfter - 1];
  if (inside && inside.end > pos) return inside;
  const same = (d: DateExpr) => !clause || clause[Math.min(d.start, clause.length - 1)] === clause[Math.min(pos, clause.length - 1)];
  for (let k = firstAfter - 1; k >= 0; k--) if (same(dates[k]!)) return dates[k];
  // a later time word belongs to this cue only if no other event word stands between them
  const next = nextCueAfter(cueStarts, pos);
  for (let k = firstAfter; k < dates.length && dates[k]!.start - pos <= 8; k++) if (!(next < dates[k]!.start)) return dates[k];
  if (firstAfter > 0) return dates[firstAfter - 1];
  const after = dates[firstAfter];
  return after && !(next < after.start) ? after : undefined;
}

/** Index of the first expression starting after token `pos` (dates.length when none). */
function firstStartingAfter(dates: readonly DateExpr[], pos: number): number {
  return partitionPoint(dates.length, (i) => dates[i]!.start <= pos);
}

/** The day span a picked expression gives («في وقت سابق»: unknown), else the fallback; a span without a start is none. */
export function spanOf(expr: DateExpr | undefined, fallback: DateSpan | null): DateSpan | null {
  const date = expr ? (expr.kind === 'earlier' ? null : { from: expr.from, to: expr.to }) : fallback;
  return date && date.from === null ? null : date;
}

/**
 * The first event word after token `pos` (Infinity when none): another event word stands
 * between `pos` and a later token `at` exactly when it is before `at`. Asked for every cue and
 * place of a sentence, so the starts are sorted once and searched.
 */
export function nextCueAfter(cueStarts: readonly number[], pos: number): number {
  const sorted = sortedStarts(cueStarts);
  const next = partitionPoint(sorted.length, (i) => sorted[i]! <= pos);
  return next < sorted.length ? sorted[next]! : Infinity;
}

const sortedCopies = new WeakMap<readonly number[], readonly number[]>();
function sortedStarts(starts: readonly number[]): readonly number[] {
  let sorted = sortedCopies.get(starts);
  if (!sorted) sortedCopies.set(starts, (sorted = [...starts].sort((a, b) => a - b)));
  return sorted;
}

/**
 * A day named before a complementizer dates the statement, not the fact it reports
 * («أعلن الوزير، صباح الجمعة، أن 12 جنديا قتلوا»): told at dawn or in the morning, the fact
 * is often the day before. The event gets the statement's day and the day before it; a time
 * word inside the reported clause («أن 12 جنديا قتلوا أمس») stays the event's own.
 */
export function reportedSpan(expr: DateExpr | undefined, span: DateSpan | null, tokens: readonly Token[], pos: number): DateSpan | null {
  if (!expr || !span || expr.kind !== 'day' || span.from === null || expr.end > pos) return span;
  return complementizerIn(tokens, expr.end, pos) ? { from: span.from - 1, to: span.to } : span;
}

/**
 * «أعلن الرئيس، فجر الجمعة، أن 137 قتلوا. وقال إن 316 أصيبوا في المعارك»: a later sentence with no time word
 * of its own that reports what someone said, when the day it runs on is a statement's day, reports a fact of
 * that day or the day before, as the first telling did.
 */
export function retoldSpan(span: DateSpan | null, statementDay: boolean, tokens: readonly Token[], pos: number): DateSpan | null {
  if (!statementDay || !span || span.from === null) return span;
  return complementizerIn(tokens, 0, pos) ? { from: span.from - 1, to: span.to } : span;
}

/** A complementizer («أن», «إن») among tokens [from, to). */
export function complementizerIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    if (tokens[k]!.variants.some((v) => COMPLEMENTIZERS.has(v))) return true;
  }
  return false;
}

const hasForm = (t: Token | undefined, words: readonly string[]) => !!t && t.kind === 'word' && t.variants.some((v) => words.includes(v));
const spanDays = (t: Token | undefined): number | 'vague' | undefined => {
  const form = t?.kind === 'word' ? t.variants.find((v) => Object.hasOwn(RECAP_SPANS, v)) : undefined;
  return form === undefined ? undefined : RECAP_SPANS[form];
};

/**
 * «ويأتي القرار بعد أيام من مقتل 44 مدنيا»: the event word right after a recap anchor (after, a span
 * of days or more, «من»/«على») happened before the fact it anchors. A counted span gives how many
 * days before («بعد يومين من»); an uncounted one makes it a background recap ('vague'). Undefined:
 * no anchor.
 */
export function recapAnchor(tokens: readonly Token[], pos: number): number | 'vague' | undefined {
  const words: Token[] = [];
  for (let k = pos - 1; k >= 0 && words.length < 4; k--) {
    if (tokens[k]!.kind === 'punct') break;
    words.push(tokens[k]!);
  }
  const [of, span, third, fourth] = words;
  const days = spanDays(span);
  if (!hasForm(of, RECAP_OF) || days === undefined) return undefined;
  return hasForm(third, RECAP_AFTER) || (hasForm(third, RECAP_PASSING) && hasForm(fourth, RECAP_AFTER)) ? days : undefined;
}

/** The day span moved back by `days` (the anchor's day minus the recap span). */
export function shiftedBack(span: DateSpan | null, days: number): DateSpan | null {
  if (!span || span.from === null) return null;
  return { from: span.from - days, to: span.to === null ? null : span.to - days };
}
