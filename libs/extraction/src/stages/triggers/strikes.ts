import { INSTRUMENT_PREFIX, NOT_A_STRIKE } from '../../lexicon/triggers/aircraft-context.js';
import { ARMS_NOT_FIRED, ARMS_REACH, SITE_LAUNCH_LINKS, WEAPON_SITES } from '../../lexicon/triggers/arms-context.js';
import { ATTACK_VERBS } from '../../lexicon/triggers/attack-verbs.js';
import { aircraftDestroysAt } from '../attribution/aircraft-subject.js';
import { interceptedAt } from './interception.js';
import { supportingArm } from './cue-conditions.js';
import { findWord } from './sentence-view.js';
import { has } from './token-words.js';
import { cueWeight, event, tokensOf, type CueSite, type Fired } from './site.js';

/** Fire at a place; a bare «قصف» next to an aircraft word («قصفت طائرات مسيرة …») is left to the aircraft's strike. */
export function shell(s: CueSite): Fired | null {
  if (s.view.facts.materielSpans.has(s.i)) return null;
  if (armsNotFired(s) || weaponOfASite(s)) return null;
  if (s.cue.data.bare && s.view.aircraftNear(s.i, AIRCRAFT_REACH)) return null;
  // «غارات بالصواريخ الفراغية», «غارة بصاروخ»: the missile is the air strike's instrument
  if (!s.cue.data.joined && INSTRUMENT_PREFIX.test(tokensOf(s)[s.i].text) && s.view.airStrikeBefore(s.i, 2)) return null;
  if (namesTheStrikeBefore(s) || missileOfTheStrikeBefore(s)) return event('AirStrikeReported', 0.8 * cueWeight(s), ['aircraft']);
  const fired = event('ShellingReported', 0.9 * cueWeight(s), s.cue.data.weapon ? [s.cue.data.weapon] : []);
  return s.cue.data.bare && s.view.allWeaponsBare() ? { ...fired, bare: true } : fired;
}

/** «تزويد أوكرانيا بصواريخ», «ترسانة من الصواريخ»: a weapon noun owned, traded or tested in its clause, not fired. */
function armsNotFired(s: CueSite): boolean {
  if (s.cue.data.bare) return false;
  const k = findWord(tokensOf(s), s.i - ARMS_REACH, s.i, ARMS_NOT_FIRED);
  return k >= 0 && s.view.facts.scope.clause[k] === s.view.facts.scope.clause[s.i];
}

/**
 * «استهدفت الضربات منصات لإطلاق الصواريخ», «مخازن للصواريخ», «منصات إطلاق الطائرات المسيرة»: the weapon of a launcher
 * or depot just before it (past «إطلاق») names what was struck, not a weapon fired.
 */
function weaponOfASite(s: CueSite): boolean {
  const t = tokensOf(s);
  let k = s.i - 1;
  if (has(t[k], SITE_LAUNCH_LINKS)) k--;
  return has(t[k], WEAPON_SITES);
}

/**
 * «القصف أسفر عن …», «الأنقاض التي خلفها القصف» after «طائرات مسيرة قصفت …»: the definite bare noun, in a
 * sentence that names no weapon of its own, is the strike the report has just told, not a new shelling.
 */
function namesTheStrikeBefore(s: CueSite): boolean {
  return (
    s.view.facts.lastStrike === 'AirStrikeReported' && !!s.cue.data.bare && DEFINITE.test(tokensOf(s)[s.i].text) && s.view.allWeaponsBare()
  );
}

/**
 * «استُهدفت السيارة بصاروخ» after «طائرة مسيرة استهدفت سيارة …»: one missile as the instrument, in a sentence that
 * names no other weapon or launcher, is the missile of the air strike the report has just told.
 */
function missileOfTheStrikeBefore(s: CueSite): boolean {
  return (
    s.view.facts.lastStrike === 'AirStrikeReported' &&
    ONE_MISSILE.test(tokensOf(s)[s.i].text) &&
    s.view.weapons.every((w) => w.start === s.i)
  );
}
const ONE_MISSILE = /^و?ب(?:صاروخ|صاروخين|صاروخي)$/;

/** The article, after a conjunction or a preposition: «القصف», «والقصف», «بالقصف», «للقصف». */
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/;

const DRONES = 'drones';

/** How far (tokens) an aircraft word types a bare «قصف»: verb and subject, either order, with an adjective or two. */
const AIRCRAFT_REACH = 4;

/**
 * A flying weapon is a strike when it is intercepted (an attack all the same), or with an attack verb, or as the instrument when the sentence has a weapon or an
 * attack before it in its clause («استهدفت قوات الحوثي سفينة … بطائرات مسيرة»).
 */
export function aircraft(s: CueSite): Fired | null {
  const t = tokensOf(s);
  const i = s.i;
  // «أسقطت الدفاعات الجوية 20 مسيرة»: drones shot down are a loss and an attack that did not reach (the launcher's);
  // a helicopter or a warplane shot down is only a loss
  if (s.cue.data.weapon === DRONES && interceptedAt(t, i) >= 0) return event('AirStrikeReported', 0.7 * cueWeight(s), [DRONES]);
  if (s.view.facts.materielSpans.has(i) || weaponOfASite(s)) return null;
  if (findWord(t, i - 3, s.cue.end + 3, NOT_A_STRIKE) >= 0) return null;
  const instrument =
    (INSTRUMENT_PREFIX.test(t[i].text) && (s.view.hasStrikeWeapon() || s.view.attackOrHarmBefore(i))) ||
    conjoinedInstrument(s) ||
    supportingArm(t, i);
  // the verb is outside the cue: «قنابل انزلاقية» names a bomb, not its dropping; «مروحيات الجيش الروسي دمرت مواقع …»:
  // aircraft that destroyed something struck it
  const verb =
    findWord(t, i - 6, i, ATTACK_VERBS) >= 0 ||
    findWord(t, s.cue.end, s.cue.end + 4, ATTACK_VERBS) >= 0 ||
    instrument ||
    aircraftDestroysAt(t, i, s.cue.end) >= 0;
  if (!verb) return null;
  return event('AirStrikeReported', 0.8 * cueWeight(s), [s.cue.data.weapon ?? 'aircraft']);
}

/**
 * «قصفت القوات البلدة بالمدفعية والطائرات المسيرة», «بالقذائف المدفعية والمسيرات»: an aircraft word joined by «و» to
 * a stand-off weapon named as the instrument just before it is a second instrument of the same attack.
 */
function conjoinedInstrument(s: CueSite): boolean {
  const t = tokensOf(s);
  if (!CONJOINED.test(t[s.i].text)) return false;
  const clause = s.view.facts.scope.clause;
  return s.view.weapons.some(
    (w) =>
      w.data.kind === 'shell' &&
      w.end <= s.i &&
      s.i - w.end <= CONJUNCT_GAP &&
      clause[w.start] === clause[s.i] &&
      INSTRUMENT_PREFIX.test(t[w.start].text) &&
      !armsNotFired({ ...s, cue: w, i: w.start }),
  );
}
const CONJOINED = /^و/;
/** Words allowed between the first instrument and «و…» (an adjective: «بالمدفعية الثقيلة والطائرات»). */
const CONJUNCT_GAP = 1;
