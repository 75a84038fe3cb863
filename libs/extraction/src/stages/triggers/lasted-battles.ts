import {
  BATTLE_NOUNS,
  COUNTED_DAY_UNITS,
  COUNTED_LONG_UNITS,
  LASTED_APPROX,
  LASTED_SPAN_REACH,
  LASTED_SUBJECT_REACH,
  LASTED_VERBS,
  LONG_DAYS,
  LONG_SPANS,
  OUTCOME_VERBS,
} from '../../lexicon/time/lasted-words.js';
import { AGO_COUNTS } from '../../lexicon/time/relative-words.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import type { Token } from '../../text/tokens.js';
import { bare, mark, namesDay } from './habitual.js';
import { clauseEnd, isAnyOf as isIn } from './token-words.js';

type Blocked = (MarkerKind | undefined)[];

/**
 * «بعد معارك استمرت نحو شهر ونصف، وأسفرت عن سيطرة أذربيجان على …», «دامت المعارك في الخرطوم أسابيع»: a battle summed
 * up by a length of weeks or more is over, a war's recap; it and the outcome told with it are marked `recap` (background
 * unless a time word of their own dates them), from the battle noun before the verb to the end of its clause and of an
 * outcome clause after it. A clause that names a day («استمرت المعارك أسابيع قبل أن … أمس») is left to its day.
 */
export function recallLastedBattles(tokens: readonly Token[], clause: readonly number[], blocked: Blocked): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!LASTED_VERBS.has(bare(tokens[k])) || !longSpanAfter(tokens, clause, k)) continue;
    const from = subjectBefore(tokens, clause, k);
    let to = clauseEnd(clause, k);
    if (namesDay(tokens, from, to)) continue;
    const next = firstWordAfter(tokens, to);
    if (next !== undefined && OUTCOME_VERBS.has(bare(tokens[next]))) to = clauseEnd(clause, next);
    mark(blocked, from, to, 'recap');
    k = to;
  }
}

/** A length in the verb's clause, right after it or after its subject («دامت المعارك في الخرطوم أسابيع»). */
function longSpanAfter(tokens: readonly Token[], clause: readonly number[], k: number): boolean {
  for (let j = k + 1; j <= k + LASTED_SPAN_REACH && clause[j] === clause[k]; j++) if (longSpanAt(tokens, j)) return true;
  return false;
}

/** A length of two weeks or more at token `k`, past its words of reckoning. */
function longSpanAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && isIn(tokens[j], LASTED_APPROX)) j++;
  const t = tokens[j];
  if (!t) return false;
  if (isIn(t, LONG_SPANS)) return true;
  const count = t.kind === 'number' ? t.value : AGO_COUNTS[t.text];
  if (count === undefined) return false;
  return isIn(tokens[j + 1], COUNTED_LONG_UNITS) || (count >= LONG_DAYS && isIn(tokens[j + 1], COUNTED_DAY_UNITS));
}

/** The battle noun the verb is said of, in its clause just before it; else the verb. */
function subjectBefore(tokens: readonly Token[], clause: readonly number[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - LASTED_SUBJECT_REACH) && clause[j] === clause[k]; j--)
    if (isIn(tokens[j], BATTLE_NOUNS)) return j;
  return k;
}

/** The first word after token `k` (past punctuation). */
function firstWordAfter(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j]!.kind === 'word') return j;
  return undefined;
}
