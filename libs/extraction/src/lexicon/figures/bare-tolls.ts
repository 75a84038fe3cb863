/**
 * Casualties told with no count at all (normalised; clitics are stripped by the token variants). The plural
 * casualty nouns that stand for a vague toll after a word of their occurring: «سقوط قتلى», «وقوع إصابات».
 */
export const BARE_TOLL_NOUNS: readonly string[] = ['قتلي', 'جرحي', 'اصابات', 'مصابين', 'اسري', 'مفقودين', 'شهداء', 'رهائن'];

/** «سقوط قتلى», «وقوع إصابات», «خلف قتلى», «أوقع جرحى»: the words of a toll occurring, right before its noun. */
export const OCCURRING: readonly string[] = ['سقوط', 'وقوع', 'سقط', 'سقطت', 'وقع', 'وقعت', 'خلف', 'خلفت', 'اوقع', 'اوقعت', 'يسقط'];

/** «أسفر القصف عن قتلى»: «عن» after a verb of resulting. */
export const RESULTED: readonly string[] = ['اسفر', 'اسفرت', 'يسفر', 'تسفر'];
export const RESULTED_IN = 'عن';

/**
 * The nouns of a toll's act that take their people right after them, counted or not: «مقتل جنود», «أسر جنود
 * روس», «اختطاف مدنيين» (not the verbs, whose next word may be their subject: «قتل جنود الاحتلال شابا»).
 */
export const TOLL_ACTS: readonly string[] = ['مقتل', 'اصابه', 'اسر', 'اختطاف', 'خطف', 'استشهاد', 'فقدان'];
