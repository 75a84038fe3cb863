import {
  ATTACHED_PRONOUN,
  BREAKTHROUGH,
  BREAKTHROUGH_IN,
  COLLAPSED,
  COLLAPSE_REACH,
  INSTITUTION,
  IN_FORCE,
  ORDERED,
  SINCE,
  TOPIC_OF,
  TOWARD,
  TOWARD_PREFIX,
  VIOLATED,
  VIOLATED_REACH,
} from '../../lexicon/triggers/ceasefire-context.js';
import { NOT_ARMED } from '../../lexicon/triggers/clash-context.js';
import { DECLARE_VERBS } from '../../lexicon/triggers/declare-verbs.js';
import {
  BODY_HEADS,
  CALL_UP,
  CALL_UP_REACH,
  CIVIL_MOBILIZATION_OBJECTS,
  ENDING_MOBILIZATION,
  MOBILIZE_VERBS,
  RESERVISTS,
} from '../../lexicon/triggers/mobilize-verbs.js';
import { CALLED_INTERVENTION, INVITATION, PLEA_FOR_HELP, SELF_SUPPLY } from '../../lexicon/triggers/request-context.js';
import { REQUEST_OBJECTS } from '../../lexicon/triggers/request-objects.js';
import { demandsHelp, isDemand } from './demands.js';
import { pleaToStop } from './halted.js';
import { findWord, has } from './sentence-view.js';
import { event, tokensOf, type CueSite, type Fired } from './site.js';

/** Ceasefires declared or called for, violations alleged, mobilisation declared and help requested. */

/** «استدعى الجيش جنود الاحتياط»: the reserve after a verb of calling it up. */
const reserveCalledUp = (s: CueSite) => findWord(tokensOf(s), s.i - CALL_UP_REACH, s.i, CALL_UP) >= 0;

/** «قوات التعبئة», «الجهاز المركزي للتعبئة العامة والإحصاء»: the word names a body. */
function namesABody(s: CueSite): boolean {
  const head = tokensOf(s)[s.i - 1]?.text ?? '';
  return BODY_HEADS.includes(head) || (/^[وف]/.test(head) && BODY_HEADS.includes(head.slice(1))); // «ووزارة»: the head itself may start with «و»
}

/** «أنهى حملة التعبئة»: a verb of ending just before the mobilisation word. */
const mobilizationEnded = (s: CueSite) => findWord(tokensOf(s), s.i - 2, s.i, ENDING_MOBILIZATION) >= 0;

/** «تعبئة الرأي العام», «تعبئة الوقود»: a one-word «تعبئة» whose object is civil. */
const civilMobilization = (s: CueSite) => s.cue.end - s.i === 1 && has(tokensOf(s)[s.cue.end], CIVIL_MOBILIZATION_OBJECTS);

/**
 * «أعلن الطرفان هدنة …، ثم اتهم الجيش المتمردين بانتهاكها»: the pronoun on the violation word refers back to a
 * ceasefire or an agreement named just before it.
 */
function violatedBefore(s: CueSite): boolean {
  const t = tokensOf(s);
  if (!ATTACHED_PRONOUN.test(t[s.i].text)) return false;
  const from = s.i - VIOLATED_REACH;
  return (
    s.view.facts.cues.some((c) => c.data.kind === 'ceasefire' && c.start < s.i && c.start >= from) || findWord(t, from, s.i, VIOLATED) >= 0
  );
}

/** «تحقيق اختراق في مفاوضات الهدنة»: a breakthrough in the talks, not a breach. */
const breakthrough = (s: CueSite) => has(tokensOf(s)[s.i], BREAKTHROUGH) && has(tokensOf(s)[s.cue.end], BREAKTHROUGH_IN);

/** What a violation word violates («خرق الهدنة», «الخروقات المتكررة التي يبادر إليها العدو لاتفاق …»), in its clause. */
function violatedAt(s: CueSite): number {
  const k = findWord(tokensOf(s), s.cue.end, s.cue.end + VIOLATED_REACH, VIOLATED);
  return k >= 0 && s.view.facts.scope.clause[k] === s.view.facts.scope.clause[s.i] ? k : -1;
}

export function ceasefire(s: CueSite): Fired | null {
  const { facts } = s.view;
  const t = facts.tokens;
  const i = s.i;
  if (has(t[s.cue.end], NOT_ARMED)) return null; // «الهدنة التجارية»: a truce in trade or in words
  if (facts.scope.markers.some((m) => m.data === 'despite' && m.start < i && m.start >= i - 4))
    return event('CeasefireViolationAlleged', 0.7);
  if (facts.cues.some((v) => v.data.kind === 'violation' && v.start < i && v.start >= i - VIOLATED_REACH - 1)) return null;
  if (findWord(t, i - 3, i, SINCE) >= 0) return null;
  if (findWord(t, i - 2, i, INSTITUTION) >= 0) return null;
  if (findWord(t, i - COLLAPSE_REACH, s.cue.end + 1, COLLAPSED) >= 0) return null;
  const concrete = s.view.anywhere(IN_FORCE) >= 0;
  if (topicOfTalks(s) && !concrete) return null;
  // «دعت ... ، إلى الوقف الفوري لإطلاق النار»: a call, even past a comma
  const callEarlier = facts.scope.markers.some((m) => m.data === 'call' && m.start < i);
  const toward = has(t[i - 1], TOWARD) || (TOWARD_PREFIX.test(t[i].text) && callEarlier);
  // «أمرت قواتها بالتزام وقف إطلاق النار»: ordered, not called for
  const ordered = t.slice(Math.max(0, i - 6), i).some((x) => !/^[وف]?ال/.test(x.text) && has(x, ORDERED));
  if ((s.blocked === 'call' || (callEarlier && toward)) && !concrete && !ordered) return event('DiplomaticStatementIssued', 0.6);
  if (ordered && (!s.blocked || s.blocked === 'call')) return event('CeasefireDeclared', 0.85);
  if (s.blocked && s.blocked !== 'call') return null;
  if (!concrete && s.view.anywhere(DECLARE_VERBS) < 0) return null;
  return event('CeasefireDeclared', 0.85);
}

/**
 * «مفاوضات وقف إطلاق النار», «مفاوضات لوقف إطلاق النار», «المشاورات بشأن الهدنة»: the ceasefire is what talks are
 * about, not one declared, whatever verb of agreeing the sentence has («اتفقوا على مواصلة المشاورات بشأن …»).
 */
function topicOfTalks(s: CueSite): boolean {
  const t = tokensOf(s);
  const before = has(t[s.i - 1], TOPIC_OF) ? s.i - 1 : s.i;
  return s.view.facts.cues.some((c) => c.data.kind === 'talks' && c.end === before);
}

export function request(s: CueSite): Fired | null {
  if (s.blocked && s.blocked !== 'call') return null;
  if (has(tokensOf(s)[s.i], PLEA_FOR_HELP)) return event('AssistanceRequested', 0.85);
  if (isDemand(tokensOf(s), s.i)) return demandsHelp(tokensOf(s), s.cue.end) ? event('AssistanceRequested', 0.8) : null;
  const calledFor = has(tokensOf(s)[s.i], SELF_SUPPLY) || has(tokensOf(s)[s.i], CALLED_INTERVENTION);
  if (calledFor) return (s.blocked === 'call' || callBefore(s)) && !negatedRightBefore(s) ? event('AssistanceRequested', 0.8) : null;
  const obj = findWord(tokensOf(s), s.cue.end, s.cue.end + 12, REQUEST_OBJECTS);
  if (obj < 0 || pleaToStop(tokensOf(s), s.cue.end, obj)) return null;
  if (has(tokensOf(s)[s.i], INVITATION) && obj > s.cue.end + 4) return null;
  return event('AssistanceRequested', 0.85);
}

/** «دعت إلى عدم التدخل العسكري»: a negation right before the cue, inside the reach of the call that marked it first. */
const negatedRightBefore = (s: CueSite) => s.view.facts.scope.markers.some((m) => m.data === 'neg' && m.end <= s.i && s.i - m.end <= 1);

/** A call («دعت», «ناشدت», «طالبت») before the cue in its clause. */
function callBefore(s: CueSite): boolean {
  const clause = s.view.facts.scope.clause;
  return s.view.facts.scope.markers.some((m) => m.data === 'call' && m.start < s.i && clause[m.start] === clause[s.i]);
}

/** «خرق الهدنة», «انتهكت الاتفاق», «بانتهاكها» (a ceasefire named before): an alleged violation, not a breakthrough. */
export const violation = (s: CueSite): Fired | null =>
  !breakthrough(s) && (violatedAt(s) >= 0 || violatedBefore(s)) ? event('CeasefireViolationAlleged', 0.85) : null;

/** A mobilisation declared: reservists called up, or a mobilisation word with a verb of declaring it. */
export function mobilization(s: CueSite): Fired | null {
  if (has(tokensOf(s)[s.i], RESERVISTS)) return reserveCalledUp(s) ? event('MobilizationDeclared', 0.85) : null;
  return s.view.anywhere(MOBILIZE_VERBS) >= 0 && !mobilizationEnded(s) && !civilMobilization(s) && !namesABody(s)
    ? event('MobilizationDeclared', 0.9)
    : null;
}
