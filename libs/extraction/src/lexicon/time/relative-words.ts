// Words of time expressions relative to the reference day, as the matchers in time/relative.ts read them.

/** «في وقت سابق»: some time before, unknown. */
export const EARLIER = { word: ['وقت'], next: ['سابق'] } as const;

/** «غداة»: the day after an anchor. */
export const DAY_AFTER: readonly string[] = ['غداه'];

/** «أول من أمس», «أول أمس». */
export const DAY_BEFORE_YESTERDAY = { first: ['اول'], of: ['من'], yesterday: ['امس'] } as const;

/** «أمس», «البارحة», and the spoken forms some outlets print («البارح», Egyptian «إمبارح»); «الليلة الماضية». */
export const YESTERDAY: readonly string[] = ['امس', 'البارحه', 'البارح', 'امبارح'];
export const LAST_NIGHT = { word: ['الليله'], next: ['الماضيه', 'السابقه'] } as const;
/** «ليل أمس», «ليلة البارحة»: the night word before «أمس» (normalised, with a conjunction). */
export const NIGHT_OF: readonly string[] = ['ليل', 'ليله'];

/** «اليوم» (with a clitic preposition at most); «روسيا اليوم» is RT. */
export const TODAY: readonly string[] = ['اليوم'];
export const TODAY_FORM = /^[وف]?[بل]?اليوم$/;
export const NOT_TODAY_AFTER: readonly string[] = ['روسيا'];

/** «غدا», «غد» (not «غداة»). */
export const TOMORROW: readonly string[] = ['غدا', 'غد'];

/** «منذ أسبوع», «منذ أيام» (a week back), «منذ يومين» (two days back). */
export const SINCE: readonly string[] = ['منذ'];
/**
 * «قبل يومين», «قبل ثلاثة أيام», «قبل 3 أيام», «قبل أسبوع»: so many days before the reference (normalised).
 * A count word or digits, then a day or week word; «يومين» and «أسبوع» carry their own count.
 */
export const AGO = 'قبل';
export const AGO_UNITS: Readonly<Record<string, number>> = { يومين: 2, اسبوع: 7, اسبوعين: 14, ليلتين: 2 };
/**
 * «قبل يوم», «قبل يوم واحد»: one day. Not «قبل يوم الجمعة», «قبل يوم الانتخابات», «قبل يوم 7 أكتوبر»: a day named
 * after it, defined by the article, a number or a weekday, is what the time is before.
 */
export const ONE_DAY = { word: 'يوم', one: 'واحد' } as const;
export const AGO_COUNTED_UNITS: Readonly<Record<string, number>> = { ايام: 1, يوما: 1, اسابيع: 7, ليال: 1, ليالي: 1 };
export const AGO_COUNTS: Readonly<Record<string, number>> = {
  ثلاثه: 3,
  اربعه: 4,
  خمسه: 5,
  سته: 6,
  سبعه: 7,
  ثمانيه: 8,
  تسعه: 9,
  عشره: 10,
  // the forms before a feminine plural («ثلاث سنوات», «عشر سنوات»)
  ثلاث: 3,
  اربع: 4,
  خمس: 5,
  ست: 6,
  سبع: 7,
  ثماني: 8,
  تسع: 9,
  عشر: 10,
};
/**
 * «قبل شهرين», «قبل ثلاثة أشهر», «قبل عام», «قبل 5 سنوات»: months and years back (normalised). The singular and the
 * dual carry their count; a plural takes a count before it (AGO_COUNTS or digits).
 */
export const AGO_MONTHS: Readonly<Record<string, number>> = { شهر: 1, شهرين: 2 };
export const AGO_COUNTED_MONTHS: ReadonlySet<string> = new Set(['اشهر', 'شهور']);
export const AGO_YEARS: Readonly<Record<string, number>> = { عام: 1, سنه: 1, عامين: 2, سنتين: 2 };
export const AGO_COUNTED_YEARS: ReadonlySet<string> = new Set(['سنوات', 'اعوام', 'عاما', 'سنه']);
/** A counted month lies within a week of the same day so many months back; a counted year within three months. */
export const AGO_MONTH_SLACK = 7;
export const AGO_YEAR_SLACK = 90;
/**
 * «قبل أيام», «قبل بضعة أيام», «قبل عدة أسابيع», «قبل أشهر», «قبل سنوات»: an uncounted stretch back, as days before
 * the reference (nearest, farthest). An Arabic plural counts three to ten, but the press says «قبل أيام» of the other
 * day too, so the days' span starts two days back. A vague count word may stand before the plural.
 */
export const AGO_VAGUE: Readonly<Record<string, readonly [number, number]>> = {
  ايام: [2, 10],
  اسابيع: [10, 60],
  اشهر: [45, 330],
  شهور: [45, 330],
  سنوات: [730, 3650],
  اعوام: [730, 3650],
};
export const AGO_VAGUE_COUNTS: readonly string[] = ['بضعه', 'بضع', 'عده', 'بعض'];

/** «قبل يومين من الانتخابات»: counted from another event, not from the report. */
export const AGO_FROM = 'من';
/** «أمس الأول»: the day before yesterday (Levantine and Gulf usage). */
export const FIRST = 'الاول';

export const SINCE_SPANS: Readonly<Record<string, number>> = { اسبوع: 7, ايام: 7, يومين: 2 };
/** «منذ ثلاثة أسابيع» and less: the days of a story; a longer stretch is read elsewhere (recent-stretch.ts, «منذ أشهر»). */
export const SINCE_MAX_DAYS = 31;

/** «خلال الـ24 ساعة الماضية», «الساعات الـ48 الماضية», «الساعات الأربع والعشرين»: one to three days back. */
export const HOURS: readonly string[] = ['ساعه', 'الساعات'];
export const HOURS_DAYS: Readonly<Record<number, number>> = { 24: 1, 48: 2, 72: 3 };
/** «هدنة لمدة 72 ساعة», «تستمر مدة 48 ساعة»: words of how long, before the hours: a duration, no days back (normalised). */
export const DURATION: readonly string[] = ['لمده', 'مده', 'مدتها', 'مدته', 'لفتره', 'طيله', 'طوال'];
/** Hours in words after «الساعات»: the units word, then the tens word it needs. */
export const HOURS_IN_WORDS: Readonly<Record<string, { tens: string; hours: number }>> = {
  الاربع: { tens: 'والعشرين', hours: 24 },
  الثماني: { tens: 'والاربعين', hours: 48 },
  الاثنتين: { tens: 'والسبعين', hours: 72 },
};
/** The article the press writes apart from a number, «الـ24» (the normaliser drops the tatweel). */
export const DETACHED_ARTICLE = 'ال';
/** «على مدى يومين», «على مدى ثلاثة أيام»: a stretch of days up to the reference («على» before «مدى»). */
export const OVER = { word: ['مدي'], before: ['علي'] } as const;
/** A stretch longer than this is a campaign, not the days of an incident. */
export const OVER_MAX_DAYS = 7;

/** «مطلع الأسبوع»; «الأسبوع الماضي»; «الأسبوع المقبل» (future, no event's day). */
export const START_OF: readonly string[] = ['مطلع', 'بدايه', 'اوايل']; // the normaliser writes ئ as ي
export const WEEK: readonly string[] = ['الاسبوع'];
export const LAST_WEEK_AFTER: readonly string[] = ['الماضي', 'المنصرم'];

/** «في نهاية الأسبوع», «عطلة نهاية الأسبوع», «خلال نهاية الأسبوع»: the weekend. */
export const END_OF: readonly string[] = ['نهايه', 'اواخر'];

/** «هذا الأسبوع», «هذه السنة»: the demonstrative before a week, month or year word names the current one. */
export const THIS: readonly string[] = ['هذا', 'هذه'];

/** «الشهر الماضي», «العام الماضي», «السنة الماضية». */
export const MONTH: readonly string[] = ['الشهر'];
export const YEAR: readonly string[] = ['العام', 'السنه'];

/**
 * «في اليومين الماضيين», «خلال الأيام (القليلة) الماضية/الأخيرة»: the last two days, the last week,
 * up to the reference day.
 */
export const LAST_DAYS = {
  two: ['اليومين'],
  days: ['الايام'],
  few: ['القليله'],
  past: ['الماضيين', 'الاخيرين', 'الماضيه', 'الاخيره', 'المنصرمه', 'السابقه', 'الفايته'],
} as const;
export const LAST_DAYS_SPAN = { two: 2, days: 7 } as const;

/** The pluperfect «(و)كان(ت) … قد + verb»: a sentence that looks back from the story («وكانت الكتائب قد توعدت في وقت سابق»). */
export const PLUPERFECT = /(?:^|[\s«"“(])[وف]?(?:كان|كانت|كانوا)\s+(?:[^\s.،]+\s+){0,4}قد\s/u;

/**
 * «في اليوم السابق», «صباح اليوم التالي», «في اليوم نفسه»: a day counted from the day the story runs on (days before
 * it; normalised, the word after «اليوم»).
 */
export const RUNNING_DAY: Readonly<Record<string, number>> = { السابق: 1, التالي: -1, نفسه: 0, ذاته: 0 };
/** «في نفس اليوم», «وفي ذات اليوم»: the same day, the word before «اليوم» (normalised, with a conjunction). */
export const SAME_BEFORE_DAY: readonly string[] = ['نفس', 'ذات', 'ونفس', 'وذات'];
/** «خلال الليل», «ليلاً», «في ساعة متأخرة من الليل», «طوال الليل»: a night named by no day (normalised). */
export const BARE_NIGHT: readonly string[] = ['الليل', 'ليلا'];

/**
 * «بعد يومين», «وبعد ثلاثة أيام»: so many days after the day the story runs on (normalised). Not before «من»/«على»
 * plus a noun («بعد يومين من المعارك» is how long, «بعد يومين على مقتل» counts from another event).
 */
export const LATER = 'بعد';
/** «قبل يومين من ذلك», «بعد أسبوع من ذلك التاريخ»: «من» and a demonstrative count from the story's day (normalised). */
export const FROM_THAT = { from: ['من', 'علي'], that: ['ذلك', 'هذا', 'ذاك', 'تلك', 'هذه'] } as const;

/** «في 15 من الشهر نفسه», «العاشر من الشهر ذاته»: a day of the month the story runs on (normalised). */
export const SAME_MONTH = { of: ['من'], month: ['الشهر'], same: ['نفسه', 'ذاته'] } as const;
