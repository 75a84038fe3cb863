/** «عتاد», «معدات»: equipment as such (a loss even without a count). */
export const EQUIPMENT_WORDS: readonly string[] = ['عتاد', 'معدات', 'العتاد', 'المعدات'];

/** «دبابة واحدة». */
export const ONE: readonly string[] = ['واحده', 'واحد'];

/** «منظومة راجمات», «منظومة غراد»: a launcher system is artillery, not air defence. */
export const ROCKET_ARTILLERY: readonly string[] = ['راجمات', 'غراد'];

/** «إيرانية الصنع», «روسية الصنع»: a nisba before this word says who made the equipment, not whose it is (normalised). */
export const MADE_IN: readonly string[] = ['الصنع'];

/** «20 من أصل 25 طائرة»: the first number counts the figure, the second the whole (normalised). */
export const OUT_OF: readonly [string, string] = ['من', 'اصل'];
