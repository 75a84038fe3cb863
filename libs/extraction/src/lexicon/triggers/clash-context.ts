// Words around a fighting word that say it is not a report of fighting.

/** «في مواجهة روسيا» (facing Russia): «مواجهة» after «في» is not a fight. */
export const FACING = { word: ['مواجهه'], before: ['في'] } as const;

/** «حصار» is fighting only when imposed («فرض الحصار»). */
export const SIEGE = { word: ['حصار'], imposedBy: ['فرض', 'فرضت', 'لفرض'] } as const;

/** «معارك سياسية», «معركة انتخابية», «حرب إعلامية»: a fight in words, not arms (the adjective right after the cue). */
export const NOT_ARMED: readonly string[] = [
  'سياسيه',
  'سياسي',
  'انتخابيه',
  'انتخابي',
  'قانونيه',
  'قضاييه',
  'دبلوماسيه',
  'اعلاميه',
  'كلاميه',
  'اقتصاديه',
  'تجاريه',
  'رياضيه',
];

/** «حصيلة قتلى الاشتباكات», «ضحايا المعارك»: fighting named by its toll is not a new report of it. */
export const TOLL_WORDS: readonly string[] = ['حصيله', 'قتلي', 'ضحايا', 'جرحي', 'خساير'];

/**
 * «انتهاء المعارك», «ساحة العمليات العسكرية», «جبهة القتال», «خطوط المواجهات»: an end, or a place named
 * after fighting, not fighting.
 */
/** «اشتبك النواب بالأيدي»: a brawl, not armed forces fighting (a few words after the cue). */
export const BARE_HANDS: readonly string[] = ['بالايدي', 'بالايادي', 'بالعصي', 'بالكراسي'];

export const AFTER: readonly string[] = ['بعد'];
export const FIGHTING_OVER: readonly string[] = ['انتهاء', 'انهاء', 'توقف', 'ساحه', 'مسرح', 'بعد', 'جبهه', 'جبهات', 'خطوط', 'خط'];
