import { normalizeKey } from '../../text/normalize.js';

/**
 * Verbs that carry or drive people somewhere after an event («نقل الجرحى إلى», «نزح السكان إلى», «فر المهاجمون
 * إلى»): the place after their «إلى» is where the people went, not where the event was. Normalised.
 */
export const MOVE_VERBS: ReadonlySet<string> = new Set(
  [
    ...['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل', 'نقلهم', 'نقلتهم', 'نقله', 'نقلها', 'نقلتها', 'اسعاف', 'اسعافهم', 'اخلاء', 'اجلاء'],
    ...['نزح', 'نزحت', 'نزحوا', 'ينزح', 'ينزحون', 'نزوح', 'فر', 'فرت', 'فروا', 'يفر', 'يفرون', 'فرار'],
    ...['هرب', 'هربت', 'هربوا', 'يهرب', 'يهربون', 'لجا', 'لجات', 'لجاوا', 'يلجا', 'يلجاون', 'لجوء', 'اجلي', 'اجليت'],
  ].map(normalizeKey),
);

/** «إلى» (normalised «الي»). */
export const TO = normalizeKey('إلى');
