/** «أسر» is also «families»: «أسر الضحايا/الشهداء», «لأسر» are families, not captures. */
export const FAMILIES_WORD: readonly string[] = ['اسر'];
export const FAMILIES_OF: readonly string[] = ['الضحايا', 'ضحايا', 'الشهداء', 'شهداء', 'القتلي', 'المفقودين', 'الاسري', 'الجنود'];
export const FOR_PREFIX = /^[وف]?ل/;

/** «تبادل الأسرى», «الإفراج عن»: an exchange or release, not a capture. */
export const PRISONER_EXCHANGE: readonly string[] = ['تبادل', 'مبادله', 'صفقه', 'الافراج', 'سراح', 'تسليم'];
