import type { CueKind } from '../../lexicon/cues.js';
import {
  AGAINST,
  FIRED_INTO_AIR,
  LAUNCHED_ATTACK_NOUNS,
  LAUNCH_OR_REPEL,
  PREPOSITION_CLITIC,
} from '../../lexicon/triggers/attack-context.js';
import {
  AFTER,
  BARE_HANDS,
  FACING,
  FIGHTING_OVER,
  FIGHT_AGAINST,
  FIGHT_OBJECT_REACH,
  IN_THE,
  NOT_ARMED,
  NOT_ARMED_OBJECTS,
  RAIDED_CIVIL_PLACES,
  RAIDED_GUARDED_SITES,
  RAIDS,
  RAID_OBJECT_REACH,
  SIEGE,
  TOLL_WORDS,
} from '../../lexicon/triggers/clash-context.js';
import { AFTERMATH_NOUNS } from '../../lexicon/triggers/aftermath.js';
import { AIR_DEFENCE_ADJECTIVE, AIR_DEFENCE_HEADS, AIR_DEFENCE_REACH, INTERCEPT_WORDS } from '../../lexicon/triggers/interception.js';
import { UNITS } from '../../lexicon/triggers/losses-context.js';
import { PERSONS } from '../../lexicon/nouns.js';
import {
  ARMOURED_TARGETS,
  FRONT_LINES,
  FRONT_REACH,
  NOT_MILITARY_SITES,
  POSITIONS,
  SINGLE_VEHICLE,
} from '../../lexicon/triggers/positions.js';
import { aircraftDestroysAt } from '../attribution/aircraft-subject.js';
import { backsAnAssault } from './cue-conditions.js';
import { findWord, has } from './sentence-view.js';
import { cueWeight, event, tokensOf, type CueSite, type Fired } from './site.js';

/** Fighting cues: clashes, generic attacks typed by their weapon or object, and armour destroyed on the ground. */

/** «آثار القصف», «أضرار الغارات»: the attack word is the possessor of what it left behind. */
export const namedByAftermath = (s: CueSite) => has(tokensOf(s)[s.i - 1], AFTERMATH_NOUNS);

export function clash(s: CueSite): Fired | null {
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
  if (airDefenceRepels(s)) return repelledFromTheAir(s);
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
 * «تصدت الدفاعات الجوية السورية لعدوان …», «تصدت وسائط دفاعنا الجوي …»: air defences, as the subject, repel; the
 * subject may come first («إن الدفاعات الجوية السورية تصدت لعدوان …»), in the verb's clause.
 */
function airDefenceRepels(s: CueSite): boolean {
  const t = tokensOf(s);
  if (!has(t[s.i], INTERCEPT_WORDS)) return false;
  const after = findWord(t, s.cue.end, s.cue.end + AIR_DEFENCE_REACH, AIR_DEFENCE_HEADS);
  if (after >= 0 && has(t[after + 1], AIR_DEFENCE_ADJECTIVE)) return true;
  for (let k = s.i - 1; k >= 0 && k >= s.i - AIR_DEFENCE_REACH - 1; k--) {
    if (t[k].kind === 'punct') return false;
    if (has(t[k], AIR_DEFENCE_HEADS) && has(t[k + 1], AIR_DEFENCE_ADJECTIVE)) return true;
  }
  return false;
}

/**
 * «تصدت الدفاعات الجوية لعدوان إسرائيلي استهدف مطار المزة»: an attack verb just after what air defences repelled is
 * that attack's own verb; the attack came from the air (typed where the air defences repel), no fighting on a position.
 */
function repelledByAirDefence(s: CueSite): boolean {
  const t = tokensOf(s);
  const repelled = (c: CueSite['cue']) =>
    !t.slice(c.end, s.i).some((x) => x.kind === 'punct') && airDefenceRepels({ ...s, cue: c, i: c.start });
  return s.view.facts.cues.some((c) => c.start < s.i && s.i - c.end <= REPELLED_REACH && repelled(c));
}
/** Tokens from the word of repelling to the attack verb: its subject after it («الدفاعات الجوية السورية»), «لعدوان إسرائيلي». */
const REPELLED_REACH = 6;

/**
 * What air defences repel came from the air: an attack by a weapon the sentence names is typed by that weapon
 * («… وأسقطت عددا من الصواريخ»); an «aggression» with none named is an air strike, no fighting on the ground.
 */
const repelledFromTheAir = (s: CueSite): Fired | null =>
  s.view.facts.cues.some((c) => FIRED.has(c.data.kind)) ? null : event('AirStrikeReported', 0.6, ['aircraft']);

/** A generic attack: typed by a weapon cue near it, else fighting on positions, else by the report's weapons. */
export function attack(s: CueSite): Fired | null {
  const { facts } = s.view;
  const t = facts.tokens;
  const i = s.i;
  if (facts.materielSpans.has(i) || namedByAftermath(s)) return null;
  if (s.view.blastNear(i)) return null; // «هجوم بعبوة ناسفة», «استهداف بسيارة مفخخة»: a bombing, no scored type
  if (s.view.assassinationIn(facts.scope.clause[i])) return null; // «قتل مسؤول في عملية اغتيال بإطلاق نار»: a killing
  if (civilianObject(s)) return null; // «استهداف امرأة مسنة», «هجوم على مدنيين»: no fighting between forces
  if (s.view.civilTargetIn(facts.scope.clause[i])) return null; // «تعرضت سفينة شحن لهجوم»: no armed force attacked
  if (findWord(t, s.cue.end, s.cue.end + 3, FIRED_INTO_AIR) >= 0) return null; // «أطلقوا النار في الهواء»: aimed at nobody
  if (repelledByAirDefence(s)) return null; // «تصدت الدفاعات الجوية لعدوان إسرائيلي استهدف مطارا»: the strike repelled
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
export function destroy(s: CueSite): Fired | null {
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
