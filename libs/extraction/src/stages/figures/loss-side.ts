import { ATTACK_VERBS } from '../../lexicon/triggers/attack-verbs.js';
import { ATTACK_NOUNS } from '../../lexicon/loss-sides.js';
import {
  CLAIM_VERBS,
  FEMININE_AFTER_SHE,
  FIRST_PERSON_ATTACK,
  KILLING_VERB,
  LAUNCH_VERBS,
  SHE_COMPLEMENTIZERS,
  MEMBER_LINKS,
  MEMBER_NOUNS,
  OWN_FORCES,
  OWN_STRIKES,
  PRONOUN_SUBJECT,
  REBELS,
  SPEAKER_COMPLEMENTIZERS,
} from '../../lexicon/loss-sides.js';
import { RESPONSIBILITY_NOUNS } from '../../lexicon/markers.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { INSTRUMENT_PREFIX } from '../../lexicon/triggers/aircraft-context.js';
import { quantityAt } from '../../quantities/quantity.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { subjectEnds } from '../attribution/subject-labels.js';
import { attackNounBefore } from '../attribution/attack-noun.js';
import type { FigureSentence } from './figure-sentence.js';

/**
 * Whose losses a figure counts when the figure's own words name no side: the
 * members of an actor named right after it, the other side of whoever killed
 * them, the side a sentence's attack targeted. Each rule answers `undefined`
 * when it does not apply, so the next one (and in the end the claimant) decides.
 */

/** Roles that can stand for a side («الحوثيين», «الجيش السوري», «الأرمن»); not outlets, organisations, persons. */
const SIDE_ROLES: ReadonlySet<ActorPhrase['role']> = new Set(['group', 'country', 'nisba', 'head', 'capital']);

const isSide = (a: ActorPhrase) => !!a.party && SIDE_ROLES.has(a.role) && !(a.role === 'head' && a.contextual && !a.military);

/**
 * «مقتل 10 على الأقل من طالبان», «30 من مقاتلي الحركة», «5 عناصر حوثيين»: the actor the counted people belong to.
 * «من المتمردين» names no actor: the rebels are `rebels`, the non-state side fighting the report's state, if known.
 */
export function memberParty(sw: FigureSentence, pos: number, rebels?: string | null): string | null | undefined {
  const { tokens, actors } = sw;
  // from the number's end: «ما لا يقل عن 35 عنصرا من القوات» (hedge words are no members)
  for (let k = quantityAt(tokens, pos)?.end ?? pos, steps = 0; k < tokens.length && steps < 6; steps++) {
    const side = actors.find((a) => a.start === k);
    if (side) return isSide(side) ? side.party : undefined;
    const t = tokens[k];
    if (k > pos && t.variants.some((v) => REBELS.includes(v))) return rebels ?? undefined;
    if (k > pos && isPossessiveMembers(t)) return possessor(sw, pos);
    const noun = PERSONS.matchAt(tokens, k);
    if (noun) k = noun.end;
    else if (t.kind === 'number' || t.text === '"' || t.variants.some((v) => MEMBER_LINKS.includes(v))) k++;
    else return undefined;
  }
  return undefined;
}

/** «أفرادها», «عناصرهم», «جنودها»: members of a side named elsewhere. */
const isPossessiveMembers = (t: Token) => /(?:ها|هم)$/.test(t.text) && t.variants.some((v) => MEMBER_NOUNS.includes(v));

/**
 * The side a possessive before a figure points back to: the last side named before the figure in its sentence,
 * else the last of the sentence before («شنت غارة على حركة الشباب. قتل 2 من بين أفرادها»). Undefined when none.
 */
export function possessor({ actors, previous = [] }: FigureSentence, pos: number): string | null | undefined {
  const before = actors.filter((a) => a.end <= pos && isSide(a));
  const named = before.length ? before : previous.filter(isSide);
  return named.length ? named[named.length - 1].party : undefined;
}

/** Who did the killing or capturing of the figure at `pos`: 'speaker', an actor's party, or undefined (passive, unknown). */
export function agentOf({ tokens, actors }: FigureSentence, pos: number): 'speaker' | string | undefined {
  // VSO: «قتلت القوات الأمريكية 3 مسلحين»
  const subjectAfter = actors.find((a) => a.end === pos && isSide(a) && KILLING_VERB.test(tokens[a.start - 1]?.text ?? ''));
  if (subjectAfter) return subjectAfter.party ?? undefined;
  const v = pos - 1;
  const verb = tokens[v];
  if (!verb || !KILLING_VERB.test(verb.text)) return undefined;
  // SVO: «مقاتلو الحركة قتلوا 43 جنديا»
  const subjectBefore = actors.find((a) => (a.end === v || (a.end === v - 1 && tokens[v - 1].text === 'قد')) && isSide(a));
  if (subjectBefore) return subjectBefore.party ?? undefined;
  // «أنها قتلت 30 جنديا»: a feminine verb after «أنها» has the speaker as subject (a masculine «أنه قتل» may be
  // the impersonal passive, «that 30 were killed», so it names no agent)
  if (FEMININE_AFTER_SHE.test(verb.text) && tokens[v - 1]?.variants.some((x) => SHE_COMPLEMENTIZERS.includes(x))) return 'speaker';
  if (!PRONOUN_SUBJECT.test(verb.text)) return undefined;
  if (/نا$/.test(verb.text)) return 'speaker';
  return speakerAsSubject(tokens[v - 1]) ? 'speaker' : undefined;
}

/**
 * «قال حزب الله إنه استهدف …», «أعلنت الحركة أنها شنت هجوما …», «إن مقاتليها قصفوا …», «استهدفنا …»: the speaker
 * (or its forces) is the subject of the attack at `pos`, so the speaker is the attacker, not the side attacked. Not
 * when another actor is the subject («أن القوات الروسية قصفت») or the verb between says the speaker suffered it
 * («إنها تعرضت لهجوم», «إنه تم استهداف»): only a verb of launching may stand between.
 */
export function speakerActs(tokens: readonly Token[], actors: readonly ActorPhrase[], pos: number): boolean {
  const cue = tokens[pos];
  if (!cue || cue.kind !== 'word') return false;
  if (FIRST_PERSON_ATTACK.test(cue.text)) return true;
  if (ownStrikes(tokens, pos)) return true;
  if (claimedAct(tokens, actors, pos) || claimedInstrument(tokens, actors, pos)) return true;
  for (let k = pos - 1; k >= 0 && k >= pos - 2; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (speakerAsSubject(t)) return true;
    if (actors.some((a) => a.start <= k && k < a.end)) return false;
    if (!t.variants.some((v) => LAUNCH_VERBS.includes(v))) return false;
  }
  return false;
}

/**
 * «أعلنت سرايا القدس قصف مستوطنة», «أعلن الجيش الإسرائيلي شن غارات»: the act a claim verb's subject announces (its
 * noun right after the subject, or after a verb of launching) is the subject's own.
 */
function claimedAct(tokens: readonly Token[], actors: readonly ActorPhrase[], pos: number): boolean {
  const act = tokens[pos - 1]?.variants.some((v) => LAUNCH_VERBS.includes(v)) ? pos - 1 : pos;
  // «أعلنت حركة الشباب مسؤوليتها عن الهجوم», «ادعى التنظيم مسؤوليته عن التفجير»: the responsibility it takes
  const at = tokens[act - 1]?.text === 'عن' && RESPONSIBILITY_NOUNS.matchAt(tokens, act - 2)?.end === act - 1 ? act - 2 : act;
  const ends = subjectEnds(tokens, at);
  const subject = actors.find((a) => ends.includes(a.end) && a.party);
  return !!subject && !!tokens[subject.start - 1]?.variants.some((v) => CLAIM_VERBS.includes(v));
}

/**
 * «أعلن الحوثيون استهداف سفينة … بصاروخ», «قال الجيش إنه قتل قياديا في الحزب بغارة»: the weapon or strike («بـ», or
 * «في» before the strike) of an act the speaker claimed earlier in the clause is the speaker's.
 */
function claimedInstrument(tokens: readonly Token[], actors: readonly ActorPhrase[], pos: number): boolean {
  // «قال الجيش إنه قتل 30 إرهابيا في غارات جوية»: the strikes «في» which the speaker killed are its own too
  const by = instrumentStart(tokens, pos);
  const at = by ?? (tokens[pos - 1]?.text === 'في' ? pos - 1 : undefined);
  if (at === undefined) return false;
  for (let k = at - 1; k >= 0 && k >= at - INSTRUMENT_REACH; k--) {
    if (tokens[k].kind === 'punct') return false;
    // «استهدفناه بصاروخ»: the weapon of the speaker's own attack (the subject «نا», the object a pronoun)
    if (FIRST_PERSON_ATTACK.test(tokens[k].text)) return true;
    if (isAttackWord(tokens[k]) && claimedAct(tokens, actors, k)) return true;
    if (by === undefined && !saidItKilled(tokens, k)) continue;
    if ((isAttackWord(tokens[k]) || KILLING_VERB.test(tokens[k].text)) && speakerAsSubject(tokens[k - 1])) return true;
  }
  return false;
}

/**
 * «إنه قتل 30 إرهابيا في غارات», not «إن مقاتليها قتلوا في غارة» («قُتلوا», were killed, in a strike on them): before
 * «في» only a singular verb right after the speaker's «أنه/أنها» has the speaker as subject.
 */
function saidItKilled(tokens: readonly Token[], k: number): boolean {
  return !PRONOUN_SUBJECT.test(tokens[k].text) && !!tokens[k - 1]?.variants.some((v) => SINGULAR_SPEAKER.includes(v));
}
const SINGULAR_SPEAKER: readonly string[] = ['انه', 'بانه', 'انها', 'بانها'];
const INSTRUMENT_REACH = 8;

/**
 * Where the instrument phrase of the weapon at `pos` opens: at the weapon («بصاروخ»), or at a count before it that
 * carries the «بـ» («بعدد من الصواريخ», «بثلاثة صواريخ», «بـ 4 طائرات مسيرة»).
 */
function instrumentStart(tokens: readonly Token[], pos: number): number | undefined {
  if (INSTRUMENT_PREFIX.test(tokens[pos].text)) return pos;
  for (let k = pos - 1; k >= 0 && k >= pos - INSTRUMENT_COUNT_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') return undefined;
    if (t.kind === 'word' && INSTRUMENT_PREFIX.test(t.text) && (quantityAt(tokens, k) || INSTRUMENT_COUNTS.test(t.text))) return k;
    if (t.text === 'ب' || t.text === 'بـ') return quantityAt(tokens, k + 1) ? k : undefined;
  }
  return undefined;
}
const INSTRUMENT_COUNT_REACH = 3;
/** «بعدد», «بعشرات», «بسلسلة», «بموجة», «برشقة»: counts and volleys an instrument phrase may open with. */
const INSTRUMENT_COUNTS = /^ب(?:عدد|عشرات|سلسله|موجه|رشقه|رشقات|دفعه)$/;

/** «أنهم قتلوا», «مقاتليها قتلوا»: the word before the verb puts the speaker (or its forces) as subject. */
/**
 * «قال الجيش الأمريكي إن غاراته في العراق استهدفت …», «أعلنت أنقرة أن ضرباتها …»: an attack noun with a possessive,
 * first in the reported clause, is the speaker's (not the side of a place named after it).
 */
function ownStrikes(tokens: readonly Token[], pos: number): boolean {
  if (!tokens[pos - 1]?.variants.some((v) => THAT.includes(v))) return false;
  const text = tokens[pos].text.replace(/^[وف]/, '');
  return OWN_STRIKES.some((stem) => {
    const base = stem.endsWith('ه') ? `${stem.slice(0, -1)}ت` : stem;
    return text.startsWith(base) && /^(?:ه|ها|هم|هما|نا)$/.test(text.slice(base.length));
  });
}
/** «إن», «أن», «بأن» before the reported clause (normalised). */
const THAT: readonly string[] = ['ان', 'بان', 'وان'];

function speakerAsSubject(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.variants.some((v) => SPEAKER_COMPLEMENTIZERS.includes(v))) return true;
  return /(?:ها|هم|ه|نا)$/.test(t.text) && t.variants.some((v) => OWN_FORCES.includes(v));
}

// Every figure looks back 14 tokens for an attack word: the answer depends on the word alone, so it is
// worked out once per surface form rather than by scanning the list for every token of every figure.
const ATTACK_SLOT = newFormSlot();
const isAttackWord = (t: Token): boolean => formMemo(t, ATTACK_SLOT, (u) => u.variants.some((v) => ATTACK_VERBS.includes(v)));

/**
 * «كمين نفذته الفلول استهدف مقاتلي وزارة الدفاع، ما أسفر عن مقتل 13 عنصراً», «هجوم على مواقع الجيش أسفر عن …»:
 * the side an attack before the figure aimed at. Only when the attack word cannot have that side as its subject:
 * a noun («استهداف», «هجوم»), a verb right after such a noun, or a verb whose subject stands before it.
 */
export function targetedParty({ tokens, actors }: FigureSentence, pos: number): string | null | undefined {
  for (let k = pos - 1; k >= 0 && k >= pos - 14; k--) {
    if (!isAttackWord(tokens[k])) continue;
    // «غارة إسرائيلية», «هجوم صاروخي روسي»: the nisba describing the attack word (past an adjective of manner) is its
    // author, never its target
    const target = actors.find(
      (a) =>
        a.start > k &&
        a.start <= k + 2 &&
        a.end <= pos &&
        isSide(a) &&
        !(a.role === 'nisba' && (a.start === k + 1 || attackNounBefore(tokens, a.start) >= 0)),
    );
    if (!target) continue;
    // «استهداف مواقع الجيش»; «كمين استهدف عناصر الجيش» (the ambush is the subject); «الفلول استهدفت …»
    const attackNoun = (j: number) => !!tokens[j]?.variants.some((v) => ATTACK_NOUNS.includes(v));
    const noun = attackNoun(k) || attackNoun(k - 1) || attackNoun(k - 2);
    const subject = actors.some((a) => a !== target && a.end <= k && a.end >= k - 2 && isSide(a));
    if (noun || subject) return target.party;
  }
  return undefined;
}
