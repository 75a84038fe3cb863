import type { LexMatch } from '../../lexicon/lexicon.js';
import {
  FALSITY,
  MARKERS,
  DEMANDED,
  HARMED,
  NOT_NEGATION_NEXT,
  REFUSALS,
  REFUSED_TO_SAY,
  REPORT_NOUNS,
  RESPONSIBILITY_GAP,
  RESPONSIBILITY_NOUNS,
  type MarkerKind,
} from '../../lexicon/markers.js';
import {
  ANY_QUANTIFIER,
  ANY_REACH,
  CLAUSE_BREAK_PUNCT,
  CLAUSE_BREAK_WORDS,
  COMPLEMENTIZERS,
  EVALUATIONS,
  FACT_ANCHORS,
  FUTURE_PREFIX,
  GENERIC_COPULAS,
  GENERIC_USE_VERBS,
  HABITUAL_OBJECT,
  PARTITIVE_ELATIVE,
  NEGATION_PARTICLES,
  NOT_FUTURE,
  NOT_NEGATED_NOUNS,
  POSSIBLE,
  APODOSIS_PREFIX,
  PROTASIS_COMMAS,
  PRECEDED,
  PRECEDED_GAP,
  KAN,
  PLUPERFECT_REACH,
  QAD,
  SUSPICION_WORDS,
  IDENTITY_COMPLEMENT,
  SHORT_FUTURE,
} from '../../lexicon/scope-words.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { SPEECH } from '../../lexicon/speech.js';
import { recallSummaries, suspendHabits } from './habitual.js';
import { recallLastedBattles } from './lasted-battles.js';
import { isAttackVerb } from '../attribution/attacker.js';
import { DATE_WORDS } from '../../lexicon/time/date-words.js';
import { DAY_WORDS as DAY_ANCHORS } from '../../lexicon/habitual-words.js';
import type { Token } from '../../text/tokens.js';

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

/** «قد» before an imperfect verb is modal («قد تتحول»); before a perfect it is «has» («قد تجددت»). */
function modalQad(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  const w = next.text;
  if (!/^[يتن]/.test(w)) return false;
  if (/(?:ت|وا|تا)$/.test(w) || w === 'تم') return false;
  return true;
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
  recallSummaries(tokens, clause, blocked);
  recallLastedBattles(tokens, clause, blocked);
  suspendAnyQuantified(tokens, blocked);
  return { blocked, clause, markers };
}

/** How far (tokens) before its verdict a report noun may stand: «الأنباء عن … غير صحيحة». */
const VERDICT_REACH = 25;

/**
 * «المعلومات التي تفيد بأن عمليات عسكرية تجري … "غير مؤكدة"»: a claim that the sentence calls
 * false or unconfirmed after telling it. What lies between the report noun and the verdict is denied.
 */
function denyReportedClaims(tokens: readonly Token[], blocked: (MarkerKind | undefined)[], markers: LexMatch<MarkerKind>[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const verdict = FALSITY.matchAt(tokens, j);
    if (!verdict) continue;
    for (let r = j - 1; r >= Math.max(0, j - VERDICT_REACH); r--) {
      if (!REPORT_NOUNS.matchAt(tokens, r)) continue;
      for (let k = r + 1; k < j; k++) if (blocked[k] === undefined) blocked[k] = 'deny';
      markers.push({ start: verdict.start, end: verdict.end, data: 'deny' });
      break;
    }
    j = verdict.end - 1;
  }
}

/**
 * «تعد الغارات الجوية من أخطر أساليب الحرب», «يشكل القصف المدفعي خطرا على المدنيين», «تستخدم الجماعات الطائرات
 * المسيرة في هجماتها»: a statement about a kind of attack tells of none. Its whole clause is suspended (as a
 * modal is) — unless the clause names a time or a number («تعد غارات أمس من أعنف …» is an event).
 */
function suspendGenericStatements(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  // clause numbers only grow along the sentence: each clause is one run of tokens, read once
  for (let from = 0; from < tokens.length;) {
    let to = from;
    while (to + 1 < tokens.length && clause[to + 1] === clause[from]) to++;
    if (genericClause(tokens, from, to)) for (let k = from; k <= to; k++) if (blocked[k] === undefined) blocked[k] = 'modal';
    from = to + 1;
  }
}

/** Whether the clause of tokens from..to (inclusive) states something of a kind of attack and names no time or number. */
function genericClause(tokens: readonly Token[], from: number, to: number): boolean {
  let lastEvaluation = -1;
  let lastHabitual = -1;
  for (let k = from; k <= to; k++) {
    const x = tokens[k]!;
    if (x.kind === 'number' || x.variants.some((v) => DATE_WORDS.has(v))) return false;
    if (x.variants.some((v) => EVALUATIONS.has(v)) || (x.text === 'من' && PARTITIVE_ELATIVE.test(tokens[k + 1]?.text ?? '')))
      lastEvaluation = k;
    if (HABITUAL_OBJECT.test(x.text)) lastHabitual = k;
  }
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (isAnyOf(t, GENERIC_COPULAS)) {
      if (lastEvaluation > i) return true;
    } else if (isAnyOf(t, GENERIC_USE_VERBS) && lastHabitual > i) return true;
  }
  return false;
}
const isAnyOf = (t: Token | undefined, words: ReadonlySet<string>) => t?.kind === 'word' && t.variants.some((v) => words.has(v));

/** «سترد على أي هجوم», «أية اعتداءات على المدنيين»: an attack of any kind is no attack told. */
function suspendAnyQuantified(tokens: readonly Token[], blocked: (MarkerKind | undefined)[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || !ANY_QUANTIFIER.test(tokens[i]!.text)) continue;
    for (let k = i + 1; k <= Math.min(tokens.length - 1, i + ANY_REACH); k++) if (blocked[k] === undefined) blocked[k] = 'modal';
  }
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

/** The scope marker at token i, if it really is one («لا تزال», «من دون طيار», «قد تجددت» are not). */
function markerAt(tokens: readonly Token[], i: number): LexMatch<MarkerKind> | undefined {
  const m = MARKERS.matchAt(tokens, i);
  const t = tokens[i];
  let kind: MarkerKind | undefined = m?.data;
  const end = m ? m.end : i + 1;
  if (!kind && t.kind === 'word' && isFutureVerb(t.text)) kind = 'future';
  if (!kind) return undefined;
  if (kind === 'neg') {
    // short particles only as whole words («بعدما» is not «عدم»)
    if (end === i + 1 && !NEGATION_PARTICLES.has(t.text.replace(/^[وف]/, ''))) return undefined;
    const nx = tokens[end];
    if (nx && (NOT_NEGATION_NEXT.has(nx.text) || nx.variants.some((v) => NOT_NEGATION_NEXT.has(v)))) return undefined;
    if (nx && NOT_NEGATED_NOUNS.some((w) => nx.variants.includes(w))) return undefined;
  }
  if (kind === 'deny' && (deniesResponsibility(tokens, end) || claimsAsSource(tokens, i))) return undefined;
  if (kind === 'recap' && t.variants.includes(PRECEDED) && !precededClause(tokens, end)) return undefined;
  if (kind === 'modal' && t.variants.includes(QAD) && !modalQad(tokens[end]))
    return pluperfectAt(tokens, i) ? { start: i, end, data: 'recap' } : undefined;
  if (kind === 'modal' && hedgesIdentity(tokens, i, end)) return undefined;
  if (kind === 'modal' && refusedToSay(tokens, i, end)) return undefined;
  if (kind === 'call' && aStudent(tokens, i)) return undefined;
  if (kind === 'cond' && end === i + 1 && STATE_NOUN.test(t.text) && DEFINITE.test(tokens[end]?.text ?? '')) return undefined;
  return { start: i, end, data: kind };
}

/** «يشتبه بانتمائهم لـ», «يشتبه في أنهم من»: a suspicion of who did it (lexicon/scope-words.ts), not of the act. */
function hedgesIdentity(tokens: readonly Token[], i: number, end: number): boolean {
  if (!tokens[i].variants.some((v) => SUSPICION_WORDS.has(v))) return false;
  const next = tokens[end]?.text === 'في' || tokens[end]?.text === 'ب' ? tokens[end + 1] : tokens[end];
  return !!next && IDENTITY_COMPLEMENT.test(next.text);
}

/**
 * «وكانت القوات الروسية قد سيطرت على …», «وكان المتحدث باسم الجيش، قد أعلن …»: «قد» before a perfect verb, with
 * «كان» before it in its sentence (through a subject and a comma), tells the past of the report: a recap, as «سبق أن».
 */
function pluperfectAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PLUPERFECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '،' && t.text !== ',') return false;
    if (t.kind === 'word' && KAN.test(t.text)) return true;
  }
  return false;
}

/** «قتل طالب جامعي في القصف»: «طالب» right after a word of harm is a student. */
const aStudent = (tokens: readonly Token[], i: number) =>
  tokens[i].text.replace(/^[وف]/, '') === DEMANDED && i > 0 && tokens[i - 1].variants.some((v) => HARMED.has(v));

/** «رفض الجيش السوداني التعليق على القصف»: a refusal (its subject between) to speak of the fact, which still happened. */
function refusedToSay(tokens: readonly Token[], i: number, end: number): boolean {
  if (!tokens[i].variants.some((v) => REFUSALS.has(v))) return false;
  for (let k = end; k < Math.min(tokens.length, end + REFUSAL_SUBJECT_REACH); k++)
    if (tokens[k].variants.some((v) => REFUSED_TO_SAY.has(v))) return true;
  return false;
}
const REFUSAL_SUBJECT_REACH = 4;

const isFutureVerb = (w: string) => (FUTURE_PREFIX.test(w) && w.length >= 5 && !NOT_FUTURE.test(w)) || SHORT_FUTURE.test(w);

/**
 * «سبق أن قصفت», «سبق وأن», «سبق للجيش أن شن»: «سبق» with its «أن» clause tells an earlier time; «سبق الهجوم قصف
 * مدفعي» (the shelling preceded the attack) tells the fact.
 */
function precededClause(tokens: readonly Token[], from: number): boolean {
  if (isAnyOf(tokens[from], COMPLEMENTIZERS)) return true;
  if (!/^ل/.test(tokens[from]?.text ?? '')) return false;
  for (let k = from + 1; k <= from + PRECEDED_GAP && k < tokens.length; k++) if (isAnyOf(tokens[k]!, COMPLEMENTIZERS)) return true;
  return false;
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

/**
 * «وفقا لمزاعم الجيش», «بحسب ادعاءات الحركة»: claims named as the source of what follows are no denial of it.
 */
function claimsAsSource(tokens: readonly Token[], i: number): boolean {
  return SPEECH.matchAt(tokens, i - 1)?.data === 'via';
}

/** «نفى مسؤوليته عن القصف», «نفت أي علاقة لها بالغارة»: who did it is denied, not the attack. */
function deniesResponsibility(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + RESPONSIBILITY_GAP && k < tokens.length; k++) if (RESPONSIBILITY_NOUNS.matchAt(tokens, k)) return true;
  return false;
}

/**
 * «أعلنت حالة الطوارئ والتعبئة», «حالة الاستنفار»: «حالة» before a definite noun is a state, not the «في حالة …»
 * (in case of) of a condition, which an indefinite noun or a verb follows.
 */
const STATE_NOUN = /^[وفب]?حاله$/;
const DEFINITE = /^[وفبل]?ال/;

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
    if (kind === 'recap' && !tokens[i].variants.includes(PRECEDED) && !tokens[i].variants.includes(QAD) && opensMainClause(tokens, k))
      break;
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
