/** «أسر» is also «families»: «أسر الضحايا/الشهداء», «لأسر» are families, not captures. */
export const FAMILIES_WORD: readonly string[] = ['اسر'];
export const FAMILIES_OF: readonly string[] = ['الضحايا', 'ضحايا', 'الشهداء', 'شهداء', 'القتلي', 'المفقودين', 'الاسري', 'الجنود'];
export const FOR_PREFIX = /^[وف]?ل/;

/** «تبادل الأسرى», «الإفراج عن», «تسليم جثث»: an exchange or release, not a capture (nor bodies of a new toll). */
export const PRISONER_EXCHANGE: readonly string[] = ['تبادل', 'مبادله', 'صفقه', 'الافراج', 'سراح', 'تسليم'];

/** Bodies («جثث», «جثامين»): the dead of a toll when found or recovered, not when handed over in an exchange. */
export const BODIES: readonly string[] = ['جثث', 'جثه', 'جثتي', 'جثتين', 'جثتان', 'جثامين', 'جثمان', 'جثماني'];
