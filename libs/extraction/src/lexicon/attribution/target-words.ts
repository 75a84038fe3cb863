import { POSITIONS } from '../triggers/positions.js';

/** «هجوم على …», «غارات ضد …»: what follows an attack through these is the side attacked (normalised forms). */
export const TARGET_PREPOSITIONS: readonly string[] = ['علي', 'ضد'];

/** «قاعدة للجيش», «مواقع قسد», «مقر الشرطة»: a side named right after a position or base owns it (normalised forms). */
export const TARGET_SITES: readonly string[] = [...POSITIONS, 'قاعده', 'قواعد', 'حاجز', 'حواجز', 'مقر', 'مقرات', 'ثكنات', 'سفينه', 'سفن'];
