import { WEAPON_SITE_HEADS } from '../figures/materiel-context.js';
import { ARMOURED_TARGETS, POSITIONS } from '../triggers/positions.js';

/** «هجوم على …», «غارات ضد …»: what follows an attack through these is the side attacked (normalised forms). */
export const TARGET_PREPOSITIONS: readonly string[] = ['علي', 'ضد'];

/**
 * «قاعدة للجيش», «مواقع قسد», «مقر الشرطة», «دبابة إسرائيلية»: a side named right after a position, base or armoured
 * vehicle owns it (normalised forms).
 */
export const TARGET_SITES: readonly string[] = [
  ...POSITIONS,
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
  ...['عربه', 'عربات', 'مركبه', 'مركبات', 'تمركزات', 'تمركز', 'قافله', 'قوافل', 'خليه', 'خلايا'],
  ...WEAPON_SITE_HEADS,
];

/**
 * «تعرضت مواقع للجيش الليبي لهجوم», «إن القوات الروسية تعرضت لقصف»: verbs of undergoing an attack; the side named
 * with them (their subject) was attacked, never the attacker (normalised forms).
 */
export const SUFFER_VERBS: readonly string[] = ['تعرض', 'تعرضت', 'يتعرض', 'تتعرض', 'تعرضوا', 'تعرضا', 'تعرضتا', 'يتعرضون'];
