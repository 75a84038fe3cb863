import { LAUNCH_VERBS } from '../loss-sides.js';
import { ATTACK_VERBS } from '../triggers/attack-verbs.js';

/**
 * «قصفت القوات الروسية …», «نفذت القوات الروسية هجوما …», «إن الحوثيين استهدفوا …»: words of attacking or launching
 * whose subject, next to them, is the attacker (normalised forms; «استهدفوا» has «استهدف» among its variants).
 */
export const ATTACK_PREDICATES: ReadonlySet<string> = new Set([
  ...ATTACK_VERBS,
  ...LAUNCH_VERBS.filter((v) => v !== 'قد'),
  ...['قصفوا', 'استهدفوا', 'هاجموا', 'ضربوا'],
]);

/**
 * Attack nouns (and «قصف», a noun as often as a verb): «أعلنت القسام استهداف قوات الاحتلال» names the side attacked
 * after the noun, «هجوم القوات الأوكرانية على بيلغورود» the attacker; the word after one is its subject only when the
 * side attacked is named after it (normalised forms).
 */
export const ATTACK_NOUN_FORMS: ReadonlySet<string> = new Set([
  ...['قصف', 'استهداف', 'غاره', 'غارات', 'هجوم', 'هجمات', 'هجوما', 'ضربات', 'ضربه', 'اطلاق', 'استخدام', 'باستخدام', 'بمهاجمه'],
]);

/** «على يد مسلحين», «من قبل قوات الدعم السريع», «بأيدي»: the noun after which the doer of an attack is named. */
export const AGENT_HEADS: readonly string[] = ['يد', 'ايدي', 'ايد', 'قبل'];
/** The word before an agent head: «على يد», «من قبل». */
export const AGENT_LEADS: readonly string[] = ['علي', 'من'];

/**
 * «قصفت المدفعية الإسرائيلية», «استهدفت الزوارق الإيرانية»: arms whose nisba, right after an attack verb, names the
 * attacker as aircraft do (normalised forms).
 */
export const ARM_NOUNS: readonly string[] = ['مدفعيه', 'دبابات', 'دبابه', 'بوارج', 'بارجه', 'زوارق', 'راجمات'];

/** «ردت كييف بقصف …», «ردت القوات الأوكرانية بهجوم …»: a verb of responding whose subject made the attack after «بـ». */
export const RESPONSE_VERBS: readonly string[] = ['رد', 'ردت', 'ترد', 'يرد', 'ردوا'];

/**
 * «ردا على هجوم حوثي», «رداً على الغارات», «في رد على القصف»: the attack after these is the one a response answered
 * (normalised: «ردا» then «علي»); its side is not the responder's.
 */
export const IN_RESPONSE: readonly [readonly string[], string] = [['ردا', 'رد', 'وردا'], 'علي'];
