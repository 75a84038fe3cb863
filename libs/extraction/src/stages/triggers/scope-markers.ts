import type { LexMatch } from '../../lexicon/lexicon.js';
import {
  MARKERS,
  DEMANDED,
  HARMED,
  NOT_NEGATION_NEXT,
  REFUSALS,
  REFUSED_TO_SAY,
  RESPONSIBILITY_GAP,
  RESPONSIBILITY_NOUNS,
  type MarkerKind,
} from '../../lexicon/markers.js';
import {
  COMPLEMENTIZERS,
  FUTURE_PREFIX,
  NEGATION_PARTICLES,
  NOT_FUTURE,
  NOT_NEGATED_NOUNS,
  PRECEDED,
  PRECEDED_GAP,
  KAN,
  PLUPERFECT_REACH,
  PLUPERFECT_SUBJECT_REACH,
  PLUPERFECT_VERBS,
  QAD,
  SUSPICION_WORDS,
  IDENTITY_COMPLEMENT,
  SHORT_FUTURE,
} from '../../lexicon/scope-words.js';
import { SPEECH } from '../../lexicon/speech.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import type { Token } from '../../text/tokens.js';
import { isAnyOf } from './token-words.js';
import { goesOn } from './halted.js';

/**
 * Scope markers (lexicon/markers.ts) and the words around them that show a match is no marker: «لا تزال» is no
 * negation, «قد تجددت» no modal, «نفى مسؤوليته» no denial of the act.
 */

/** The scope marker at token i, if it really is one («لا تزال», «من دون طيار», «قد تجددت» are not). */
export function markerAt(tokens: readonly Token[], i: number): LexMatch<MarkerKind> | undefined {
  const m = MARKERS.matchAt(tokens, i);
  const t = tokens[i];
  let kind: MarkerKind | undefined = m?.data;
  const end = m ? m.end : i + 1;
  if (!kind && t.kind === 'word' && isFutureVerb(t.text)) kind = 'future';
  if (!kind && t.kind === 'word' && KAN.test(t.text) && perfectAfterKan(tokens, i)) kind = 'recap';
  if (!kind) return undefined;
  if (kind === 'neg') {
    // short particles only as whole words («بعدما» is not «عدم»)
    if (end === i + 1 && !NEGATION_PARTICLES.has(t.text.replace(/^[وف]/, ''))) return undefined;
    const nx = tokens[end];
    if (nx && (NOT_NEGATION_NEXT.has(nx.text) || nx.variants.some((v) => NOT_NEGATION_NEXT.has(v)))) return undefined;
    if (nx && NOT_NEGATED_NOUNS.some((w) => nx.variants.includes(w))) return undefined;
    if (goesOn(tokens, end)) return undefined; // «لم يتوقف القصف»: it went on
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

/**
 * «وكانت القوات الروسية قصفت …», «وكان مسلحون هاجموا …»: «كان» at `i`, its subject, then the perfect of a verb of the
 * war with no «و» glued, no punctuation, relative pronoun or «أن» between, and «كان» not opening a relative clause:
 * the pluperfect, an earlier event.
 */
function perfectAfterKan(tokens: readonly Token[], i: number): boolean {
  // «السيارة التي كانت تقل العناصر استهدفت بصاروخ»: «كان» of a relative clause describes; its main verb is the news
  if (i > 0 && RELATIVE_PRONOUNS.has(tokens[i - 1]!.text)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 1 + PLUPERFECT_SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || COMPLEMENTIZERS.has(t.text) || RELATIVE_PRONOUNS.has(t.text)) return false;
    if (PLUPERFECT_VERBS.has(t.text)) return true;
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

/** «قد» before an imperfect verb is modal («قد تتحول»); before a perfect it is «has» («قد تجددت»). */
function modalQad(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  const w = next.text;
  if (!/^[يتن]/.test(w)) return false;
  if (/(?:ت|وا|تا)$/.test(w) || w === 'تم') return false;
  return true;
}

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
