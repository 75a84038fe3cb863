import type { Cue, CueCondition } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { AMID_WORDS, INSTRUMENT_PREFIX, SUPPORT_FIRE, SUPPORT_NOT_GIVEN, SUPPORT_NOUNS } from '../../lexicon/triggers/aircraft-context.js';
import { MARCH_WORDS } from '../../lexicon/triggers/civil-targets.js';
import {
  NAMING_OBJECTS,
  NAMING_REACH,
  NAMING_VERBS,
  OPERATION_NAMING,
  REPELLING,
  REPELLING_REACH,
} from '../../lexicon/triggers/clash-context.js';
import {
  DIED_COMPLEMENTS,
  DIED_LINKS,
  DIED_ON,
  DIED_REACH,
  DIED_SUBJECT_REACH,
  HIT_SUBJECT_REACH,
  LIFE,
  ONE_OF,
  PREPOSITION_PREFIX,
} from '../../lexicon/triggers/death-idioms.js';
import { SELF_OBJECT_REACH, SELF_OBJECTS, UNKNOWN_FATE, UNKNOWN_FATE_REACH } from '../../lexicon/triggers/surrender-and-fate.js';
import { HIT_ADJECTIVES, HIT_NOUNS } from '../../lexicon/triggers/not-casualties.js';
import { quantityAt } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import { FLAG_OVER, FLAG_REACH, FLAGS, FORCES, FORCES_BEFORE } from '../../lexicon/triggers/control-context.js';
import { findWord, findWordInClause, has } from './sentence-view.js';

/**
 * Cue words with another sense beside their sense of war (lexicon/cues/cue.ts, CueCondition) count only when
 * what the condition asks for stands beside them; otherwise they are no cue at all.
 */
export const CUE_CONDITIONS: Record<CueCondition, (tokens: readonly Token[], cue: LexMatch<Cue>) => boolean> = {
  people: (t, c) => peopleAfter(t, c.end) || peopleBefore(t, c.start) || has(t[c.end], DIED_COMPLEMENTS) || peopleAfterSubject(t, c.end),
  counted: (t, c) => !!quantityAt(t, c.end),
  life: (t, c) => findWord(t, c.end, c.end + DIED_REACH + 1, LIFE) >= 0,
  drone: (t, c) => !has(t[c.end], MARCH_WORDS),
  object: (t, c) => peopleAt(t, c.end),
  hit: (t, c) => (peopleAt(t, c.end) || objectAfterSubject(t, c.end)) && !cognateHit(t, c.end),
  repelled: (t, c) => findWord(t, c.start - REPELLING_REACH, c.start, REPELLING) >= 0,
  self: surrendered,
  // «مصير 4 صيادين», «مصير العشرات», not «مصير المعتقلين» (a topic of talks): people counted, then their fate unknown
  fate: (t, c) => !!quantityAt(t, c.end) && findWordInClause(t, c.end, c.end + UNKNOWN_FATE_REACH, UNKNOWN_FATE) >= 0,
  flag: (t, c) => flagRaisedOver(t, c) >= 0,
  amid: (t, c) => supportGiven(t, c.start),
  unnamed: (t, c) => !operationNamed(t, c.end),
};

/**
 * «سلم 40 مسلحا أنفسهم», «سلم نفسه أحد قادة داعش», «40 مسلحا من حركة الشباب سلموا أنفسهم»: a reflexive object
 * after the verb, and people between them, right after it, or before the verb (not «سلم المطلوب نفسه للشرطة»: a
 * wanted man handing himself in is an arrest, left out).
 */
function surrendered(t: readonly Token[], c: LexMatch<Cue>): boolean {
  const self = findWordInClause(t, c.end, c.end + SELF_OBJECT_REACH, SELF_OBJECTS);
  if (self < 0) return false;
  for (let k = c.end; k <= self + 1; k++) if (peopleAt(t, k)) return true;
  for (let k = c.start - 1; k >= Math.max(0, c.start - SELF_OBJECT_REACH); k--) {
    if (t[k].kind === 'punct') return false;
    if (peopleAt(t, k)) return true;
  }
  return false;
}

/** «عملية عسكرية … تحت مسمى/باسم/أطلق عليها …»: the operation's name follows, before punctuation. */
function operationNamed(t: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length, end + NAMING_REACH); k++) {
    if (t[k]!.kind === 'punct') return false;
    if (has(t[k], OPERATION_NAMING) || (has(t[k], NAMING_VERBS) && has(t[k + 1], NAMING_OBJECTS))) return true;
  }
  return false;
}

/**
 * «تقدمت القوات بإسناد جوي», «تحت غطاء ناري»: a support noun at `k` told as an attack's circumstance, with «ب» or
 * after «تحت/وسط/مع», and not asked for or promised («طالبت بغطاء جوي»).
 */
export function supportGiven(t: readonly Token[], k: number): boolean {
  const withBa = INSTRUMENT_PREFIX.test(t[k]?.text ?? '');
  if (!withBa && !has(t[k - 1], AMID_WORDS)) return false;
  return findWord(t, k - 2, k, SUPPORT_NOT_GIVEN) < 0;
}

/** People counted or named at token k: «4 جنود», «ثلاثة مدنيين», «10 من …», «مسعف», «جنديان». */
export function peopleAt(t: readonly Token[], k: number): boolean {
  if (PERSONS.matchAt(t, k)) return true;
  const q = quantityAt(t, k);
  return !!q && (!!PERSONS.matchAt(t, q.end) || t[q.end]?.text === 'من');
}

/** The people within reach after the word, past «على إثرها», not past punctuation. */
function peopleAfter(t: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length, end + DIED_REACH); k++) {
    if (t[k].kind === 'punct') return false;
    if (peopleAt(t, k)) return true;
    if (!has(t[k], DIED_LINKS) && k > end) return false;
  }
  return false;
}

/** «جنديان قضيا», «12 جنديا حيدوا»: the people as the subject just before the verb. */
function peopleBefore(t: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - DIED_REACH); k--) {
    if (t[k].kind === 'punct') return false;
    if (PERSONS.matchAt(t, k)) return true;
  }
  return false;
}

/**
 * «قضت القوات العراقية على 15 إرهابيا», «صفت القوات الخاصة 4 من قادة الحركة»: a subject of plain words, then the
 * people (after «على» or not); a preposition ends the subject («قضى الاتفاق بانسحاب 500 جندي» counts nobody).
 */
function peopleAfterSubject(t: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length, end + DIED_SUBJECT_REACH + 1); k++) {
    const w = t[k];
    if (w.text === DIED_ON) return peopleAt(t, k + 1);
    if (k > end && peopleAt(t, k)) return true;
    if (w.kind !== 'word' || PREPOSITION_PREFIX.test(w.text)) return false;
  }
  return false;
}

/**
 * «أصابت شظايا القذيفة ثلاثة أطفال», «أصاب قناص طفلا»: after a subject of plain words, people counted or an
 * indefinite person, the object. A definite person or «أحد …» there is in construct with the word before it
 * («منزل أحد المواطنين»), no object.
 */
function objectAfterSubject(t: readonly Token[], end: number): boolean {
  for (let k = end + 1; k <= end + HIT_SUBJECT_REACH && k < t.length; k++) {
    const w = t[k - 1];
    if (w.kind !== 'word' || PREPOSITION_PREFIX.test(w.text)) return false;
    if (/^ال/.test(t[k].text) || has(t[k], ONE_OF)) continue;
    const q = quantityAt(t, k);
    if ((q && PERSONS.matchAt(t, q.end)) || PERSONS.matchAt(t, k)) return true;
  }
  return false;
}

/**
 * «أصاب الصاروخ المبنى إصابة مباشرة», «أصابا السفينة إصابة مباشرة»: the verb's own noun with a hit adjective («مباشرة»,
 * «دقيقة») tells what was hit; it is no wounded person counted after the subject.
 */
function cognateHit(t: readonly Token[], end: number): boolean {
  for (let k = end; k <= end + HIT_SUBJECT_REACH && k + 1 < t.length; k++)
    if (has(t[k], HIT_NOUNS) && has(t[k + 1], HIT_ADJECTIVES)) return true;
  return false;
}

/**
 * «رفعت القوات الأوكرانية علمها فوق قرية …», «مقاتلو الهيئة رفعوا علم الثورة على قلعة حلب»: a force raises a flag, then
 * «فوق»/«على»; the position of that word (-1 when the verb raises no force's flag over anything).
 */
export function flagRaisedOver(t: readonly Token[], c: LexMatch<Cue>): number {
  const flag = findWord(t, c.end, c.end + FLAG_REACH, FLAGS);
  if (flag < 0) return -1;
  if (findWord(t, c.end, flag, FORCES) < 0 && findWord(t, c.start - FORCES_BEFORE, c.start, FORCES) < 0) return -1;
  return findWord(t, flag + 1, flag + FLAG_REACH, FLAG_OVER);
}

/**
 * «تقدمت القوات بإسناد من الطيران الحربي», «تحت غطاء ناري من الطائرات المسيرة»: a support noun given as the
 * advance's circumstance, then «من» and the aircraft at `i`, makes the aircraft the advance's striking arm.
 */
export function supportingArm(t: readonly Token[], i: number): boolean {
  if (t[i - 1]?.text !== 'من') return false;
  let k = i - 2;
  if (has(t[k], SUPPORT_FIRE)) k--;
  return has(t[k], SUPPORT_NOUNS) && supportGiven(t, k);
}

/** A weapon told as support («بإسناد جوي», «تحت غطاء ناري», «بإسناد من الطيران»): the assault it backs is fighting. */
export const backsAnAssault = (t: readonly Token[], w: LexMatch<Cue>): boolean => w.data.when === 'amid' || supportingArm(t, w.start);
