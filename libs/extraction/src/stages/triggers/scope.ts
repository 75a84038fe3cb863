import type { LexMatch } from '../../lexicon/lexicon.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import {
  CLAUSE_BREAK_PUNCT,
  CLAUSE_BREAK_WORDS,
  COMPLEMENTIZERS,
  FACT_ANCHORS,
  POSSIBLE,
  APODOSIS_PREFIX,
  PROTASIS_COMMAS,
  PRECEDED,
  QAD,
  KAN,
} from '../../lexicon/scope-words.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { SPEECH } from '../../lexicon/speech.js';
import { recallSummaries, suspendHabits } from './habitual.js';
import { recallRelativeClauses } from './relative-recaps.js';
import { recallLastedBattles } from './lasted-battles.js';
import { suspendCountedAttacks } from './counted-attacks.js';
import { suspendCelebratedFacts } from './celebrated-captures.js';
import { isAttackVerb } from '../attribution/attacker.js';
import { DAY_WORDS as DAY_ANCHORS } from '../../lexicon/habitual-words.js';
import type { Token } from '../../text/tokens.js';
import { markerAt } from './scope-markers.js';
import { isAnyOf } from './token-words.js';
import { suspendAnalystViews } from './analyst-views.js';
import { denyReportedClaims, suspendAnyQuantified, suspendGenericStatements } from './statement-scopes.js';
import { suspendDescriptions } from './descriptions.js';

/**
 * Which tokens of a sentence sit under a negation, a denial, a modal, a
 * purpose, a threat, a condition or a call. Scopes stop at clause breaks
 * (punctuation, «فيما», «بينما», «لكن») so «قال إن ... ، ولم يذكر» only
 * cancels its own clause.
 */
export interface Scope {
  /** Per token: the marker that suspends it, if any. */
  blocked: (MarkerKind | undefined)[];
  /** Per token: a clause number (for same-clause tests). */
  clause: number[];
  markers: LexMatch<MarkerKind>[];
}

/** How many tokens after it each marker suspends («sentence»: the rest of the sentence, across clauses). */
const SPAN: Record<MarkerKind, number | 'sentence'> = {
  despite: 4,
  neg: 8,
  purpose: 6,
  call: 8,
  deny: 'sentence',
  threat: 10,
  modal: 12,
  cond: 12,
  future: 12,
  recap: 12,
  terms: 20,
};

export function scopeOf(tokens: readonly Token[]): Scope {
  const n = tokens.length;
  const clause = clausesOf(tokens);
  const blocked = new Array<MarkerKind | undefined>(n);
  const markers: LexMatch<MarkerKind>[] = [];
  // the last denial's clause and where its reach stopped: a denial of the same clause that starts inside that reach
  // would stop there too and find every token on its way already marked («نفى … ونفى …» in one clause)
  let denied: { clause: number; stop: number } | undefined;
  for (let i = 0; i < n; i++) {
    const m = markerAt(tokens, i);
    if (!m) continue;
    markers.push(m);
    i = m.end - 1;
    const repeatsDenial = m.data === 'deny' && denied?.clause === clause[m.start] && m.end <= denied.stop;
    if (repeatsDenial) continue;
    const stop = suspend({ tokens, clause, blocked }, m);
    if (m.data === 'deny') denied = { clause: clause[m.start], stop };
  }
  denyReportedClaims(tokens, blocked, markers);
  suspendGenericStatements(tokens, clause, blocked);
  suspendHabits(tokens, clause, blocked);
  suspendDescriptions(tokens, clause, blocked);
  suspendCountedAttacks(tokens, clause, blocked);
  suspendCelebratedFacts(tokens, clause, blocked);
  recallSummaries(tokens, clause, blocked);
  recallRelativeClauses(tokens, clause, blocked);
  recallLastedBattles(tokens, clause, blocked);
  suspendAnyQuantified(tokens, blocked);
  suspendAnalystViews(tokens, blocked);
  return { blocked, clause, markers };
}

/** Clause numbers: a break word, punctuation or complementizer opens a new clause. */
function clausesOf(tokens: readonly Token[]): number[] {
  const clause = new Array<number>(tokens.length);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const breakWord =
      t.kind === 'word' &&
      (CLAUSE_BREAK_WORDS.has(t.text) || CLAUSE_BREAK_WORDS.has(t.text.replace(/^و/, '')) || COMPLEMENTIZERS.has(t.text));
    if (CLAUSE_BREAK_PUNCT.has(t.text) || breakWord) c++;
    clause[i] = c;
  }
  return clause;
}

/**
 * «نفى الجيش سقوط المدينة، مؤكدا أن قواته صدت هجوما عليها», «نفت أرمينيا القصف، وقالت إن …»: a denial reaches to the
 * end of the sentence, unless a later clause opens with a verb of saying: the speaker now asserts (a second «ونفى» is
 * a denial marker of its own).
 */
const assertsAgain = (tokens: readonly Token[], k: number) => SPEECH.matchAt(tokens, k)?.data === 'verb';

/**
 * «تزامنا مع ذكرى الثورة قصفت قوات النظام …», «في الذكرى الثانية للحرب قصفت القوات …»: what an anniversary, a trial
 * or an inquiry recalls is a noun («ذكرى قصف المسرح», «محاكمة المتهمين بالهجوم») or told in a relative clause («التي
 * شنها التنظيم»); an attack verb of its own is the sentence's news, and the recap ends there.
 */
function opensMainClause(tokens: readonly Token[], k: number): boolean {
  if (!isAttackVerb(tokens[k]!)) return false;
  for (let r = k - 1; r >= Math.max(0, k - RELATIVE_REACH); r--) if (RELATIVE_PRONOUNS.has(tokens[r]!.text)) return false;
  return true;
}
/** «التي شنها التنظيم», «الذي نفذته القوات»: how far before the verb its relative pronoun may stand. */
const RELATIVE_REACH = 2;

/** «سبق أن قصفت», «كانت قد قصفت», «كانت القوات قصفت»: a recap word whose verb is the earlier event, not the news. */
const tellsEarlierVerb = (t: Token) => t.variants.includes(PRECEDED) || t.variants.includes(QAD) || KAN.test(t.text);

interface ScopeState {
  tokens: readonly Token[];
  clause: readonly number[];
  blocked: (MarkerKind | undefined)[];
}

/**
 * Does a marker take what it covers out of the report's facts? A negation, a denial, a modal, a threat, a condition,
 * a purpose or the future does; a call leaves the cue to its rule («دعا إلى وقف إطلاق النار» is a statement), «رغم»
 * leaves it told, and a recap tells it as background.
 */
export const suspends = (kind: MarkerKind | undefined): boolean =>
  kind !== undefined && kind !== 'call' && kind !== 'despite' && kind !== 'recap';

/** A word of time or cause («بعد», «إثر», «جراء»): what follows it happened. */
export const isFactAnchor = (t: Token) => isAnyOf(t, FACT_ANCHORS);

/** Markers whose scope ends at a word of time or cause («حذر من التصعيد بعد قصف …»): a condition's does not. */
const ENDS_AT_FACT: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['threat', 'call', 'modal', 'future', 'terms']);

/**
 * Markers that reach past the clause they stand in: a denial to the end of the sentence, «رغم» over its comma, and
 * the terms of a text («وبموجب الاتفاق، تتوقف الأعمال القتالية …»).
 */
const CROSSES_CLAUSES: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['deny', 'despite', 'terms']);

/**
 * «وبموجب الاتفاق، انسحبت القوات من المدينة أمس»: a clause that names a day tells what was done under the text,
 * and the terms end there.
 */
function namesDayAhead(tokens: readonly Token[], clause: readonly number[], k: number): boolean {
  for (let j = k; j < tokens.length && clause[j] === clause[k]; j++) if (tokens[j].variants.some((v) => DAY_ANCHORS.has(v))) return true;
  return false;
}

/** How far (tokens) a condition reaches once it has run past a comma. */
const PROTASIS_REACH = 20;

/** A comma inside a condition that its answer («، فـ…») does not follow: the condition goes on. */
function protasisGoesOn(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return PROTASIS_COMMAS.has(tokens[k].text) && !!next && next.kind === 'word' && !APODOSIS_PREFIX.test(next.text);
}

/** Mark the tokens a marker suspends: its span, within its clause unless it is a denial or «رغم». Returns where its reach stopped. */
function suspend({ tokens, clause, blocked }: ScopeState, m: LexMatch<MarkerKind>): number {
  const { start: i, end, data: kind } = m;
  const n = tokens.length;
  const span = SPAN[kind] === 'sentence' ? n : (SPAN[kind] as number);
  let cl = clause[i];
  // a condition reaches past a comma to its answer, further than its span (PROTASIS_REACH)
  let pastComma = false;
  const reach = kind === 'cond' ? PROTASIS_REACH : span;
  let k = end;
  for (; k < Math.min(n, end + reach); k++) {
    if (!CROSSES_CLAUSES.has(kind) && clause[k] !== cl) {
      // the clause a complementizer opens is the marker's complement, in scope with it:
      // «لا يمكن أن ...», «يجب أن ...», «يتوقع المحللون أن تندلع ...», «حذر من أن ...»
      const protasis = kind === 'cond' && protasisGoesOn(tokens, k);
      if (!COMPLEMENTIZERS.has(tokens[k].text) && !protasis) break;
      pastComma ||= protasis;
      cl = clause[k];
    }
    if (k >= end + span && !pastComma) break;
    if (ENDS_AT_FACT.has(kind) && isFactAnchor(tokens[k])) break;
    if ((kind === 'deny' || kind === 'terms') && clause[k] !== clause[i] && assertsAgain(tokens, k)) break;
    if (kind === 'terms' && clause[k] !== clause[k - 1] && namesDayAhead(tokens, clause, k)) break;
    if (kind === 'recap' && !tellsEarlierVerb(tokens[i]) && opensMainClause(tokens, k)) break;
    if (blocked[k] === undefined) blocked[k] = kind;
  }
  // modal «قد تتصاعد», adjective «حرب محتملة»: the subject just before is suspended too
  if (kind === 'modal') {
    const t = tokens[i];
    const back = t.variants.includes(QAD) ? 5 : POSSIBLE.test(t.text) ? 2 : 0;
    for (let b = i - 1; b >= Math.max(0, i - back) && clause[b] === cl; b--) if (blocked[b] === undefined) blocked[b] = kind;
  }
  return k;
}
