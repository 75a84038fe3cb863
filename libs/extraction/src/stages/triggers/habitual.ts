import {
  ACCUSATIONS,
  ATTACK_EVENT_NOUNS,
  BLOWS,
  BLOWS_REACH,
  DAY_WORDS,
  DEMONSTRATIVES,
  FREQUENCY,
  HABIT_OPENERS,
  INCIDENTS,
  LONG_AGO,
  MASS_COUNTS,
  PERIOD_STARTS,
  PRESENT_ATTACK_VERB,
  RECEIVES,
  RECORDED,
  RECORDED_COUNT_REACH,
  SINCE,
  SINCE_CLAUSE_REACH,
  TRADES,
  TRADES_REACH,
  VARIOUS,
  VARIOUS_REACH,
} from '../../lexicon/habitual-words.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { WEEKDAYS } from '../../lexicon/time/calendar-names.js';
import { DATE_WORDS } from '../../lexicon/time/date-words.js';
import type { Token } from '../../text/tokens.js';
import { forEachClause, isAnyOf as isIn } from './token-words.js';

/**
 * Sentences that use the words of attacks for a habit, a standing description or a summary, not for one incident
 * told (lexicon/habitual-words.ts). Both passes run over the scope of a sentence (scope.ts) and mark only tokens no
 * other marker has claimed: a habit is suspended as a modal is («وتتعرض القواعد لهجمات متكررة»); a summary is told
 * as the past of the report, a recap («وأدت هذه الهجمات إلى نزوح …»).
 */
type Blocked = (MarkerKind | undefined)[];

export const bare = (t: Token | undefined) => (t?.kind === 'word' ? t.text.replace(/^[وف]/, '') : '');
const isDay = (t: Token) => t.kind === 'word' && t.variants.some((v) => DAY_WORDS.has(v) || v in WEEKDAYS);

export function mark(blocked: Blocked, from: number, to: number, kind: MarkerKind): void {
  for (let k = from; k <= to; k++) if (blocked[k] === undefined) blocked[k] = kind;
}

/** What a clause says of attacks as a habit; `rest`: the accusation traded reaches the sentence's later clauses too. */
type Habit = 'clause' | 'rest' | undefined;

/**
 * «وتتعرض القواعد لهجمات متكررة», «وكثيرا ما تستهدف الطائرات …», «وتتلقى الحركة ضربات موجعة», «وتتبادل X وY
 * الاتهامات بـ…», «وتتهم كييف موسكو باستهداف …»: a present that tells how things go, with no day of its own.
 */
function habitOf(tokens: readonly Token[], from: number, to: number): Habit {
  let present = false;
  let often = false;
  let sinceLong = false;
  let habit: Habit;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (isDay(t)) return undefined;
    if (t.kind !== 'word') continue;
    if (HABIT_OPENERS.matchAt(tokens, k)) habit = 'clause';
    if (FREQUENCY.matchAt(tokens, k)) often = true;
    if (bare(t) === SINCE && (PERIOD_STARTS.has(bare(tokens[k + 1])) || isIn(tokens[k + 1], LONG_AGO))) sinceLong = true;
    if (PRESENT_ATTACK_VERB.test(t.text)) present = true;
    const w = bare(t);
    if (RECEIVES.has(w) && followedBy(tokens, k, to, BLOWS, BLOWS_REACH)) habit ??= 'clause';
    if (TRADES.has(w) && followedBy(tokens, k, to, ACCUSATIONS, TRADES_REACH)) habit = 'rest';
  }
  return habit ?? (present && (often || sinceLong) ? 'clause' : undefined);
}

function followedBy(tokens: readonly Token[], k: number, to: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let j = k + 1; j <= Math.min(to, k + reach); j++) if (isIn(tokens[j], words)) return true;
  return false;
}

/** Does any clause from..to name a day («اليوم», «أمس», a weekday)? */
export function namesDay(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isDay(tokens[k]!)) return true;
  return false;
}

/**
 * Suspends the clauses that tell a habit, and the relative clause that describes a side by what it does («جماعة
 * الحوثي التي تطلق صواريخ على إسرائيل»); an accusation traded also suspends the clauses that spell it out («…،
 * إذ تقول باكستان إن مقاتلي الحركة ينفذون هجمات …») unless they name a day.
 */
export function suspendHabits(tokens: readonly Token[], clause: readonly number[], blocked: Blocked): void {
  let rest = false;
  forEachClause(clause, (from, to) => {
    const habit = habitOf(tokens, from, to);
    rest ||= habit === 'rest';
    if (habit || (rest && !namesDay(tokens, from, to))) mark(blocked, from, to, 'modal');
    else describedByHabit(tokens, from, to, blocked);
  });
}

/**
 * «الحركة التي تشن هجمات في البلاد»: a relative clause whose verb is a present of attacking, no time named (or only a
 * long one: «منذ سنوات»). «المسلحين الذين يشنون منذ أسبوع هجوما» is an offensive under way.
 */
function describedByHabit(tokens: readonly Token[], from: number, to: number, blocked: Blocked): void {
  for (let k = from; k < to; k++) {
    if (!RELATIVE_PRONOUNS.has(tokens[k]!.text) || !PRESENT_ATTACK_VERB.test(tokens[k + 1]!.text)) continue;
    if (!namesTime(tokens, k, to)) mark(blocked, k, to, 'modal');
    return;
  }
}

/** A time word in from..to, other than «منذ» a long time ago. */
function namesTime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') return true;
    if (bare(t) === SINCE && (PERIOD_STARTS.has(bare(tokens[k + 1])) || isIn(tokens[k + 1], LONG_AGO))) k++;
    else if (isIn(t, DATE_WORDS) || isDay(t)) return true;
  }
  return false;
}

/** Each clause's last token, and the clauses that name a day: read once per sentence. */
interface Clauses {
  clause: readonly number[];
  last: Map<number, number>;
  withDay: Set<number>;
}

function clausesOf(tokens: readonly Token[], clause: readonly number[]): Clauses {
  const last = new Map<number, number>();
  const withDay = new Set<number>();
  tokens.forEach((t, k) => {
    last.set(clause[k]!, k);
    if (isDay(t)) withDay.add(clause[k]!);
  });
  return { clause, last, withDay };
}

/**
 * Marks as a recap the attacks a sentence sums up rather than tells: after a demonstrative («هذه الهجمات»), the start of a period («منذ اندلاع النزاع», «منذ أن شنت …»), a
 * count recorded («وثق المرصد 1200 غارة») or massed («مئات الغارات») with no day named in its clause.
 */
export function recallSummaries(tokens: readonly Token[], clause: readonly number[], blocked: Blocked): void {
  let clauses: Clauses | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const w = bare(t);
    if (DEMONSTRATIVES.has(w) && /^ال/.test(bare(tokens[k + 1]))) mark(blocked, k + 1, k + 1, 'recap');
    else if (INCIDENTS.has(w)) variousIncidents(tokens, k, blocked);
    else if (w === SINCE) sincePeriod(tokens, clause, k, blocked);
    else if (RECORDED.has(w) || MASS_COUNTS.has(w)) k = countedAttacks(tokens, (clauses ??= clausesOf(tokens, clause)), k, blocked);
  }
}

/** «قتل 4 جنود في حوادث وهجمات مختلفة»: attacks among various incidents are no attack told (suspended). */
function variousIncidents(tokens: readonly Token[], k: number, blocked: Blocked): void {
  for (let j = k + 1; j <= Math.min(tokens.length - 1, k + VARIOUS_REACH); j++)
    if (isIn(tokens[j], VARIOUS)) return mark(blocked, k, j, 'modal');
}

/** «منذ بدء الحرب», «منذ اندلاع المعارك»: the noun that starts the period; «منذ أن شنت …»: its clause. */
function sincePeriod(tokens: readonly Token[], clause: readonly number[], k: number, blocked: Blocked): void {
  const start = PERIOD_STARTS.has(bare(tokens[k + 1])) ? k + 2 : k + 1;
  const next = tokens[start];
  if (!next || next.kind !== 'word') return;
  if (next.text === 'ان') {
    let end = start;
    while (end + 1 < tokens.length && end + 1 <= start + SINCE_CLAUSE_REACH && clause[end + 1] === clause[start]) end++;
    if (!namesDay(tokens, start, end)) mark(blocked, start, end, 'recap');
  } else if (/^ال/.test(next.text) || start > k + 1) mark(blocked, start, start, 'recap');
}

/**
 * «سجلت المنظمة أكثر من 1500 هجوم», «مئات الغارات»: attacks counted, marked to the end of the clause. Returns where
 * the reading goes on (past the clause marked).
 */
function countedAttacks(tokens: readonly Token[], { clause, last, withDay }: Clauses, k: number, blocked: Blocked): number {
  const massed = MASS_COUNTS.has(bare(tokens[k]));
  const reach = massed ? k : Math.min(tokens.length - 2, k + RECORDED_COUNT_REACH);
  for (let j = massed ? k : k + 1; j <= reach; j++) {
    if (!massed && tokens[j]!.kind !== 'number') continue;
    if (!isIn(tokens[j + 1], ATTACK_EVENT_NOUNS) || clause[j + 1] !== clause[k]) continue;
    if (withDay.has(clause[k]!)) return k;
    const to = last.get(clause[k]!)!;
    mark(blocked, j, to, 'recap');
    return to;
  }
  return k;
}
