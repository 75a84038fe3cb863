import {
  ABANDONING,
  AIMED_AT_CONTROL,
  ATTEMPTING,
  ATTEMPT_REACH,
  BECOMING,
  CLEARED_OF_REACH,
  CLEARING,
  CONTROL_NOUNS,
  DISPUTE_OR_HELD,
  ENTERING,
  ENVOYS,
  ETHNIC,
  EXPELLING,
  FALLING,
  HANDS,
  INTO_FORCE,
  LEAVING,
  NAME_HEAD,
  NOT_CONTROLLERS,
  NOT_ENTRANTS,
  NOT_ENTRANTS_REACH,
  NOT_ENEMIES,
  NOT_GROUND,
  NOT_GROUND_LEFT,
  ON_IT,
  OUT_OF,
  OWN_GROUND,
  OWN_GROUND_REACH,
  SEIZED_ON,
  SHARE_OF_GROUND,
  SEIZED_ON_REACH,
  SINCE_OR_TOPIC,
  VISIT,
  WITHDRAWING,
  WITHDRAWN_FROM,
  WITHDRAWN_FROM_REACH,
} from '../../lexicon/triggers/control-context.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { TERRITORY } from '../../lexicon/triggers/territory.js';
import { NON_VIOLENT_CAUSES } from '../../lexicon/triggers/not-casualties.js';
import { flagRaisedOver } from './cue-conditions.js';
import { expelledFromAt } from '../attribution/control-sides.js';
import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { isQuoteToken, type Token } from '../../text/tokens.js';
import { findWord, has } from './sentence-view.js';
import { event, tokensOf, type CueSite, type Fired } from './site.js';

/** Changes of control: ground taken, lost, entered, left or fallen, and what only looks like one. */

/** A place or territory noun within `reach` tokens after the cue. */
export const territoryAfter = (s: CueSite, reach: number, placeReach: number) =>
  findWord(tokensOf(s), s.cue.end, s.cue.end + reach, TERRITORY) >= 0 ||
  [...s.view.facts.placeTokens].some((p) => p >= s.cue.end && p <= s.cue.end + placeReach);

/**
 * A change of control: «سيطرت على مدينة …» (the place after the cue); «سقطت المدينة في أيدي …» and
 * «باتت القرية تحت سيطرة …» (the place before it); not «المتنازع عليها», «تحت السيطرة» as a state.
 */
export function control(s: CueSite): Fired | null {
  const t = tokensOf(s);
  const i = s.i;
  if (AIMED_AT_CONTROL.test(t[i].text) || AIMED_AT_CONTROL.test(t[i - 1]?.text ?? '')) return null;
  if (has(t[i - 1], SINCE_OR_TOPIC) || attempted(s)) return null;
  // «ساحة التحرير», «هيئة تحرير الشام», «هيئة "تحرير الشام"»: a name
  if (NAME_HEAD.test(t[isQuoteToken(t[i - 1]) ? i - 2 : i - 1]?.text ?? '')) return null;
  if (has(t[s.cue.end], SEIZED_ON) && has(t[s.cue.end + 1], NOT_GROUND)) return null;
  if (has(t[s.cue.end], NOT_CONTROLLERS)) return null; // «سيطرت الأمطار على …», «يسيطر الهدوء على الجبهة»
  // «فيضانات اجتاحت الولاية», «اجتاحت الفيضانات القرى»: a flood or a fire sweeps, it takes no ground
  if (has(t[i - 1], NON_VIOLENT_CAUSES) || has(t[s.cue.end], NON_VIOLENT_CAUSES)) return null;
  const becoming = findWord(t, i - 5, i, BECOMING) >= 0 || leftControl(s);
  const hands = has(t[s.cue.end - 1], HANDS);
  if (hands && findWord(t, i - 5, i, FALLING) < 0) return null;
  if (!becoming && findWord(t, i - 3, i, DISPUTE_OR_HELD) >= 0) return null;
  if (!becoming && heldGround(s)) return null; // «مناطق سيطرة الجيش»: ground named by who holds it
  if (has(t[i], ENTERING) && (findWord(t, s.cue.end, s.cue.end + 4, INTO_FORCE) >= 0 || ceasefireEnters(s))) return null;
  if (has(t[i], ENTERING) && (onAVisit(s) || findWord(t, s.cue.end, s.cue.end + NOT_ENTRANTS_REACH, NOT_ENTRANTS) >= 0)) return null;
  if (has(t[i], WITHDRAWING) && withdrewFromNoGround(s)) return null;
  if (has(t[i], CLEARING) && clearedOfNoEnemy(s)) return null;
  if (s.cue.data.when === 'flag') return flagOverPlace(s) ? event('ControlChangeClaimed', 0.8) : null;
  if (has(t[i], EXPELLING)) return expelledSideFromPlace(s) ? event('ControlChangeClaimed', 0.85) : null;
  if (has(t[i], ABANDONING)) return ownGroundLeft(s) ? event('ControlChangeClaimed', 0.8) : null;
  const placeBefore = (hands || becoming || has(t[s.cue.end], ON_IT)) && territoryBefore(s, hands || becoming ? subjectReach(t, i) : 5);
  return placeBefore || territoryAfter(s, 5, 4) || placeOnAfterSubject(s) ? event('ControlChangeClaimed', 0.85) : null;
}

/** «التطهير العرقي» (ethnic cleansing), «تطهير المنطقة من الألغام» (demining): a clearing that takes no ground. */
function clearedOfNoEnemy(s: CueSite): boolean {
  const t = tokensOf(s);
  return has(t[s.cue.end], ETHNIC) || findWord(t, s.cue.end, s.cue.end + CLEARED_OF_REACH, NOT_ENEMIES) >= 0;
}

/** «تحاول قوات الدعم السريع السيطرة على …»: a verb of trying or seeking before the cue in its clause, no comma between. */
export function attempted(s: CueSite): boolean {
  const t = tokensOf(s);
  const k = findWord(t, s.i - ATTEMPT_REACH, s.i, ATTEMPTING);
  if (k < 0 || s.view.facts.scope.clause[k] !== s.view.facts.scope.clause[s.i]) return false;
  for (let j = k + 1; j < s.i; j++) if (t[j].kind === 'punct') return false;
  return true;
}

/** «رفعت القوات علمها فوق قرية …», «فوق قلعة حلب»: a place or ground noun just past «فوق»/«على». */
function flagOverPlace(s: CueSite): boolean {
  const over = flagRaisedOver(tokensOf(s), s.cue);
  return over >= 0 && [1, 2, 3].some((d) => placeAt(s, over + d) && !has(tokensOf(s)[over + d], NOT_GROUND));
}

/** «مناطق سيطرة الجيش»: the control noun right after a ground noun, in construct with it. */
const heldGround = (s: CueSite) => has(tokensOf(s)[s.i], CONTROL_NOUNS) && has(tokensOf(s)[s.i - 1], TERRITORY);

/** «سيطرت جماعة نصرة الإسلام والمسلمين على بلدة …»: the place right after the first «على» past a long subject. */
export function placeOnAfterSubject(s: CueSite): boolean {
  const on = findWord(tokensOf(s), s.cue.end, pastAsides(tokensOf(s), s.cue.end, SEIZED_ON_REACH), SEIZED_ON);
  if (on < 0) return false;
  // «على معظم مدينة حلب», «على كامل الريف»: the share taken, then the place
  const at = has(tokensOf(s)[on + 1], SHARE_OF_GROUND) ? on + 2 : on + 1;
  return placeAt(s, at) && !has(tokensOf(s)[at], NOT_GROUND);
}

/**
 * Where a reach of `reach` words from `from` ends when a short aside between commas («، صباح الخميس،») is not
 * counted: a date or a place told inside a long subject does not push its verb's complement out of reach.
 */
function pastAsides(t: readonly Token[], from: number, reach: number): number {
  let k = from;
  for (let counted = 0; counted < reach && k < t.length; k++) {
    const close = t[k].text === COMMA ? t.slice(k + 1, k + 2 + ASIDE_WORDS).findIndex((x) => x.text === COMMA) : -1;
    if (close > 0) k += close + 1;
    else counted++;
  }
  return k;
}
const COMMA = '،';
/** The longest aside skipped: «، مساء يوم الخميس،». */
const ASIDE_WORDS = 3;

/** «خرجت المدينة عن سيطرة الحكومة»: a verb of leaving, then «عن» right before the control word. */
const leftControl = (s: CueSite) => has(tokensOf(s)[s.i - 1], OUT_OF) && findWord(tokensOf(s), s.i - 5, s.i - 1, LEAVING) >= 0;

/** «أخلت القوات مواقعها», «تخلت القوات عن مواقعها»: a ground noun with a possessive pronoun after the verb. */
function ownGroundLeft(s: CueSite): boolean {
  const t = tokensOf(s);
  for (let k = s.cue.end; k < Math.min(s.view.n, s.cue.end + OWN_GROUND_REACH); k++) {
    const { text, variants } = t[k];
    // «مواقعها» is «مواقع» and a pronoun («المدينه» ends in «ه» and has none)
    if (variants.some((v) => TERRITORY.includes(v) && OWN_GROUND.some((p) => text.endsWith(v + p)))) return true;
  }
  return false;
}

/** «دخل الرئيس مدينة بورتسودان في زيارة رسمية»: a visit or a tour in the entry's clause. */
function onAVisit(s: CueSite): boolean {
  const clause = s.view.facts.scope.clause;
  const k = findWord(tokensOf(s), s.cue.end, s.cue.end + 8, VISIT);
  return k >= 0 && clause[k] === clause[s.i];
}

/** «انسحبت الولايات المتحدة من الاتفاق النووي»: the first «من» after the withdrawal names a pact or a contest. */
function withdrewFromNoGround(s: CueSite): boolean {
  const t = tokensOf(s);
  const from = findWord(t, s.cue.end, s.cue.end + WITHDRAWN_FROM_REACH, WITHDRAWN_FROM);
  return from >= 0 && has(t[from + 1], NOT_GROUND_LEFT);
}

/**
 * «طرد الجيش العراقي تنظيم داعش من بلدة …»: a side expelled from a place; not envoys or civilians driven out
 * («طردت الجزائر السفير الفرنسي من أراضيها», «أخرجت الفرق المدنيين من الحي»).
 */
function expelledSideFromPlace(s: CueSite): boolean {
  const t = tokensOf(s);
  const from = expelledFromAt(t, s.i);
  if (!placeAt(s, from + 1)) return false;
  for (let k = s.cue.end; k < from; k++) if (has(t[k], ENVOYS) || PERSONS.matchAt(t, k)?.data.affiliation === 'civilian') return false;
  return true;
}

/** «من بلدة …», «من القائم»: a place or territory noun at token `k` (none at 0, before any «من» found). */
const placeAt = (s: CueSite, k: number) => k > 0 && (has(tokensOf(s)[k], TERRITORY) || s.view.facts.placeTokens.has(k));

/**
 * «أعلنت أن قرية صغيرة ثالثة هي ماكاريفكا القريبة من بلاغوداتني، قد سقطت في أيدي …»: the place that fell or became
 * held is the subject of the clause a complementizer opens, however long; without one, the five words before.
 */
function subjectReach(t: CueSite['view']['facts']['tokens'], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) if (COMPLEMENTIZERS.has(t[k]!.text)) return i - k;
  return 5;
}
const SUBJECT_REACH = 14;

/** A place or territory noun within `reach` tokens before the cue. */
const territoryBefore = (s: CueSite, reach: number) =>
  findWord(tokensOf(s), s.i - reach, s.i, TERRITORY) >= 0 || [...s.view.facts.placeTokens].some((p) => p >= s.i - reach && p < s.i);

/** «دخلت الهدنة الإنسانية في قطاع غزة حيز التنفيذ»: what enters is a ceasefire, the verb's subject right after it. */
const ceasefireEnters = (s: CueSite) =>
  s.view.facts.cues.some((c) => c.data.kind === 'ceasefire' && c.start >= s.cue.end && c.start <= s.cue.end + 1);
