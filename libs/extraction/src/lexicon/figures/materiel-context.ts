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
