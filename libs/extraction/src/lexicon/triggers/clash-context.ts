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
  // «الهدنة التجارية بين واشنطن وبكين», «هدنة جمركية»: a truce in trade is no ceasefire either
  'جمركيه',
];

/**
 * «معركة التأهل», «خاضت الحكومة معركة شرسة ضد الفساد», «المعركة ضد الغلاء»: a fight whose object, right after the
 * cue or after «ضد» a word or two on, is a contest, an office or an ill, not an armed foe (normalised).
 */
export const NOT_ARMED_OBJECTS: readonly string[] = [
  ...['الاسعار', 'الاجور', 'التاهل', 'اللقب', 'البقاء', 'الهبوط', 'الصعود', 'البطوله', 'الانتخابات', 'الرياسه', 'الرياسيه', 'الترشح'],
  ...['الفساد', 'الفقر', 'الغلاء', 'الجوع', 'التضخم', 'البطاله', 'الاميه', 'الوباء', 'كورونا', 'المخدرات', 'التصحر'],
];
/** «ضد», «مع»: the object of a fight; how far after the cue it may stand («معركة شرسة ضد …»). */
export const FIGHT_AGAINST: readonly string[] = ['ضد', 'مع'];
export const FIGHT_OBJECT_REACH = 3;

/** «حصيلة قتلى الاشتباكات», «ضحايا المعارك»: fighting named by its toll is not a new report of it. */
export const TOLL_WORDS: readonly string[] = ['حصيله', 'قتلي', 'ضحايا', 'جرحي', 'خساير'];
/** «قتلى في اشتباكات …»: the toll then the fight it came in, told (not in construct). */
export const IN_THE: readonly string[] = ['في', 'خلال', 'جراء', 'اثر'];

/**
 * «انتهاء المعارك», «ساحة العمليات العسكرية», «جبهة القتال», «خطوط المواجهات»: an end, or a place named
 * after fighting, not fighting.
 */
/** «اشتبك النواب بالأيدي»: a brawl, not armed forces fighting (a few words after the cue). */
export const BARE_HANDS: readonly string[] = ['بالايدي', 'بالايادي', 'بالعصي', 'بالكراسي'];

export const AFTER: readonly string[] = ['بعد'];
export const FIGHTING_OVER: readonly string[] = ['انتهاء', 'انهاء', 'توقف', 'ساحه', 'مسرح', 'بعد', 'جبهه', 'جبهات', 'خطوط', 'خط'];

/** Verbs of repelling or foiling an attempt («صدت», «تصدت لـ», «أحبط», «أفشل»), normalised; how far before it they stand. */
export const REPELLING: readonly string[] = [
  ...['صد', 'صدت', 'صدوا', 'يصد', 'تصد', 'تصدت', 'تصدي', 'التصدي', 'تصدوا', 'صده', 'صدها'],
  ...['احبط', 'احبطت', 'احبطوا', 'احباط', 'يحبط', 'تحبط', 'افشل', 'افشلت', 'افشلوا', 'افشال', 'يفشل', 'تفشل'],
];
export const REPELLING_REACH = 5;

/**
 * A raid («اقتحمت قوات الاحتلال بلدة بيتا», «توغلت الآليات في مخيم نور شمس»): troops entering a town, a camp or a
 * building to search or arrest, with no fight told in its sentence, is no fighting between armed forces (taxonomy:
 * ArmedClashReported). A raid on a base or positions («اقتحموا قاعدة عسكرية») or beside a clash word stays one.
 */
export const RAIDS: readonly string[] = [
  ...['اقتحام', 'اقتحمت', 'اقتحم', 'اقتحموا', 'اقتحامها', 'اقتحامه', 'باقتحام', 'لاقتحام', 'توغل', 'توغلت', 'توغلوا'],
];
/** What is raided, right after the raid word or its subject (normalised): places people live in and civil buildings. */
export const RAIDED_CIVIL_PLACES: readonly string[] = [
  ...['بلده', 'البلده', 'قريه', 'القريه', 'مدينه', 'المدينه', 'مخيم', 'المخيم', 'حي', 'الحي', 'احياء', 'بلدات', 'قري'],
  ...['منزل', 'المنزل', 'منازل', 'المنازل', 'مستشفي', 'المستشفي', 'مسجد', 'المسجد', 'باحات', 'جامعه', 'الجامعه'],
  ...['مدرسه', 'المدرسه', 'مخيمات', 'مقر', 'مكتب', 'مكاتب'],
];
/** Guarded sites: a raid on one is an assault on its guards («اقتحم مسلحون سجنا في بلدة …»), whatever follows. */
export const RAIDED_GUARDED_SITES: readonly string[] = [
  ...['سجن', 'السجن', 'قاعده', 'القاعده', 'معسكر', 'المعسكر', 'ثكنه', 'مطار', 'المطار', 'حاجز', 'مخفر', 'كمين'],
  ...['موقع', 'مواقع', 'نقطه', 'نقاط', 'مركز', 'مراكز', 'معقل', 'معاقل', 'تحصينات', 'خنادق'],
];
/** How far after the raid word its object may stand (a subject between: «اقتحمت قوات الاحتلال بلدة …»). */
export const RAID_OBJECT_REACH = 5;

/**
 * «بدأت قوات الاحتلال عملية عسكرية ضد القطاع تحت مسمى …», «الحملة العسكرية التي أطلق عليها …»: the operation named
 * is the campaign a report is about, not a clash of its own (normalised; «أطلق عليها» is read as the verb then «عليها»).
 */
export const OPERATION_NAMING: readonly string[] = ['مسمي', 'باسم', 'المسماه', 'سميت', 'اسمتها', 'اسماها', 'بعنوان'];
export const NAMING_VERBS: readonly string[] = ['اطلق', 'اطلقت', 'يطلق', 'تطلق', 'اطلقوا'];
export const NAMING_OBJECTS: readonly string[] = ['عليها', 'عليه'];
/** How far after an operation word its name is looked for («عملية عسكرية ضد قطاع غزة تحت مسمى»). */
export const NAMING_REACH = 6;
