// «خلال السنوات الماضية», «في الأشهر الأخيرة», «العقد الماضي», «العامين الماضيين»: a stretch of the recent past up to
// the report, as time/recent-stretch.ts reads it (normalised forms).

/** Plural units, uncounted («السنوات الماضية») or counted after them («الأشهر الستة الماضية»): days per unit, days uncounted. */
export const STRETCH_PLURALS: Readonly<Record<string, { per: number; uncounted: number }>> = {
  السنوات: { per: 365, uncounted: 3650 },
  الاعوام: { per: 365, uncounted: 3650 },
  الاشهر: { per: 30, uncounted: 365 },
  الشهور: { per: 30, uncounted: 365 },
  العقود: { per: 3650, uncounted: 10950 },
  الاسابيع: { per: 7, uncounted: 60 },
  // «خلال الأيام الثلاثة الماضية», «في الأيام العشرة الأخيرة»; uncounted, a week (as «خلال الأيام الأخيرة»)
  الايام: { per: 1, uncounted: 7 },
};

/** Singular and dual units that carry their own count: «العقد الماضي», «العامين الماضيين», «الأسبوعين الأخيرين». */
export const STRETCH_COUNTED: Readonly<Record<string, number>> = {
  العقد: 3650,
  العقدين: 7300,
  العامين: 730,
  السنتين: 730,
  الشهرين: 60,
  الاسبوعين: 14,
};

/** The count after a plural unit («السنوات العشر», «الأشهر الستة»), with the article (normalised). */
export const STRETCH_COUNTS: Readonly<Record<string, number>> = {
  الثلاث: 3,
  الثلاثه: 3,
  الاربع: 4,
  الاربعه: 4,
  الخمس: 5,
  الخمسه: 5,
  الست: 6,
  السته: 6,
  السبع: 7,
  السبعه: 7,
  الثماني: 8,
  الثمانيه: 8,
  التسع: 9,
  التسعه: 9,
  العشر: 10,
  العشره: 10,
};

/** «الماضية», «الأخيرة», «المنصرمة», «السابقة», and the dual «الماضيين», «الأخيرين». */
export const STRETCH_PAST: readonly string[] = [
  ...['الماضيه', 'الاخيره', 'المنصرمه', 'السابقه', 'الماضي', 'المنصرم', 'الاخير'],
  ...['الماضيين', 'الاخيرين', 'المنصرمين', 'السابقين'],
];
