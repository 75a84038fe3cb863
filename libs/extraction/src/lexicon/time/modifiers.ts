// Words that place a time expression: past, current, next, cues before a bare month, superlatives.

/** «الشهر الماضي», «نيسان المنصرم»: the past one. «الجاري»: the current one. «المقبل»: the next one. Before a bare month: «في», «مطلع», «منذ». */
export const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'الفايت', 'المنقضي', 'السابق']);
export const CURRENT = new Set(['الجاري', 'الحالي']);
export const NEXT = new Set(['المقبل', 'القادم', 'المقبله', 'القادمه']);
export const MONTH_CUES = new Set(['في', 'شهر', 'منذ', 'مطلع', 'اواخر', 'نهايه', 'منتصف', 'اوايل', 'بدايه', 'خلال', 'حتي', 'اواسط']);
/** Cues that name a part of the calendar: enough before a month whose spelling is also a place or a word («مطلع آب»). */
export const CALENDAR_CUES = new Set(['شهر', 'مطلع', 'اواخر', 'نهايه', 'منتصف', 'اوايل', 'بدايه', 'اواسط']);

/**
 * «أعنف قتال منذ عام 2020», «للمرة الأولى منذ عام 2016», «لأول مرة منذ 2011»: a superlative or a first time before «منذ»
 * makes the date a yardstick.
 */
export const SUPERLATIVE = /^(?:[وف]?ال|ل)?(?:اعنف|اسوا|اكثر|اكبر|اشد|اخطر|اعلي|اول|اولي|اطول|اوسع|اكثف)$/;

/** Words between two day expressions that join them into one range («ليل السبت- الأحد», «ليلة 12 وصباح 13»). */
export const RANGE_JOINERS: readonly string[] = ['صباح', 'ليل', 'ليله', 'مساء', 'فجر'];
/** «من 28 شباط إلى 2 آذار»: the word that ends a span opened by «من» (normalised). */
export const SPAN_TO: readonly string[] = ['الي', 'حتي'];
export const RANGE_PUNCTUATION: readonly string[] = ['-', '/', '،'];
/** «10-12 مارس», «2014–2016»: the dashes between the ends of a span. */
export const RANGE_DASHES: readonly string[] = ['-', '–', '—'];
/** «ليل الخميس على الجمعة», «ليلة 31 ديسمبر إلى 1 يناير»: between two days in a row, the night's end (normalised). */
export const NIGHT_INTO: readonly string[] = ['علي', 'الي'];

/**
 * Words before a bare four-digit year that make it a date («في 1994», «منذ», «بين», «حرب»; «و» also does), and
 * the seasons («خريف 2020», «صيف 2014»).
 */
export const YEAR_BEFORE: readonly string[] = [
  ...['في', 'منذ', 'بين', 'حرب', 'خريف', 'صيف', 'شتاء', 'ربيع'],
  // a part of the year («أواخر 2023», «مطلع 2024»: narrowed by time/ranges.ts)
  ...['مطلع', 'بدايه', 'اوايل', 'منتصف', 'اواسط', 'اواخر', 'نهايه'],
];

/** «عام 2020», «سنة», «لعام». */
export const YEAR_WORDS: readonly string[] = ['عام', 'سنه', 'لعام'];

/**
 * «حتى منتصف ليل الأحد», «حتى صباح الجمعة»: «حتى» up to two words before a day makes it a deadline
 * (the end of a truce or of a span), not the day of an event.
 */
export const UNTIL: readonly string[] = ['حتي'];
export const UNTIL_PARTS: readonly string[] = ['منتصف', 'ليل', 'ليله', 'صباح', 'مساء', 'فجر', 'نهايه', 'يوم'];

/**
 * «منذ 7 أكتوبر 2023», «منذ مطلع العام», «منذ فجر الأحد», «منذ حرب 2020»: «منذ» up to two words before a date makes it the
 * start of a state lasting to the report (a war, a siege), not a day the story moves to.
 */
export const SINCE_WORD: readonly string[] = ['منذ'];
export const SINCE_PARTS: readonly string[] = [...UNTIL_PARTS, 'مطلع', 'بدايه', 'اوايل', 'اواخر', 'اواسط', 'حرب'];

/**
 * «منذ منتصف ليل السبت حتى صباح الأحد», «من صباح الخميس إلى مساء السبت»: a day opened by «من»/«منذ» and a later one
 * opened by «حتى»/«إلى» right after it bound one span (normalised). Up to a week apart: a longer stretch is a campaign.
 */
export const SPAN_FROM: readonly string[] = ['من', 'منذ'];
export const SPAN_UNTIL: readonly string[] = ['حتي', 'الي', 'ولغايه', 'لغايه'];
export const BOUNDED_SPAN_MAX_DAYS = 7;

/**
 * «مطلع الشهر الماضي», «منتصف نيسان», «أواخر العام الماضي», «نهاية عام 2023»: the part of a month or a year a word
 * before it names (normalised; the normaliser writes ئ of «أوائل» as ي).
 */
export const PERIOD_PARTS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  مطلع: 'start',
  بدايه: 'start',
  اوايل: 'start',
  منتصف: 'middle',
  اواسط: 'middle',
  اواخر: 'end',
  نهايه: 'end',
  ختام: 'end',
};
/** The days of a month each part covers: the first, middle and last ten days (the last to the month's end). */
export const MONTH_PART_DAYS = { start: [1, 10], middle: [11, 20], end: [21, 31] } as const;
/** The months of a year each part covers. */
export const YEAR_PART_MONTHS = { start: [1, 3], middle: [5, 8], end: [10, 12] } as const;

/** What ends a dateline's date: a dash of any kind, a parenthesis (the agency), a colon. */
export const DATELINE_MARKS: readonly string[] = ['-', '–', '—', '(', ':'];
/** A dateline's city and country come before its date: at most this many tokens («طرابلس (ليبيا) -»). */
export const DATELINE_HEAD = 6;

/** «بين عامي 2014 و2016», «بين العامين 2011 و2013»: the dual of the year noun before two years (normalised). */
export const YEAR_DUALS: readonly string[] = ['عامي', 'العامين', 'سنتي', 'السنتين'];
/** A span of years longer than this is no period a report recaps («1948-2024» may be a life, a name). */
export const YEAR_RANGE_MAX = 30;

/** «الموافق»: the same day in another calendar, after a weekday or a Hijri date (normalised); how far back it reaches. */
export const EQUIVALENT = 'الموافق';
export const EQUIVALENT_REACH = 6;
