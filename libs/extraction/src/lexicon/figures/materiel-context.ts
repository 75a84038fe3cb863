/** «عتاد», «معدات»: equipment as such (a loss even without a count). */
export const EQUIPMENT_WORDS: readonly string[] = ['عتاد', 'معدات', 'العتاد', 'المعدات'];

/** «دبابة واحدة». */
export const ONE: readonly string[] = ['واحده', 'واحد'];

/** «منظومة راجمات», «منظومة غراد»: a launcher system is artillery, not air defence. */
export const ROCKET_ARTILLERY: readonly string[] = ['راجمات', 'غراد'];

/** «إيرانية الصنع», «روسية الصنع»: a nisba before this word says who made the equipment, not whose it is (normalised). */
export const MADE_IN: readonly string[] = ['الصنع'];

/** «20 من أصل 25 طائرة»: the first number counts the figure, the second the whole (normalised). */
export const OUT_OF: readonly [string, string] = ['من', 'اصل'];

/**
 * «مروحيات الجيش الروسي دمرت مواقع …», «طائراته أحرقت آليات …», «مقاتلات تركية أسقطت مسيرة»: finite verbs of
 * destroying, burning out, disabling or downing that take an object; with an aircraft as their subject the aircraft
 * did the destroying (normalised forms; the nouns «تدمير», «إسقاط» have no subject there).
 */
export const DESTROYING_VERBS: readonly string[] = [
  ...['دمر', 'دمرت', 'دمروا', 'دمرتا', 'تدمر', 'يدمر'],
  ...['احرق', 'احرقت', 'احرقوا', 'اعطب', 'اعطبت', 'اعطبوا'],
  // «مسيراته أصابت دبابتين روسيتين»: hit, with equipment, a site or a count as its object
  ...['اصابت', 'اصاب'],
];
/** Verbs of downing and intercepting that take an object: the aircraft that did it («مقاتلات أسقطت مسيرة») was not lost. */
export const DOWNING_VERBS: readonly string[] = ['اسقطت', 'اسقط', 'اعترضت', 'اعترض'];

/**
 * What a strike destroys, as the object right after its verb (bare or with the article; materiel nouns and counts are
 * read apart): positions, bases, depots, launchers, hideouts, buildings (normalised forms).
 */
export const DESTROYED_OBJECTS: readonly string[] = [
  ...['مواقع', 'موقع', 'موقعا', 'مراكز', 'مركز', 'مركزا', 'مقرات', 'مقر', 'مقرا', 'قواعد', 'قاعده', 'ثكنات', 'ثكنه'],
  ...['تحصينات', 'خنادق', 'مخازن', 'مخزن', 'مخزنا', 'مستودعات', 'مستودع', 'مستودعا', 'منصات', 'منصه', 'معسكرات', 'معسكر'],
  ...['معسكرا', 'اهداف', 'هدفا', 'منشات', 'منشاه', 'مباني', 'مبني', 'مبنيين', 'مخابي', 'مخبا', 'انفاق', 'نفقا', 'اوكار'],
  ...['وكرا', 'تجمعات', 'تجمعا', 'نقاط', 'نقطه', 'مرابض', 'ورش', 'ورشه', 'معاقل', 'معقل', 'جسر', 'جسرا', 'رادارا'],
  ...['تمركزات', 'تمركز', 'مصانع', 'مصنع', 'ورشات', 'مخيمات', 'حواجز', 'حاجزا', 'منازل', 'منزلا', 'بيوت', 'مساكن'],
];

/**
 * «منصات صواريخ لحزب الله», «مخازن قذائف للحوثيين»: a launcher, depot or workshop in construct with a weapon noun; the
 * side after the weapon («لـ») owns the site, it did not fire the weapon (normalised forms).
 */
export const WEAPON_SITE_HEADS: readonly string[] = [
  ...['منصات', 'منصه', 'مخازن', 'مخزن', 'مستودعات', 'مستودع', 'منظومه', 'منظومات', 'راجمات', 'راجمه', 'ورش', 'ورشه'],
  ...['مصانع', 'مصنع', 'شحنه', 'شحنات', 'مخابي', 'ترسانه', 'مرابض', 'منشات'],
];

/** «أطلقها الحوثيون على سفينة», «باتجاه سفن», «نحو زوارق»: what a weapon was launched at follows one of these (normalised). */
export const LAUNCH_TARGET_PREPOSITIONS: readonly string[] = ['علي', 'باتجاه', 'نحو', 'ضد', 'صوب'];

/**
 * «10 سيارات متفحمة», «8 عربات محترقة», «دبابة مدمرة»: a participle right after the equipment says what became of
 * it (normalised; masculine and feminine singular, which also agree with non-human plurals).
 */
export const DESTROYED_STATE: readonly string[] = [
  'متفحمه',
  'متفحم',
  'محترقه',
  'محترق',
  'مدمره',
  'مدمر',
  'محطمه',
  'محطم',
  'معطوبه',
  'معطوب',
  'مدمرتين',
  'محترقتين',
];

/**
 * «تحييد 5 مدرعات»: the Turkish ministry's word for putting out of action; with equipment after it, a destruction
 * (with people after it it is a killing: lexicon/cues). Normalised.
 */
export const NEUTRALISE: readonly string[] = ['تحييد', 'حيدت', 'حيد', 'حيدنا'];

/** «3 من دبابات العدو»: the count, «من», then what it counts. */
export const PARTITIVE = 'من';

/**
 * Verbal nouns of destroying and seizing («تدمير منظومة», «الاستيلاء على منظومة»): the actor right after one is its
 * object or its owner, never its subject, unlike after a verb («استولت قوات الدعم السريع على …»). Normalised.
 */
export const STATUS_NOUNS: readonly string[] = [
  'تدمير',
  'اسقاط',
  'اعطاب',
  'احراق',
  'احتراق',
  'تحطيم',
  'اعتراض',
  'استيلاء',
  'اغتنام',
  'استحواذ',
  'مصادره',
  'تحييد',
  'اغراق',
];

/** «تمكنت قوات الوفاق من الاستيلاء على …», «نجحت القوات في تدمير …»: words between a subject and its verbal noun. */
export const SUBJECT_LINKS: readonly string[] = ['من', 'في'];

/** «ما أدى إلى انفجارها»: the verb of causing and its «إلى» before the explosion a strike caused (normalised). */
export const CAUSED: readonly [readonly string[], string] = [['ادي', 'ادت'], 'الي'];

/** «انفجار»: with «أدى إلى» before it and a pronoun on it, the blowing up of what a strike hit. */
export const EXPLODED = 'انفجار';
