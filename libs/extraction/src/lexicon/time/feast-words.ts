// The two Eids as the press dates events by them («في أول أيام عيد الفطر», «عشية عيد الأضحى»), normalised forms.

/** The word before the feast's name. */
export const FEAST = 'عيد';

/** Each feast's first day in the Hijri calendar and how many days it lasts: 1 Shawwal (three days), 10 Dhu al-Hijja (four). */
export const FEASTS: Readonly<Record<string, { m: number; d: number; days: number }>> = {
  الفطر: { m: 10, d: 1, days: 3 },
  الاضحي: { m: 12, d: 10, days: 4 },
};

/** «أول أيام العيد», «ثاني أيام عيد الأضحى»: the ordinal before «أيام» (normalised), as the day of the feast. */
export const FEAST_DAY_ORDINALS: Readonly<Record<string, number>> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4 };
export const FEAST_DAYS_WORD: readonly string[] = ['ايام', 'يوم'];
/** «اليوم الأول من عيد الفطر»: the ordinal after «اليوم», then «من». */
export const FEAST_DAY_OF: readonly string[] = ['من'];
/** «عشية عيد الفطر», «ليلة عيد الأضحى», «وقفة عيد الأضحى»: the day before its first. */
export const FEAST_EVE: readonly string[] = ['عشيه', 'ليله', 'وقفه'];
