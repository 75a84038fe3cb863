/** «عتاد», «معدات»: equipment as such (a loss even without a count). */
export const EQUIPMENT_WORDS: readonly string[] = ['عتاد', 'معدات', 'العتاد', 'المعدات'];

/** «دبابة واحدة». */
export const ONE: readonly string[] = ['واحده', 'واحد'];

/** «منظومة راجمات», «منظومة غراد»: a launcher system is artillery, not air defence. */
export const ROCKET_ARTILLERY: readonly string[] = ['راجمات', 'غراد'];
