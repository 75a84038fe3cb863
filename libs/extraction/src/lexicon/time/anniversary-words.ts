// Words of a same-day-in-an-earlier-year date, as time/anniversary.ts reads them (normalised).

/** «في مثل هذا اليوم من عام 2020», «مثل هذا اليوم قبل عامين»: the words before «اليوم». */
export const SAME_DAY = { like: ['مثل'], this: ['هذا'] } as const;

/** «الذكرى السنوية الثالثة لسقوط …», «الذكرى العاشرة», «الذكرى الـ30»: the anniversary noun and its adjective. */
export const ANNIVERSARY: readonly string[] = ['ذكري', 'الذكري'];
export const YEARLY: readonly string[] = ['السنويه'];

/** Feminine ordinals after «الذكرى» (the normaliser writes ى as ي and ة as ه). */
export const FEMININE_ORDINALS: Readonly<Record<string, number>> = {
  الاولي: 1,
  الثانيه: 2,
  الثالثه: 3,
  الرابعه: 4,
  الخامسه: 5,
  السادسه: 6,
  السابعه: 7,
  الثامنه: 8,
  التاسعه: 9,
  العاشره: 10,
  العشرين: 20,
  الثلاثين: 30,
  الاربعين: 40,
  الخمسين: 50,
};

/** An anniversary is marked on its day or within a few days of it (a report of the eve, of the day after). */
export const ANNIVERSARY_SLACK = 3;
