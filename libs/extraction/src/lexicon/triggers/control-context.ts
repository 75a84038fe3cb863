/** «المتنازع عليها», «تحت السيطرة»: a disputed or held area, not a change of control. */
export const DISPUTE_OR_HELD: readonly string[] = [
  ...['تنازع', 'يتنازع', 'تتنازع', 'نزاع', 'المتنازع', 'تحت', 'يتنازعان', 'تتنازعان'],
  // «الأحياء الخاضعة لسيطرة الحكومة»: held
  ...['الخاضعه', 'خاضعه', 'الخاضع', 'خاضع', 'الخاضعتين'],
];

/** «مناطق سيطرة الجيش», «أحياء سيطرة الحوثيين»: ground named by who holds it, the control noun in construct after it. */
export const CONTROL_NOUNS: readonly string[] = ['سيطره', 'لسيطره'];

/**
 * «دخلت شاحنات المساعدات إلى قطاع غزة», «دخلت الحرب عامها الثاني»: what enters is aid, or a war entering a new
 * stage, not troops (normalised, a few words after the verb).
 */
export const NOT_ENTRANTS: readonly string[] = [
  // «دخلت دورية روسية مدينة القامشلي», «دخل وفد أممي المدينة»: a patrol or a delegation passing, no taking
  ...['دوريه', 'الدوريه', 'دوريات', 'الدوريات', 'وفد', 'الوفد', 'وفود'],
  ...['المساعدات', 'مساعدات', 'شاحنات', 'قافله', 'قوافل', 'الاغاثه', 'الوقود', 'الشاحنات'],
  ...['عامها', 'عامه', 'يومها', 'شهرها', 'اسبوعها', 'مرحله', 'الحرب', 'النزاع', 'الصراع', 'الازمه'],
];
export const NOT_ENTRANTS_REACH = 4;

/** «سيطرت فصائل المعارضة بقيادة هيئة تحرير الشام على …»: a long subject, then «على» and the place (tokens after the cue). */
export const SEIZED_ON_REACH = 10;

/** «دخول الاتفاق حيز التنفيذ»: an agreement entering into force, not troops entering a place. */
export const ENTERING: readonly string[] = ['دخول', 'دخل', 'دخلت'];
export const INTO_FORCE: readonly string[] = ['حيز', 'التنفيذ', 'الاتفاق', 'اتفاق'];

/**
 * «السيطرة على الحريق», «السيطرة على تفشي الوباء», «فقد السائق السيطرة على الشاحنة», «السيطرة على الأسعار»: what is
 * brought under control right after «على» is no ground (normalised).
 */
export const NOT_GROUND: readonly string[] = [
  'الحريق',
  'الحرايق',
  'النيران',
  'حريق',
  'تفشي',
  'انتشار',
  'الوباء',
  'الفيروس',
  'المرض',
  'الاسعار',
  'التضخم',
  'الوضع',
  'الاوضاع',
  'الموقف',
  'الامور',
  'الشاحنه',
  'السياره',
  'المركبه',
  'الحافله',
  'الفوضي',
  'الاحتجاجات',
  'اعصابه',
  'اعصابها',
  // «سيطرت الأمطار على أجواء العاصمة»: the weather
  'اجواء',
  'الاجواء',
];

/**
 * «سيطرت الأمطار على أجواء العاصمة», «يسيطر الهدوء على الجبهة», «سيطرت حالة من الترقب على المدينة»: weather and moods
 * as the subject right after the control verb hold no ground (normalised).
 */
export const NOT_CONTROLLERS: readonly string[] = [
  ...['الامطار', 'امطار', 'الثلوج', 'السيول', 'الغيوم', 'الضباب', 'العواصف', 'الرياح', 'موجه', 'الحر', 'البرد'],
  ...['الهدوء', 'هدوء', 'الحذر', 'الترقب', 'المخاوف', 'القلق', 'الفوضي', 'حاله', 'اجواء', 'الصمت', 'الحزن', 'الذعر'],
];

/** «سقطت المدينة في أيدي …»: a place falling into someone's hands («قتل بأيدي» is not). */
// «وقعت البلدة في قبضة داعش»: falling into someone's grip
export const FALLING: readonly string[] = [
  ...['سقطت', 'سقط', 'تسقط', 'يسقط', 'سقوط', 'سقوطها', 'وسقطت', 'باتت', 'اصبحت', 'صارت', 'عادت'],
  ...['وقعت', 'وقع', 'تقع', 'يقع', 'وقوع', 'وقوعها'],
];

/** «باتت القرية تحت سيطرة …», «عادت تحت العلم …»: a place that became held, a change. */
export const BECOMING: readonly string[] = ['باتت', 'بات', 'اصبحت', 'اصبح', 'صارت', 'عادت', 'اضحت'];

/** «اقتحمت القوات المدينة وسيطرت عليها»: the place taken is a pronoun after the cue, named before it. */
export const ON_IT: readonly string[] = ['عليها', 'عليه', 'عليهما'];

/** «استولى المسلحون على المدينة»: what is seized follows «على» (normalised: ى → ي). */
export const SEIZED_ON: readonly string[] = ['علي'];

/** «على معظم أحياء حلب», «على كامل مدينة …»: how much of the place was taken, between «على» and it; normalised. */
export const SHARE_OF_GROUND: readonly string[] = ['معظم', 'اغلب', 'غالبيه', 'كامل', 'كافه', 'جميع', 'كل', 'بعض', 'نصف', 'باقي', 'بقيه'];

/** The hands a place falls into: only after a verb of falling («سقطت المدينة بيد …»: «بيد» is too short to lose its «ب»). */
export const HANDS: readonly string[] = ['ايدي', 'يد', 'بيد', 'قبضه'];

/**
 * «خرجت المدينة عن سيطرة الحكومة»: a place leaving someone's control, told as the subject before the verb (normalised);
 * only with «عن» right before the control word («خرج السكان من المدينة الخاضعة لسيطرة …» is no change).
 */
export const LEAVING: readonly string[] = ['خرجت', 'خرج', 'خروج', 'تخرج', 'يخرج', 'خروجها', 'خرجتا'];
export const OUT_OF: readonly string[] = ['عن'];

/**
 * «انسحبت الولايات المتحدة من الاتفاق النووي», «انسحب المرشح من الانتخابات», «انسحب الوفد من المفاوضات»: what a
 * side withdraws from, right after «من», is a pact, a process or a contest, not ground (normalised).
 */
export const NOT_GROUND_LEFT: readonly string[] = [
  ...['الاتفاق', 'اتفاق', 'الاتفاقيه', 'اتفاقيه', 'المعاهده', 'معاهده', 'الصفقه', 'التحالف', 'الحكومه', 'البرلمان'],
  ...['المفاوضات', 'مفاوضات', 'المحادثات', 'محادثات', 'الحوار', 'المشاورات', 'الاجتماع', 'الجلسه', 'القمه', 'العمليه'],
  ...['الانتخابات', 'انتخابات', 'السباق', 'البطوله', 'المنافسه', 'المباراه', 'الدوري', 'الترشح'],
];
export const WITHDRAWING: readonly string[] = ['انسحبت', 'انسحب', 'انسحبوا', 'انسحاب', 'انسحابها', 'انسحابه', 'انسحابهم', 'تنسحب', 'ينسحب'];
/** The «من» of what is left, within a subject's length of the verb («انسحبت الولايات المتحدة رسميا من …»). */
export const WITHDRAWN_FROM: readonly string[] = ['من'];
export const WITHDRAWN_FROM_REACH = 5;

/** «دخل الرئيس مدينة بورتسودان في زيارة رسمية»: an entry on a visit or a tour is no taking of the place (normalised). */
export const VISIT: readonly string[] = ['زياره', 'زيارته', 'زيارتها', 'جوله', 'جولته', 'جولتها', 'استقبال', 'استقبله', 'مستقبلا'];

/** «حملة لاستعادة السيطرة», «عملية لتحرير المدينة», «تسعى للسيطرة على …»: a lam of purpose on the control noun is an aim. */
export const AIMED_AT_CONTROL = /^[وف]?ل(?:ا?ستعاد|تحرير|لسيطر|بسط|فرض|دخول)/;

/**
 * «تحاول قوات الدعم السريع السيطرة على الفاشر», «تسعى القوات الروسية إلى السيطرة على …»: trying or seeking to take a
 * place takes none (normalised; the subject may stand between the verb and the control word, see ATTEMPT_REACH). An
 * attempted assault is still an attack: only the control change is silenced.
 */
export const ATTEMPTING: readonly string[] = [
  ...['تحاول', 'يحاول', 'حاولت', 'حاول', 'حاولوا', 'يحاولون', 'تحاولان', 'تسعي', 'يسعي', 'سعت', 'يسعون', 'تسعيان'],
  ...['تريد', 'يريد', 'تعتزم', 'يعتزم', 'تخطط', 'يخطط', 'تطمح', 'يطمح', 'تهدف', 'يهدف'],
];
export const ATTEMPT_REACH = 5;

/**
 * «منذ استعادة المنطقة», «في ما يتعلق بانسحاب القوات», «بشأن دخول القوات»: the control noun right after a
 * word of time frame or topic is a recap or a subject of talk, not a change reported now.
 */
export const SINCE_OR_TOPIC: readonly string[] = ['منذ', 'يتعلق', 'تتعلق', 'بشان', 'بخصوص'];

/**
 * «ساحة التحرير», «هيئة تحرير الشام», «جبهة التحرير»: «تحرير» in a name after one of these heads in construct (no
 * article: «أعلن الجيش تحرير المدينة» is its subject). Normalised: «هيئة» is written «هييه».
 */
export const NAME_HEAD = /^[وفبل]?(?:ساحه|ميدان|هييه|جبهه|حركه|جيش|حزب|منظمه|شارع|دوار|مجلس)$/;

/**
 * «انسحبت القوات الأوكرانية من البلدة», «فقدت قوات الدعم السريع السيطرة على», «خسرت موقعين»: the side named gave the
 * place up; the other side took it (normalised).
 */
export const GAVE_UP: readonly string[] = [
  ...['انسحبت', 'انسحب', 'انسحبوا', 'انسحاب', 'انسحابها', 'انسحابه', 'انسحابهم'],
  ...['فقدت', 'فقد', 'فقدوا', 'فقدان', 'فقدانها', 'خسرت', 'خسر', 'خسروا', 'خساره', 'خسارتها'],
  ...['اخلت', 'اخلي', 'اخلوا', 'تخلت', 'تخلي', 'تخلوا'],
];

/**
 * «أخلت القوات الأوكرانية مواقعها», «تخلت القوات عن مواقعها في البلدة»: evacuating or abandoning is a change of
 * control only for ground of the side's own, a ground noun with a possessive pronoun a few words after the verb
 * (normalised). Not «أخلت السلطات السكان من المدينة», «تخلت الحكومة عن خطتها».
 */
export const ABANDONING: readonly string[] = ['اخلت', 'اخلي', 'اخلوا', 'تخلت', 'تخلي', 'تخلوا'];
export const OWN_GROUND: readonly string[] = ['ها', 'ه', 'هم', 'هما'];
export const OWN_GROUND_REACH = 5;

/**
 * «طرد الجيش العراقي تنظيم داعش من بلدة …», «أخرجت القوات … من قرية …», «دحرت … من مدينة …»: verbs of expelling a
 * side from a place (normalised). Not «دحر الهجوم» (a repelled attack): the place must follow «من».
 */
export const EXPELLING: readonly string[] = [
  ...['طرد', 'طردت', 'طردوا', 'طردنا', 'اخرج', 'اخرجت', 'اخرجوا', 'اخرجنا', 'دحر', 'دحرت', 'دحروا', 'دحرنا'],
];

/** «طردت الجزائر السفير الفرنسي من أراضيها»: envoys expelled from a country, a diplomatic step (normalised). */
export const ENVOYS: readonly string[] = [
  ...['السفير', 'سفير', 'سفيرا', 'سفراء', 'السفراء', 'القايم', 'دبلوماسي', 'دبلوماسيا', 'دبلوماسيين', 'الدبلوماسيين'],
  ...['البعثه', 'بعثه', 'موظفي', 'الملحق', 'ملحق', 'القنصل', 'قنصل', 'مراسل', 'مراسلي', 'صحفيين', 'الصحفيين'],
];

/** «رفعت القوات علمها فوق …»: the flag raised (normalised; «علمها», «أعلامهم» by their variants). */
export const FLAGS: readonly string[] = ['علم', 'العلم', 'اعلام', 'الاعلام', 'رايه', 'الرايه', 'رايات', 'الرايات'];
/** The flag is at most this many words after the verb (its subject between), and «فوق» as many after the flag. */
export const FLAG_REACH = 5;
/** Over what the flag is raised. */
export const FLAG_OVER: readonly string[] = ['فوق', 'علي'];
/**
 * Who raises it must be a force, after the verb or just before it («القوات الأوكرانية ترفع علمها»), not protesters,
 * fans or a crowd (normalised).
 */
export const FORCES: readonly string[] = [
  ...['قوات', 'القوات', 'قواتنا', 'الجيش', 'جيش', 'جنود', 'الجنود', 'جنودنا', 'مقاتلو', 'مقاتلي', 'مقاتلون', 'المقاتلون'],
  ...['عناصر', 'مسلحو', 'مسلحي', 'المسلحون', 'الفصايل', 'فصايل', 'وحدات', 'الوحدات', 'اللواء', 'لواء', 'الكتيبه', 'كتيبه'],
];
export const FORCES_BEFORE = 4;

/** «تطهير مدينة من …», «طهرت القوات البلدة»: clearing a place of the enemy (normalised). */
export const CLEARING: readonly string[] = ['تطهير', 'طهرت', 'طهر', 'طهروا', 'بالتطهير', 'التطهير'];
/** «التطهير العرقي», «تطهير عرقي»: ethnic cleansing is no ground taken (normalised). */
export const ETHNIC: readonly string[] = ['عرقي', 'العرقي', 'عرقيا'];
/** «تطهير المنطقة من الألغام», «من مخلفات الحرب»: clearing mines and remnants is no ground taken (normalised). */
export const NOT_ENEMIES: readonly string[] = ['الالغام', 'الغام', 'مخلفات', 'المتفجرات', 'العبوات', 'الذخاير'];
/** How far past a clearing word its «من …» may stand («تطهير المنطقة الصناعية شمال المدينة من الألغام»). */
export const CLEARED_OF_REACH = 7;
