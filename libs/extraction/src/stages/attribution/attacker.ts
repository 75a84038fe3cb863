import { homeAllied } from '../../lexicon/actor-table.js';
import { ARM_NOUNS, ATTACK_NOUN_FORMS, ATTACK_PREDICATES, IN_RESPONSE, RESPONSE_VERBS } from '../../lexicon/attribution/attacker-words.js';
import { INSTRUMENT_PREFIX } from '../../lexicon/triggers/aircraft-context.js';
import { AIRCRAFT_NISBA_NOUNS } from '../../lexicon/attribution/phrase-breaks.js';
import { afterDesignation } from './designation.js';
import { constructArmSide } from './arm-construct.js';
import { isVerbOnObject } from './verb-on-object.js';
import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from './types.js';
import { actorsOverlapping } from './actor-window.js';
import { aircraftDestroysAt, aircraftOwner } from './aircraft-subject.js';
import { DESTROYING_VERBS } from '../../lexicon/figures/materiel-context.js';
import { isAgentHead, namedAttacker } from './claimants.js';
import { DEFINITE } from '../../text/word-shapes.js';

/**
 * The attacker the clause of the cue at `pos` names, whether or not the side attacked (`target`) is known: the side
 * an attack noun names («غارة إسرائيلية», «طائرات أمريكية»), the doer after «على يد»/«من قبل», else the subject of the attack verb
 * («استهدف الحوثيون سفينة …», «إن قوات الدعم السريع قصفت …»). Never the side attacked nor a state and the group
 * that is its home ally («غارة على مواقع لحزب الله» does not make Lebanon the attacker).
 */
export function clauseAttacker(
  actors: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
  target: string | null,
): string | null {
  const near = actorsOverlapping(actors, pos - CLAUSE_BACK, pos + CLAUSE_AHEAD);
  // «ردا على هجوم حوثي، شنت طائرات التحالف غارات»: the side of the attack answered is not this attack's
  const sides = near.filter((a) => !!a.party && !OTHER_ROLES.has(a.role) && !sameSide(a.party, target) && !answeredBy(tokens, a, pos));
  return (
    namedAttacker(sides, tokens, pos, [], true) ??
    aircraftOwner(sides, tokens, pos) ??
    agentAfter(sides, tokens, pos) ??
    relativeDoer(sides, tokens, pos) ??
    verbSubject(sides, tokens, pos, target) ??
    null
  );
}

/**
 * «غارة جوية نفذتها القوات الأمريكية», «الهجوم الذي شنته قوات الدعم السريع», «قصف نفذه الجيش»: a verb of attacking or
 * launching right after the attack noun (past its adjective or «الذي/التي»), carrying the noun as its object pronoun,
 * has the attacker as its subject, next to it (or after an aircraft noun: «شنتها طائرات إسرائيلية»).
 */
function relativeDoer(sides: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | undefined {
  for (let k = pos + 1; k < tokens.length && k <= pos + RELATIVE_REACH; k++) {
    if (tokens[k].kind !== 'word') return undefined;
    if (!isVerbOnObject(tokens[k].text)) continue;
    const start = isAircraft(tokens[k + 1]) ? [k + 1, afterDesignation(tokens, k + 2)] : [k + 1];
    return sides.find((a) => start.includes(a.start))?.party ?? undefined;
  }
  return undefined;
}
/** The attack noun, an adjective and «الذي/التي» before the verb. */
const RELATIVE_REACH = 3;

/**
 * «… ردا على الغارات الإسرائيلية», «ردا على هجوم حوثي»: the token of «ردا» when the cue at `pos` is the attack a
 * response answered («ردا على» right before it, or before its article-less noun), else -1.
 */
export function answeredAt(tokens: readonly Token[], pos: number): number {
  for (let k = pos - 1; k >= 1 && k >= pos - 2; k--) {
    if (tokens[k].text !== IN_RESPONSE[1]) continue;
    // «ردا على», «وردت أذربيجان على القصف»: the word of responding, or its verb and subject, before «على»
    for (let j = k - 1; j >= 0 && j >= k - RESPONSE_REACH && tokens[j].kind === 'word'; j--)
      if (tokens[j].variants.some((v) => IN_RESPONSE[0].includes(v) || RESPONSE_VERBS.includes(v))) return j;
    return -1;
  }
  return -1;
}
const RESPONSE_REACH = 3;

/**
 * The subject of a verb of responding before `v` in its stretch of words («ردت أذربيجان», «القوات الأرمينية ردت»), or
 * undefined.
 */
export function responderOf(sides: readonly ActorPhrase[], tokens: readonly Token[], v: number): string | undefined {
  for (let r = v - 1; r >= 0 && r >= v - RESPONDER_BACK; r--) {
    if (tokens[r].kind === 'punct') return undefined;
    if (isResponse(tokens[r])) return sides.find((a) => a.start === r + 1 || a.end === r)?.party ?? undefined;
  }
  return undefined;
}
const RESPONDER_BACK = 8;

/**
 * The parties a sentence names only on attacks a response answered («ردا على هجوم حوثي»): no other attack there is
 * theirs. Worked out once per sentence (its actor list).
 */
export function answeredOnly(actors: readonly ActorPhrase[], tokens: readonly Token[]): ReadonlySet<string> {
  let found = ANSWERED.get(actors);
  if (found) return found;
  const answered = new Set<string>();
  const elsewhere = new Set<string>();
  for (const a of actors) if (a.party) (answeredBy(tokens, a, -1) ? answered : elsewhere).add(a.party);
  found = new Set([...answered].filter((p) => !elsewhere.has(p)));
  ANSWERED.set(actors, found);
  return found;
}
const ANSWERED = new WeakMap<readonly ActorPhrase[], ReadonlySet<string>>();

/** The actor `a` names the side of an answered attack (its nisba or «لـ» right after the attack noun), not the cue's. */
function answeredBy(tokens: readonly Token[], a: ActorPhrase, pos: number): boolean {
  const noun = a.start - 1;
  return noun !== pos && answeredAt(tokens, noun) >= 0;
}

/**
 * «قصف الجيش الإسرائيلي مواقع لحزب الله ردا على إطلاق صواريخ»: the nearest attack verb before «ردا» at `answer`, in its
 * sentence: the responder's attack; undefined when none.
 */
export function responseVerbBefore(tokens: readonly Token[], answer: number): number | undefined {
  for (let k = answer - 1; k >= 0 && k >= answer - RESPONDER_REACH; k--) {
    if (tokens[k].text === '.' || tokens[k].text === '؛') return undefined;
    // a verb, not an attack noun of an earlier phrase («ردا على هجوم»)
    if (isAttackVerb(tokens[k])) return k;
    if (tokens[k].variants.some((v) => IN_RESPONSE[0].includes(v))) return undefined;
  }
  return undefined;
}
const RESPONDER_REACH = 14;
const OTHER_ROLES: ReadonlySet<string> = new Set(['agency', 'org', 'person']);
/**
 * How far around the cue the three readings above look: a named attacker 4 words before to 10 after, an agent head
 * 8 either side with its actor 3 words after it, a verb 6 words before with its subject touching it.
 */
const CLAUSE_BACK = 8;
const CLAUSE_AHEAD = 12;

/**
 * «قالت وزارة الدفاع السورية إن طائرات التحالف الدولي قصفت مواقع لداعش»: the attack's subject is forces named without
 * one party of their own (a coalition of several states); the attacker is not the speaker nor the report's other side.
 */
export function unnamedAttacker(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number, target: string | null): boolean {
  const near = actorsOverlapping(actors, pos - CLAUSE_BACK, pos + CLAUSE_AHEAD);
  const unnamed = near.filter((a) => !a.party && a.military && !OTHER_ROLES.has(a.role)).map((a) => ({ ...a, party: UNNAMED }));
  return unnamed.length > 0 && verbSubject(unnamed, tokens, pos, target) === UNNAMED;
}
const UNNAMED = '?';

/** One side, or a state and the group allied to it at home (LB and LB-HEZBOLLAH). */
function sameSide(a: string | null, b: string | null): boolean {
  return (!!a && a === b) || homeAllied(a, b);
}

/** «هجوم على يد مسلحين من داعش», «قصف من قبل قوات الدعم السريع»: the actor within three words of the agent head. */
function agentAfter(sides: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | undefined {
  for (let k = Math.max(1, pos - AGENT_REACH); k < tokens.length && k <= pos + AGENT_REACH; k++) {
    if (!isAgentHead(tokens, k)) continue;
    const doer = sides.find((a) => a.start > k && a.start <= k + 3);
    if (doer) return doer.party!;
  }
  return undefined;
}
const AGENT_REACH = 8;

/**
 * The subject of the nearest attack word at or before the cue, in the same stretch of words: the actor right after it
 * (verb–subject–object; «شنت طائرات إسرائيلية», «قصفت المدفعية الإسرائيلية»: after an aircraft or arm noun), or
 * right before it when nothing but «إن»/«أن» or the sentence start precedes the actor («إن الحوثيين استهدفوا»). An
 * actor after a preposition is no subject.
 */
function verbSubject(
  sides: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
  target: string | null,
): string | null | undefined {
  const v = attackWordAt(tokens, pos);
  if (v === undefined) return undefined;
  // «ردت كييف بقصف مواقع روسية», «ردت طهران بهجوم صاروخي»: the side that responded with the attack made it
  const responder = INSTRUMENT_PREFIX.test(tokens[v].text) ? sides.find((a) => a.end === v && isResponse(tokens[a.start - 1])) : undefined;
  if (responder) return responder.party;
  // «وردت أذربيجان على القصف الأرميني بقصف مواقع …»: the subject of the verb of responding, past what it answered
  const answering = INSTRUMENT_PREFIX.test(tokens[v].text) ? responderOf(sides, tokens, v) : undefined;
  if (answering) return answering;
  // «شنت إسرائيل غارات على …», «نفذت تركيا ضربات جوية …»: the subject between a verb of launching and its attack noun
  const launcher = isAttackNoun(tokens[v]) ? launcherBefore(sides, tokens, v) : undefined;
  if (launcher) return launcher;
  // «أعلنت القسام استهداف قوات الاحتلال»: an attack noun's next word is its object when no other side attacked is named
  if (!target && isAttackNoun(tokens[v])) return undefined;
  // «إن مقاتليها استهدفوا دبابة إسرائيلية»: a verb that carries its plural subject has an object after it; so does one
  // after «أنه», «إنها»: the pronoun is its subject («أعلن الجيش أنه استهدف عناصر تابعة لقوات الدعم السريع»)
  if (!PLURAL_SUBJECT.test(tokens[v].text) && !PRONOUN_COMPLEMENTIZERS.has(tokens[v - 1]?.text ?? '')) {
    const aircraft = isAircraft(tokens[v + 1]);
    const after = sides.find((a) => (a.start === v + 1 || (aircraft && a.start === v + 2)) && !PREPOSED.test(tokens[a.start].text));
    if (after) return after.party!;
    // «قصفت راجمات الصواريخ الروسية خيرسون»: an arm in construct with a definite noun is definite too
    const arm = armSide(tokens, v + 1) ?? constructArmSide(tokens, v + 1);
    if (arm && !sameSide(arm, target)) return arm;
  }
  // «إن طائرات التحالف قصفت»: the aircraft or arm noun before the forces it belongs to
  const opens = (k: number) => opensClause(tokens[k]) || (isArmOrAircraft(tokens[k]) && opensClause(tokens[k - 1]));
  const before = sides.find((a) => a.end === v && opens(a.start - 1));
  if (before) return before.party;
  // «إن المدفعية الإسرائيلية قصفت»: the arm and its nisba before the verb
  const armBefore = v >= 2 && opensClause(tokens[v - 3]) ? armSide(tokens, v - 2) : null;
  return armBefore && !sameSide(armBefore, target) ? armBefore : undefined;
}
/** The side named right before the attack noun at `noun`, itself right after an attack or launch verb, or undefined. */
function launcherBefore(sides: readonly ActorPhrase[], tokens: readonly Token[], noun: number): string | undefined {
  const subject = sides.find((a) => a.end === noun && a.start >= 1 && isAttackVerb(tokens[a.start - 1]));
  return subject?.party ?? undefined;
}

/** «أنه», «إنها», «بأنهم»: a complementizer with a pronoun, the subject of the verb after it (normalised). */
const PRONOUN_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['انه', 'انها', 'انهم', 'انهما', 'بانه', 'بانها', 'بانهم', 'وانه', 'وانها']);
/** «استهدفوا», «قصفوا», «شنوا»: the subject is in the verb. */
const PLURAL_SUBJECT = /وا$/;

/** «لقوات», «للجيش», «بالجيش», «كالقوات»: a preposition glued to the word (after «و»/«ف»). */
const PREPOSED = /^[وف]?(?:لل|ل|بال|كال)/;

/** «قصفت المدفعية الإسرائيلية»: an arm noun at `k` and the nisba right after it (only as the verb's subject). */
function armSide(tokens: readonly Token[], k: number): string | null {
  // the arms that fire are named with the article; «استهدف دبابة إسرائيلية» names what was hit
  if (!DEFINITE.test(tokens[k]?.text ?? '') || !tokens[k].variants.some((x) => ARM_NOUNS.includes(x))) return null;
  const m = tokens[k + 1]?.kind === 'word' ? ACTORS.matchAt(tokens, k + 1) : undefined;
  // «التركية» reads as the country's name with the article
  return (m?.data.role === 'nisba' || m?.data.role === 'country') && m.end === k + 2 ? m.data.party : null;
}

/** «استهداف», «هجوم», «قصف»: an attack noun (or «قصف», read so), not a verb that cannot be one. */
function isAttackNoun(t: Token): boolean {
  return t.variants.some((x) => ATTACK_NOUN_FORMS.has(x)) && !t.variants.some((x) => ATTACK_PREDICATES.has(x) && !ATTACK_NOUN_FORMS.has(x));
}

const isResponse = (t: Token | undefined): boolean => !!t?.variants.some((v) => RESPONSE_VERBS.includes(v));

function opensClause(t: Token | undefined): boolean {
  return !t || t.kind === 'punct' || t.variants.some((v) => COMPLEMENTIZERS.has(v));
}

/** The nearest word of attacking or launching at or before the cue, within six words and no punctuation. */
function attackWordAt(tokens: readonly Token[], pos: number): number | undefined {
  for (let k = Math.min(pos, tokens.length - 1); k >= 0 && k >= pos - VERB_REACH; k--) {
    if (tokens[k].kind === 'punct') return undefined;
    if (tokens[k].variants.some((v) => ATTACK_PREDICATES.has(v))) return k;
    // «إن مقاتلات التحالف دمرت منازل»: the attack read at a verb of destroying (attackAt), its subject before it
    if (k === pos && tokens[k].variants.some((v) => DESTROYING_VERBS.includes(v))) return k;
  }
  return undefined;
}
const VERB_REACH = 6;

/**
 * «قال الجيش الباكستاني إن طائراته استهدفت …», «إن مسيراتها قصفت …», «إن مدفعيتنا دكت …»: the speaker's own aircraft
 * or arms (a possessive on the noun cue at `cue`) before their attack verb at `verb`: the speaker attacked.
 */
export function ownArmsAttack(tokens: readonly Token[], cue: number, verb: number): boolean {
  const t = tokens[cue];
  return verb !== cue && !!t?.variants.some((v) => (AIRCRAFT_NISBA_NOUNS.includes(v) || ARM_NOUNS.includes(v)) && owned(t.text, v));
}

/** «طائراته», «مسيرتها», «مدفعيتنا»: the noun `stem` with a possessive pronoun (a final «ة» written «ت» before it). */
function owned(text: string, stem: string): boolean {
  const base = stem.endsWith('ه') ? `${stem.slice(0, -1)}ت` : stem;
  const at = text.lastIndexOf(base);
  return at >= 0 && POSSESSIVE.test(text.slice(at + base.length));
}
const POSSESSIVE = /^(?:ه|ها|هم|هما|نا)$/;

function isArmOrAircraft(t: Token | undefined): boolean {
  return isAircraft(t) || !!t?.variants.some((x) => ARM_NOUNS.includes(x));
}

function isAircraft(t: Token | undefined): boolean {
  return !!t?.variants.some((x) => AIRCRAFT_NISBA_NOUNS.includes(x));
}

/**
 * «مقاتلات سلاح الجو قصفت مواقع لحماس», «طائرات التحالف استهدفت …», «المدفعية الروسية قصفت …»: an aircraft or arm
 * noun read as the cue stands before its verb; the attack is read at that verb (its subject before it, its object
 * after it). Else the cue itself.
 */
export function attackAt(tokens: readonly Token[], pos: number): number {
  if (!isArmOrAircraft(tokens[pos])) return instrumentVerb(tokens, pos) ?? pos;
  // «إن طائراته دمرت مركبات …», «مروحيات الجيش الروسي دمرت مواقع …»: aircraft that destroyed something
  const destroyed = isAircraft(tokens[pos]) ? aircraftDestroysAt(tokens, pos, pos + 1) : -1;
  if (destroyed >= 0) return destroyed;
  for (let k = pos + 1; k < tokens.length && k <= pos + AIRCRAFT_REACH; k++) {
    if (tokens[k].kind === 'punct') break;
    if (isAttackVerb(tokens[k])) return k;
  }
  return instrumentVerb(tokens, pos) ?? pos;
}
const AIRCRAFT_REACH = 4;

/**
 * «استهدف الحوثيون سفينة تجارية في البحر الأحمر قبالة الحديدة بصاروخ باليستي», «هاجمت القوات مواقع المسلحين في
 * الجبال بطائرات مسيرة»: a weapon cue with «بـ» is the instrument of the attack verb before it in its clause, however
 * far; the attack is read at that verb (its subject attacked, its object was hit). Undefined when no verb precedes.
 */
function instrumentVerb(tokens: readonly Token[], pos: number): number | undefined {
  if (!INSTRUMENT_PREFIX.test(tokens[pos]?.text ?? '') || isAttackNoun(tokens[pos])) return undefined;
  for (let k = pos - 1; k >= 0 && k >= pos - INSTRUMENT_REACH; k--) {
    if (tokens[k].kind === 'punct') return undefined;
    if (isAttackVerb(tokens[k])) return k;
  }
  return undefined;
}
/** The verb, its subject, its object and its owner, and a place of a few words («في إقليم شبيلي السفلى جنوب البلاد»). */
const INSTRUMENT_REACH = 16;

/** «قصفت», «استهدفوا»: a word of attack that is a verb, not a noun it could also be read as. */
export function isAttackVerb(t: Token): boolean {
  return t.variants.some((v) => ATTACK_PREDICATES.has(v)) && !t.variants.some((v) => ATTACK_NOUN_FORMS.has(v));
}
