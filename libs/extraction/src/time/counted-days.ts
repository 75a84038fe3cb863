import { COMPLEMENTIZERS } from '../lexicon/scope-words.js';
import { AGO_COUNTED_UNITS, AGO_COUNTS, AGO_UNITS, FROM_THAT, HOURS, HOURS_DAYS, LATER, ONE_DAY } from '../lexicon/time/relative-words.js';
import type { Token } from '../text/tokens.js';
import type { DateMatcher } from './matcher.js';
import { weekdayToken } from './time-tokens.js';
import type { DateExpr } from './types.js';

/** «يومين», «أسبوع», «ثلاثة أيام», «3 أيام», «48 ساعة» at token `k`: how many days, and the last token read. */
export function daysCounted(tokens: readonly Token[], k: number): { days: number; last: number } | undefined {
  const unit = AGO_UNITS[tokens[k]?.text ?? ''];
  if (unit !== undefined) return { days: unit, last: k };
  if (tokens[k]?.text === ONE_DAY.word) return oneDay(tokens, k);
  const n = tokens[k];
  // «قبل 48 ساعة», «منذ 72 ساعة»: whole days of hours
  const hours = n?.kind === 'number' && n.value !== undefined ? HOURS_DAYS[n.value] : undefined;
  if (hours !== undefined && isIn(tokens[k + 1], HOURS)) return { days: hours, last: k + 1 };
  const count = n?.kind === 'number' ? n.value : AGO_COUNTS[n?.text ?? ''];
  const per = AGO_COUNTED_UNITS[tokens[k + 1]?.text ?? ''];
  if (count === undefined || per === undefined || count > 31) return undefined;
  return { days: count * per, last: k + 1 };
}

/** «يوم», «يوم واحد» at `k`, unless a day is named after it («قبل يوم الجمعة», «قبل يوم الانتخابات»). */
function oneDay(tokens: readonly Token[], k: number): { days: number; last: number } | undefined {
  const last = tokens[k + 1]?.text === ONE_DAY.one ? k + 1 : k;
  const next = tokens[last + 1];
  if (next && (next.kind === 'number' || weekdayToken(next) !== undefined || /^[وفبل]?ال/.test(next.text))) return undefined;
  return { days: 1, last };
}

const isIn = (t: Token | undefined, words: readonly string[]) => !!t && t.variants.some((v) => words.includes(v));

/** «من ذلك», «على ذلك» at token `k`: the last token of the phrase, or -1. */
export function fromThatAt(tokens: readonly Token[], k: number): number {
  return isIn(tokens[k], FROM_THAT.from) && isIn(tokens[k + 1], FROM_THAT.that) ? k + 1 : -1;
}

/**
 * «وبعد يومين، قصفت …», «بعد ثلاثة أيام من ذلك»: so many days after the day the story runs on (resolveRunning, never
 * past the reference). «بعد يومين من المعارك», «بعد يومين على مقتل» say how long or count from another event: no date.
 */
export const daysLater: DateMatcher = ({ tokens, i, t }) => {
  if (t.text !== LATER && t.text !== 'و' + LATER) return undefined;
  const counted = daysCounted(tokens, i + 1);
  if (!counted) return undefined;
  const that = fromThatAt(tokens, counted.last + 1);
  if (that < 0 && isIn(tokens[counted.last + 1], FROM_THAT.from)) return undefined;
  const last = that < 0 ? counted.last : that;
  const expr: DateExpr = { start: i, end: last + 1, kind: 'day', from: null, to: null, relative: true, fromRunning: -counted.days };
  return { expr, last };
};

/** How close after a day its complementizer must come for the day to be a statement's («قال يوم الثلاثاء إن»). */
const STATEMENT_REACH = 4;

/**
 * «قال مسؤول يوم الثلاثاء إن الغارات وقعت قبل يومين»: a speaker's «قبل يومين» counts from the day they spoke, not
 * from the report. `agoDays` offsets («قبل يومين», «قبل أسبوع») move by the distance between the reference and the
 * statement's day: the nearest day before them in the sentence when it is one a complementizer follows, else (when
 * the sentence names no day before them) the statement's day the story runs on (`statementDay`). Runs before
 * resolveRunning, which counts «قبل يومين من ذلك» from the day it finds.
 */
export function countFromStatementDay(
  tokens: readonly Token[],
  dates: readonly DateExpr[],
  statementDay: number | null,
  ref: number | null,
) {
  if (ref === null || !dates.some((e) => e.agoDays !== undefined)) return;
  // the statement's day of a sentence before counts only in reported words («وأضاف أن …»), not in the outlet's own
  const spoken = statementDay === null ? Infinity : firstSpeechMark(tokens);
  let anchor = statementDay;
  let carried = true;
  for (const e of dates) {
    const usable = anchor !== null && anchor < ref && (!carried || e.start > spoken);
    if (e.agoDays !== undefined && usable && e.from !== null && e.to !== null) {
      const shift = anchor! - ref;
      Object.assign(e, { from: e.from + shift, to: e.to + shift });
      continue;
    }
    if (e.kind !== 'day' || e.from === null || e.since || e.dateline) continue;
    anchor = e.from === e.to && complementizerWithin(tokens, e.end) ? e.from : null;
    carried = false;
  }
}

const isSpeechMark = (t: Token) => t.text === ':' || t.variants.some((v) => COMPLEMENTIZERS.has(v));

/** Where the sentence's first complementizer or quoting colon stands (Infinity: none). */
function firstSpeechMark(tokens: readonly Token[]): number {
  const k = tokens.findIndex(isSpeechMark);
  return k < 0 ? Infinity : k;
}

/** A complementizer («إن», «بأن»), or the colon that opens a quote («قال يوم الثلاثاء: "…"»), just after a day. */
function complementizerWithin(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + STATEMENT_REACH); k++) {
    if (isSpeechMark(tokens[k]!)) return true;
  }
  return false;
}
