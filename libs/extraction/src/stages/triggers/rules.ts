import type { IncidentEventType } from '../../extraction-record.js';
import type { CueKind } from '../../lexicon/cues.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import {
  AGAINST,
  FIRED_INTO_AIR,
  LAUNCH_OR_REPEL,
  LAUNCHED_ATTACK_NOUNS,
  PREPOSITION_CLITIC,
} from '../../lexicon/triggers/attack-context.js';
import { BODIES, FAMILIES_OF, FAMILIES_WORD, FOR_PREFIX, PRISONER_EXCHANGE } from '../../lexicon/triggers/captured-context.js';
import {
  ATTACHED_PRONOUN,
  BREAKTHROUGH,
  BREAKTHROUGH_IN,
  COLLAPSE_REACH,
  COLLAPSED,
  IN_FORCE,
  INSTITUTION,
  ORDERED,
  SINCE,
  TOPIC_OF,
  TOWARD,
  TOWARD_PREFIX,
  VIOLATED,
  VIOLATED_REACH,
} from '../../lexicon/triggers/ceasefire-context.js';
import {
  AFTER,
  BARE_HANDS,
  FACING,
  FIGHT_AGAINST,
  FIGHT_OBJECT_REACH,
  FIGHTING_OVER,
  NOT_ARMED,
  NOT_ARMED_OBJECTS,
  IN_THE,
  RAID_OBJECT_REACH,
  RAIDED_CIVIL_PLACES,
  RAIDED_GUARDED_SITES,
  RAIDS,
  SIEGE,
  TOLL_WORDS,
} from '../../lexicon/triggers/clash-context.js';
import { AFTERMATH_NOUNS } from '../../lexicon/triggers/aftermath.js';
import { CONDOLENCE_WORDS } from '../../lexicon/triggers/condolence.js';
import { INTERCEPT_WORDS } from '../../lexicon/triggers/interception.js';
import { HIT_ADJECTIVES, HIT_COPULAS, NON_VIOLENT_CAUSES } from '../../lexicon/triggers/not-casualties.js';
import {
  ABANDONING,
  AIMED_AT_CONTROL,
  ATTEMPT_REACH,
  ATTEMPTING,
  CONTROL_NOUNS,
  NOT_ENTRANTS,
  NOT_ENTRANTS_REACH,
  SEIZED_ON_REACH,
  BECOMING,
  DISPUTE_OR_HELD,
  ENTERING,
  ENVOYS,
  EXPELLING,
  FALLING,
  HANDS,
  INTO_FORCE,
  LEAVING,
  NAME_HEAD,
  NOT_GROUND_LEFT,
  ON_IT,
  OUT_OF,
  OWN_GROUND,
  OWN_GROUND_REACH,
  VISIT,
  WITHDRAWING,
  WITHDRAWN_FROM,
  WITHDRAWN_FROM_REACH,
  SEIZED_ON,
  NOT_GROUND,
  NOT_CONTROLLERS,
  SINCE_OR_TOPIC,
} from '../../lexicon/triggers/control-context.js';
import { DECLARE_VERBS } from '../../lexicon/triggers/declare-verbs.js';
import { AVOIDING, MATERIAL, UNITS } from '../../lexicon/triggers/losses-context.js';
import { PERSONS } from '../../lexicon/nouns.js';
import {
  BODY_HEADS,
  CALL_UP,
  CALL_UP_REACH,
  CIVIL_MOBILIZATION_OBJECTS,
  ENDING_MOBILIZATION,
  MOBILIZE_VERBS,
  RESERVISTS,
} from '../../lexicon/triggers/mobilize-verbs.js';
import {
  ARMOURED_TARGETS,
  FRONT_LINES,
  FRONT_REACH,
  NOT_MILITARY_SITES,
  POSITIONS,
  SINGLE_VEHICLE,
} from '../../lexicon/triggers/positions.js';
import { INVITATION, PLEA_FOR_HELP, SELF_SUPPLY } from '../../lexicon/triggers/request-context.js';
import { REQUEST_OBJECTS } from '../../lexicon/triggers/request-objects.js';
import { TERRITORY } from '../../lexicon/triggers/territory.js';
import { flagRaisedOver } from './cue-conditions.js';
import { aircraftDestroysAt } from '../attribution/aircraft-subject.js';
import { expelledFromAt } from '../attribution/control-sides.js';
import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { isQuoteToken } from '../../text/tokens.js';
import { backsAnAssault } from './cue-conditions.js';
import { demandsHelp, isDemand } from './demands.js';
import { findWord, has } from './sentence-view.js';
import { isFireExchange, releasedAt } from '../figures/released.js';
import { cueWeight, event, tokensOf, type CueSite, type Fired, type TriggerRule } from './site.js';
import { aircraft, shell } from './strikes.js';

export type { CueSite, Fired, Gate, TriggerRule } from './site.js';

/** A place or territory noun within `reach` tokens after the cue. */
const territoryAfter = (s: CueSite, reach: number, placeReach: number) =>
  findWord(tokensOf(s), s.cue.end, s.cue.end + reach, TERRITORY) >= 0 ||
  [...s.view.facts.placeTokens].some((p) => p >= s.cue.end && p <= s.cue.end + placeReach);

/** «آثار القصف», «أضرار الغارات»: the attack word is the possessor of what it left behind. */
const namedByAftermath = (s: CueSite) => has(tokensOf(s)[s.i - 1], AFTERMATH_NOUNS);

function clash(s: CueSite): Fired | null {
  const t = tokensOf(s);
  const i = s.i;
  if (namedByAftermath(s)) return null;
  if (has(t[i], FACING.word) && has(t[i - 1], FACING.before)) return null;
  if (has(t[i], SIEGE.word) && !has(t[i - 1], SIEGE.imposedBy)) return null;
  // «حصيلة قتلى الاشتباكات» names the fight by its toll; «قتلى وجرحى في اشتباكات قبلية» tells the fight
  if (findWord(t, i - 2, i, TOLL_WORDS) >= 0 && !has(t[i - 1], IN_THE)) return null;
  // «بعد المعارك» (after the fighting) looks back at it; «بعد اشتباكات عنيفة» (after violent clashes) tells it
  if (findWord(t, i - 1, i, FIGHTING_OVER) >= 0 && !(has(t[i - 1], AFTER) && !/^ال/.test(t[i].text))) return null;
  if (has(t[s.cue.end], NOT_ARMED) || findWord(t, s.cue.end, s.cue.end + 3, BARE_HANDS) >= 0) return null;
  if (foughtOverNoFoe(s)) return null; // «معركة التأهل», «معركة شرسة ضد الفساد»: a metaphor
  if (raidWithoutFight(s)) return null; // «اقتحمت قوات الاحتلال بلدة بيتا واعتقلت 5 شبان»: a raid
  if (s.view.protestersIn(s.view.facts.scope.clause[i])) return null; // «اشتبك المتظاهرون مع قوات الأمن»: unrest
  if (repelsFire(s)) return null; // «تصدت الدفاعات الجوية لمسيرات»: an interception, typed by the weapon
  return event('ArmedClashReported', 0.9 * cueWeight(s));
}

/**
 * «اقتحمت قوات الاحتلال بلدة بيتا واعتقلت 5 شبان»: a raid whose object is a town, a camp or a civil building, in a
 * sentence with no other fighting word (an attack, a clash or fire), tells no fighting between armed forces.
 */
function raidWithoutFight(s: CueSite): boolean {
  const t = tokensOf(s);
  if (!has(t[s.i], RAIDS)) return false;
  const obj = findWord(t, s.cue.end, s.cue.end + RAID_OBJECT_REACH, RAIDED_CIVIL_PLACES);
  if (obj < 0 || s.view.facts.placeTokens.has(obj)) return false;
  // the first thing raided decides: «اقتحم مسلحون سجنا في بلدة …» is an assault on a guarded site
  const guarded = findWord(t, s.cue.end, obj, RAIDED_GUARDED_SITES);
  if (guarded >= 0) return false;
  return !s.view.facts.cues.some((c) => c.start !== s.i && FIGHT_KINDS.has(c.data.kind));
}
const FIGHT_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['clash', 'attack', 'shell', 'air', 'aircraft', 'blast']);

/** «معركة التأهل», «معركة شرسة ضد الفساد»: a contest or an ill right after the cue, or after «ضد»/«مع» near it. */
function foughtOverNoFoe(s: CueSite): boolean {
  const t = tokensOf(s);
  if (has(t[s.cue.end], NOT_ARMED_OBJECTS)) return true;
  const against = findWord(t, s.cue.end, s.cue.end + FIGHT_OBJECT_REACH, FIGHT_AGAINST);
  return against >= 0 && has(t[against + 1], NOT_ARMED_OBJECTS);
}

/** «تصدت لصواريخ», «تصدى لـ 3 مسيرات»: a word of repelling whose object is a weapon fired, not an assault. */
function repelsFire(s: CueSite): boolean {
  return (
    has(tokensOf(s)[s.i], INTERCEPT_WORDS) &&
    s.view.facts.cues.some((c) => FIRED.has(c.data.kind) && c.start > s.i && c.start - s.cue.end <= 3)
  );
}
const FIRED: ReadonlySet<CueKind> = new Set<CueKind>(['shell', 'air', 'aircraft']);

/**
 * A change of control: «سيطرت على مدينة …» (the place after the cue); «سقطت المدينة في أيدي …» and
 * «باتت القرية تحت سيطرة …» (the place before it); not «المتنازع عليها», «تحت السيطرة» as a state.
 */
function control(s: CueSite): Fired | null {
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
  if (has(t[i], ENTERING) && findWord(t, s.cue.end, s.cue.end + 4, INTO_FORCE) >= 0) return null;
  if (has(t[i], ENTERING) && (onAVisit(s) || findWord(t, s.cue.end, s.cue.end + NOT_ENTRANTS_REACH, NOT_ENTRANTS) >= 0)) return null;
  if (has(t[i], WITHDRAWING) && withdrewFromNoGround(s)) return null;
  if (s.cue.data.when === 'flag') return flagOverPlace(s) ? event('ControlChangeClaimed', 0.8) : null;
  if (has(t[i], EXPELLING)) return expelledSideFromPlace(s) ? event('ControlChangeClaimed', 0.85) : null;
  if (has(t[i], ABANDONING)) return ownGroundLeft(s) ? event('ControlChangeClaimed', 0.8) : null;
  const placeBefore = (hands || becoming || has(t[s.cue.end], ON_IT)) && territoryBefore(s, hands || becoming ? subjectReach(t, i) : 5);
  return placeBefore || territoryAfter(s, 5, 4) || placeOnAfterSubject(s) ? event('ControlChangeClaimed', 0.85) : null;
}

/** «تحاول قوات الدعم السريع السيطرة على …»: a verb of trying or seeking before the cue in its clause, no comma between. */
function attempted(s: CueSite): boolean {
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
function placeOnAfterSubject(s: CueSite): boolean {
  const on = findWord(tokensOf(s), s.cue.end, s.cue.end + SEIZED_ON_REACH, SEIZED_ON);
  return on >= 0 && placeAt(s, on + 1) && !has(tokensOf(s)[on + 1], NOT_GROUND);
}

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

/** A place or territory noun within `reach` tokens before the cue. */
const territoryBefore = (s: CueSite, reach: number) =>
  findWord(tokensOf(s), s.i - reach, s.i, TERRITORY) >= 0 || [...s.view.facts.placeTokens].some((p) => p >= s.i - reach && p < s.i);

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

/** A generic attack: typed by a weapon cue near it, else fighting on positions, else by the report's weapons. */
function attack(s: CueSite): Fired | null {
  const { facts } = s.view;
  const t = facts.tokens;
  const i = s.i;
  if (facts.materielSpans.has(i) || namedByAftermath(s)) return null;
  if (s.view.blastNear(i)) return null; // «هجوم بعبوة ناسفة», «استهداف بسيارة مفخخة»: a bombing, no scored type
  if (civilianObject(s)) return null; // «استهداف امرأة مسنة», «هجوم على مدنيين»: no fighting between forces
  if (s.view.civilTargetIn(facts.scope.clause[i])) return null; // «تعرضت سفينة شحن لهجوم»: no armed force attacked
  if (findWord(t, s.cue.end, s.cue.end + 3, FIRED_INTO_AIR) >= 0) return null; // «أطلقوا النار في الهواء»: aimed at nobody
  const launched = has(t[i], LAUNCHED_ATTACK_NOUNS) && t.slice(Math.max(0, i - 3), i).some((x) => LAUNCH_OR_REPEL.test(x.text));
  // «هجوم على مواقع/معاقل …»: the object of the attack is a military target
  let onPositions = launched;
  let onArmour = false;
  for (let k = s.cue.end; k < Math.min(s.view.n, s.cue.end + 6) && !onPositions; k++) {
    const armour = armouredAt(t, k);
    if (!t[k].variants.some((v) => POSITIONS.includes(v)) && !armour) continue;
    const viaPrep = has(t[k - 1], AGAINST) || PREPOSITION_CLITIC.test(t[k].text) || k === s.cue.end;
    if (viaPrep && !has(t[k + 1], NOT_MILITARY_SITES)) [onPositions, onArmour] = [true, armour];
  }
  // «استهدفت القوات مواقع … بالمدفعية»: a stand-off weapon named as the instrument types the attack (not one at armour:
  // «استهدفوا دبابات بقذائف» is an anti-armour fight)
  // «هاجموا قاعدة للجيش تحت غطاء ناري», «… بإسناد جوي»: support backs the assault, it does not type it
  const standoff = s.view.weapons.filter((w) => !backsAnAssault(t, w));
  if (!onArmour && s.view.instrumentAfter(i, standoff)) return null;
  const clause = facts.scope.clause;
  const front = findWord(t, s.cue.end, s.cue.end + FRONT_REACH, FRONT_LINES);
  if (front >= 0 && clause[front] === clause[i]) onPositions = true;
  const weaponNear = standoff.some((w) => Math.abs(w.start - i) <= 12 || clause[w.start] === clause[i]);
  if (weaponNear && !onPositions) return null; // typed by the weapon cue itself
  // «مسيرة تركية استهدفت موقعا», «استهدفت طائرة مسيرة مواقع»: the weapon does the attacking, even on positions
  if (s.view.weaponAttacks(s.i, s.cue.end)) return null;
  if (onPositions || !facts.docHasStandoff) return event('ArmedClashReported', onPositions ? 0.85 : 0.6);
  return event('ShellingReported', 0.6);
}

/**
 * The attack's object is civilians («استهداف امرأة», «هجوم على المدنيين», «الاستهداف الممنهج للأبرياء»): right
 * after it, after «على», or after one adjective.
 */
function civilianObject(s: CueSite): boolean {
  const t = tokensOf(s);
  for (let k = s.cue.end; k <= s.cue.end + 1; k++) {
    const at = has(t[k], AGAINST) ? k + 1 : k;
    if (PERSONS.matchAt(t, at)?.data.affiliation === 'civilian') return true;
  }
  return false;
}

/** An armoured vehicle at token k: «دبابات», «مدرعة», «آلية عسكرية». */
const armouredAt = (t: CueSite['view']['facts']['tokens'], k: number) =>
  has(t[k], ARMOURED_TARGETS) || (has(t[k], [SINGLE_VEHICLE[0]]) && has(t[k + 1], [SINGLE_VEHICLE[1]]));

/**
 * «تدمير وحدات العدو»: units destroyed are fighting; so is armour destroyed on the ground («تمكنوا من تدمير 4
 * دبابات بقذائف مضادة للدروع», «دمروا آلية عسكرية»), unless aircraft did it («دمرت غارة جوية دبابتين»).
 */
function destroy(s: CueSite): Fired | null {
  const t = tokensOf(s);
  if (findWord(t, s.cue.end, s.cue.end + 3, UNITS) >= 0) return event('ArmedClashReported', 0.7);
  let armour = false;
  for (let k = s.cue.end; k < Math.min(s.view.n, s.cue.end + 3) && !armour; k++) armour = armouredAt(t, k);
  if (!armour) return null;
  const clause = s.view.facts.scope.clause;
  // «مروحيات كا-52 دمرت دبابات»: aircraft that are the verb's subject, whatever stands between (a model's name)
  const fromAir = s.view.weapons.some(
    (w) =>
      (w.data.kind === 'air' || w.data.kind === 'aircraft') &&
      (clause[w.start] === clause[s.i] || aircraftDestroysAt(t, w.start, w.end) === s.i),
  );
  return fromAir ? null : event('ArmedClashReported', 0.7);
}

function toll(s: CueSite, weight: number): Fired | null {
  const t = tokensOf(s);
  if (findWord(t, s.i - 2, s.i, CONDOLENCE_WORDS) >= 0) return null;
  // «إصابات دقيقة», «الإصابة كانت دقيقة» (hits), «ضحايا الفيضانات» (a flood): no casualties of violence
  const hit = has(t[s.cue.end], HIT_ADJECTIVES) || (has(t[s.cue.end], HIT_COPULAS) && has(t[s.cue.end + 1], HIT_ADJECTIVES));
  if (hit || nonViolentCause(s)) return null;
  return event('CasualtiesClaimed', weight);
}

/**
 * «ضحايا الفيضانات», «12 وفاة و30 إصابة بفيروس كورونا», «أدت السيول إلى مقتل 12», «حصيلة ضحايا الزلزال إلى 900
 * قتيل»: a cause of death that is no violence, in the cue's clause, after the cue or before it.
 */
function nonViolentCause(s: CueSite): boolean {
  const clause = s.view.facts.scope.clause;
  const t = tokensOf(s);
  let k = findWord(t, s.cue.end, s.cue.end + 7, NON_VIOLENT_CAUSES);
  if (k < 0 || clause[k] !== clause[s.i]) k = findWord(t, s.i - CAUSE_BEFORE_REACH, s.i, NON_VIOLENT_CAUSES);
  if (k < 0 || clause[k] !== clause[s.i]) return false;
  return !s.view.facts.cues.some((c) => ATTACK_KINDS.has(c.data.kind) && clause[c.start] === clause[s.i]);
}
/** How far before a casualty word its non-violent cause may stand: «تسبب زلزال بقوة 6 درجات في مقتل» is six words. */
const CAUSE_BEFORE_REACH = 7;
const ATTACK_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['clash', 'attack', 'shell', 'air', 'aircraft']);

/** «أسر الضحايا» (families), «تبادل الأسرى» (an exchange): not a capture. */
function captured(s: CueSite): Fired | null {
  const t = tokensOf(s);
  const families = findWord(t, s.cue.end, s.cue.end + 1, FAMILIES_OF) >= 0 || FOR_PREFIX.test(t[s.i].text);
  if (has(t[s.i], FAMILIES_WORD) && families) return null;
  const exchange = s.view.anywhere(PRISONER_EXCHANGE);
  // «تسليم 12 عنصرا أنفسهم»: handing themselves over is a surrender, no exchange; nor is «تبادل إطلاق النار»
  const surrender = s.view.facts.cues.some((c) => c.start === exchange && c.data.when === 'self');
  if (exchange >= 0 && !surrender && !isFireExchange(t, exchange)) return null;
  // «أفرجت حماس عن 10 رهائن», «4 رهائن أفرجت عنهم»: captives freed, no capture
  if (releasedAt(t, s.i)) return null;
  return toll(s, 0.9);
}

/** «تسليم جثث 12 مقاتلا في إطار صفقة التبادل»: bodies handed over were counted when they died. */
const bodiesExchanged = (s: CueSite) => has(tokensOf(s)[s.i], BODIES) && s.view.anywhere(PRISONER_EXCHANGE) >= 0;

function ceasefire(s: CueSite): Fired | null {
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

function request(s: CueSite): Fired | null {
  if (s.blocked && s.blocked !== 'call') return null;
  if (has(tokensOf(s)[s.i], PLEA_FOR_HELP)) return event('AssistanceRequested', 0.85);
  if (isDemand(tokensOf(s), s.i)) return demandsHelp(tokensOf(s), s.cue.end) ? event('AssistanceRequested', 0.8) : null;
  if (has(tokensOf(s)[s.i], SELF_SUPPLY)) return s.blocked === 'call' || callBefore(s) ? event('AssistanceRequested', 0.8) : null;
  const obj = findWord(tokensOf(s), s.cue.end, s.cue.end + 12, REQUEST_OBJECTS);
  if (obj < 0) return null;
  if (has(tokensOf(s)[s.i], INVITATION) && obj > s.cue.end + 4) return null;
  return event('AssistanceRequested', 0.85);
}

/** A call («دعت», «ناشدت», «طالبت») before the cue in its clause. */
function callBefore(s: CueSite): boolean {
  const clause = s.view.facts.scope.clause;
  return s.view.facts.scope.markers.some((m) => m.data === 'call' && m.start < s.i && clause[m.start] === clause[s.i]);
}

/** Diplomatic kinds fire unless a scope marker other than these allows blocks them. */
const unlessBlocked =
  (type: IncidentEventType, allowed: readonly (MarkerKind | undefined)[]) =>
  (s: CueSite): Fired | null =>
    allowed.includes(s.blocked) ? event(type, 0.6) : null;

/** Every cue kind and what its cue becomes: the compiler checks that no kind is missing. */
export const TRIGGER_RULES = {
  clash: { gate: 'asserted', fire: clash },
  attack: { gate: 'asserted', fire: attack },
  shell: { gate: 'asserted', fire: (s) => (namedByAftermath(s) ? null : shell(s)) },
  air: {
    gate: 'asserted',
    fire: (s) =>
      s.view.facts.materielSpans.has(s.i) || namedByAftermath(s) ? null : event('AirStrikeReported', 0.9 * cueWeight(s), ['aircraft']),
  },
  aircraft: { gate: 'asserted', fire: aircraft },
  killed: { gate: 'asserted', fire: (s) => (bodiesExchanged(s) ? null : toll(s, 0.9)) },
  wounded: { gate: 'asserted', fire: (s) => toll(s, 0.9) },
  captured: { gate: 'asserted', fire: captured },
  missing: { gate: 'asserted', fire: (s) => toll(s, 0.9) },
  victims: { gate: 'asserted', fire: (s) => toll(s, 0.6) },
  losses: {
    gate: 'asserted',
    fire: (s) =>
      has(tokensOf(s)[s.cue.end], MATERIAL) || findWord(tokensOf(s), s.i - 2, s.i, AVOIDING) >= 0 ? null : event('CasualtiesClaimed', 0.5),
  },
  destroy: { gate: 'asserted', fire: destroy },
  // «استولى المسلحون على المدينة»: ground seized («على» and a place) is a change of control; equipment seized is
  // materiel only, and «مصادرها» (its sources, read as «مصادرة») seizes nothing
  seize: {
    gate: 'asserted',
    fire: (s) =>
      !attempted(s) &&
      ((findWord(tokensOf(s), s.cue.end, s.cue.end + 2, SEIZED_ON) >= 0 && territoryAfter(s, 4, 4)) || placeOnAfterSubject(s))
        ? event('ControlChangeClaimed', 0.8)
        : null,
  },
  // «خسارة موقعين قتاليين», «فقدت السيطرة»: territory, not equipment
  lose: { gate: 'asserted', fire: (s) => (territoryAfter(s, 3, 2) ? event('ControlChangeClaimed', 0.8) : null) },
  control: { gate: 'asserted', fire: control },
  ceasefire: { gate: 'asserted-or-called', fire: ceasefire },
  violation: {
    gate: 'asserted',
    fire: (s) => (!breakthrough(s) && (violatedAt(s) >= 0 || violatedBefore(s)) ? event('CeasefireViolationAlleged', 0.85) : null),
  },
  mobilization: {
    gate: 'asserted',
    fire: (s) => {
      if (has(tokensOf(s)[s.i], RESERVISTS)) return reserveCalledUp(s) ? event('MobilizationDeclared', 0.85) : null;
      return s.view.anywhere(MOBILIZE_VERBS) >= 0 && !mobilizationEnded(s) && !civilMobilization(s) && !namesABody(s)
        ? event('MobilizationDeclared', 0.9)
        : null;
    },
  },
  request: { gate: 'own', fire: request },
  statement: { gate: 'own', fire: unlessBlocked('DiplomaticStatementIssued', [undefined, 'call']) },
  talks: { gate: 'own', fire: unlessBlocked('TalksHeld', [undefined, 'future', 'call']) },
  monitoring: { gate: 'own', fire: unlessBlocked('MonitoringMissionEstablished', [undefined]) },
  mediation: { gate: 'own', fire: unlessBlocked('MediationOffered', [undefined, 'call', 'future']) },
  blast: { gate: 'asserted', fire: () => null },
} as const satisfies Record<CueKind, TriggerRule>;
