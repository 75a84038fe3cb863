import { WEAPON_SITE_HEADS } from '../figures/materiel-context.js';
import { ARMOURED_TARGETS, POSITION_FORCES, POSITION_SITES } from '../triggers/positions.js';

/** «هجوم على …», «غارات ضد …»: what follows an attack through these is the side attacked (normalised forms). */
export const TARGET_PREPOSITIONS: readonly string[] = ['علي', 'ضد'];

/**
 * «قاعدة للجيش», «مواقع قسد», «مقر الشرطة», «دبابة إسرائيلية»: places and things an attack hits — a position, base,
 * vessel, vehicle or depot; a side named right after one owns it (normalised forms).
 */
export const TARGET_SITES: readonly string[] = [
  ...POSITION_SITES,
  ...ARMOURED_TARGETS,
  'قاعده',
  'قواعد',
  'حاجز',
  'حواجز',
  'مقر',
  'مقرات',
  'ثكنات',
  'سفينه',
  'سفن',
  // «دمرت مسيرات تركية عربة لحزب العمال», «تمركزات للمسلحين», «منصات صواريخ لحزب الله»: vehicles, posts, depots
  ...['عربه', 'عربات', 'مركبه', 'مركبات', 'تمركزات', 'تمركز'],
  ...WEAPON_SITE_HEADS,
];

/**
 * «هجوم على جنود أتراك», «دورية للجيش», «خلايا تابعة لداعش»: people, units and formations an attack hits; a side named
 * right after one is theirs (normalised forms).
 */
export const TARGET_FORCES: readonly string[] = [...POSITION_FORCES, 'قافله', 'قوافل', 'خليه', 'خلايا'];

/** What an attack hits, a site or a force: «قصف مواقع للجيش», «هجوم على جنود للجيش» both name the side attacked. */
export const ATTACK_TARGETS: readonly string[] = [...TARGET_SITES, ...TARGET_FORCES];

/**
 * «تعرضت مواقع للجيش الليبي لهجوم», «إن القوات الروسية تعرضت لقصف»: verbs of undergoing an attack; the side named
 * with them (their subject) was attacked, never the attacker (normalised forms).
 */
export const SUFFER_VERBS: readonly string[] = ['تعرض', 'تعرضت', 'يتعرض', 'تتعرض', 'تعرضوا', 'تعرضا', 'تعرضتا', 'يتعرضون'];
