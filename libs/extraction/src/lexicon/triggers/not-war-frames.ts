/**
 * The words of war used for something else: a weapon unveiled, paraded, tested or sent to space, an exercise, a
 * match, a war of words. One row per class: its words (as written in news copy), what it silences (`weapons`: a
 * weapon noun, «صاروخ», «مسيرة»; `fighting`: any fighting or weapon cue) and where it must stand
 * (stages/triggers/frames.ts reads them):
 * - `clause`: in the cue's clause, before the cue, or after it when governed by «في/خلال/ضمن» («شاركت الدبابات في
 *   العرض العسكري», not «قصفت المدفعية المواقع بعد انتهاء المناورات»);
 * - `after`: later in the cue's clause («أطلقت صاروخا إلى الفضاء»; «صور الأقمار الصناعية» before a strike is none);
 * - `object`: the weapon is its object, after the subject and the row's preposition if any («كشف الحرس الثوري عن
 *   صاروخ جديد», «استعرضت الكتائب صواريخ»), not a weapon's firing («كشف مصدر عن سقوط صواريخ», «عرضت القناة مشاهد
 *   لقصف مدفعي»);
 * - `sentence`: anywhere in the sentence (words that have no sense in war copy);
 * - `next`: the word right after the cue («قصفا إعلاميا», «الهجوم الإلكتروني», «ضربة قاضية», «هجوما وهميا»);
 * - `verdict`: anywhere in the cue's clause, unless the sentence tells an attack too (`deaths` rows: «قضت محكمة بإعدام
 *   خمسة», but «قتل 3 حراس في هجوم على مبنى المحكمة»).
 * A `deaths` row silences words of death and killing (a sentence passed or carried out is no casualty of fighting).
 */
export type FrameKind =
  'exercise' | 'display' | 'test' | 'space' | 'unveil' | 'show' | 'sport' | 'figurative' | 'judicial' | 'arsenal' | 'supply';
export type FrameReach = 'clause' | 'after' | 'object' | 'sentence' | 'next' | 'verdict';

export interface FrameRow {
  silences: 'weapons' | 'fighting' | 'deaths';
  reach: FrameReach;
  /** For `object`: the preposition that introduces the object past the subject («كشف الحرس الثوري عن …»). */
  preposition?: string;
  words: readonly string[];
}

export const NOT_WAR_FRAMES = {
  exercise: {
    silences: 'fighting',
    reach: 'clause',
    words: ['مناورات', 'المناورات', 'مناورة', 'المناورة', 'تمرين', 'تمرينا', 'التمرين', 'تمرينات', 'تدريبات', 'التدريبات'],
  },
  display: {
    silences: 'weapons',
    reach: 'clause',
    words: [
      ...['عرض عسكري', 'العرض العسكري', 'عرضا عسكريا', 'عروض عسكرية', 'استعراض عسكري', 'الاستعراض العسكري'],
      ...['معرض للصناعات', 'معرض الصناعات', 'معرض الدفاع', 'معرض دفاعي', 'معرض للأسلحة', 'معرض الأسلحة'],
    ],
  },
  test: {
    silences: 'weapons',
    reach: 'clause',
    words: ['تجربة', 'التجربة', 'تجارب', 'اختبار', 'اختبارات', 'اختبر', 'اختبرت', 'يختبر', 'تختبر', 'جربت'],
  },
  space: {
    silences: 'weapons',
    reach: 'after',
    words: ['الفضاء', 'قمر صناعي', 'قمرا صناعيا', 'أقمار صناعية', 'الأقمار الصناعية', 'المدار', 'مدار'],
  },
  unveil: {
    silences: 'weapons',
    reach: 'object',
    preposition: 'عن',
    words: ['كشف', 'كشفت', 'يكشف', 'تكشف', 'الكشف', 'أزاح', 'أزاحت', 'يزيح', 'تزيح'],
  },
  // «استعرضت كتائب القسام صواريخ جديدة» (not «استعرض الوزير الأوضاع …، ومنها قصف …»: the weapon is its object)
  show: {
    silences: 'weapons',
    reach: 'object',
    words: ['استعرض', 'استعرضت', 'يستعرض', 'تستعرض', 'عرضت'],
  },
  // what a side holds or a weapon can do: «يمتلك حزب الله ترسانة من 150 ألف صاروخ», «يصل مدى الصاروخ إلى 300 كيلومتر»
  arsenal: {
    silences: 'weapons',
    reach: 'clause',
    words: [
      ...['ترسانة', 'ترسانته', 'ترسانتها', 'مخزون', 'مخزونه', 'مخزونها', 'يمتلك', 'تمتلك', 'يملك', 'تملك', 'امتلاك'],
      ...['يصل مدى', 'يبلغ مدى', 'يصل مداه', 'يبلغ مداه', 'يصل مداها', 'يبلغ مداها', 'بمدى', 'مدى الصاروخ', 'مدى الصواريخ'],
    ],
  },
  // weapons sent, sold or delivered: «أرسلت ألمانيا دبابات ومنظومات دفاع جوي إلى أوكرانيا», «صفقة لبيع صواريخ»
  supply: {
    silences: 'weapons',
    reach: 'clause',
    words: [
      ...['أرسلت', 'أرسل', 'ترسل', 'يرسل', 'إرسال', 'سلمت', 'تسليم', 'زودت', 'تزويد', 'بتزويد', 'شحنة', 'شحنات'],
      ...['إمدادات', 'صفقة', 'صفقات', 'بيع', 'لبيع', 'شراء', 'لشراء', 'حزمة مساعدات', 'مساعدات عسكرية'],
    ],
  },
  sport: {
    silences: 'fighting',
    reach: 'sentence',
    words: [
      ...['مباراة', 'المباراة', 'مباريات', 'الشوط', 'شوط', 'مرمى', 'الشباك', 'الكرة', 'كرة القدم', 'منطقة الجزاء'],
      ...['ركلة', 'ضربة جزاء', 'ضربة حرة', 'هدف التعادل', 'هدف الفوز', 'الملاكم', 'ملاكم', 'حلبة'],
    ],
  },
  figurative: {
    silences: 'fighting',
    reach: 'next',
    words: [
      ...['إعلامي', 'إعلاميا', 'إعلامية', 'الإعلامي', 'الإعلامية', 'كلامي', 'كلامية', 'لفظي', 'لفظية', 'سياسي', 'سياسيا'],
      ...['سياسية', 'حاد', 'حادا', 'لاذع', 'لاذعا', 'إلكتروني', 'إلكترونيا', 'إلكترونية', 'الإلكتروني', 'الإلكترونية'],
      ...['سيبراني', 'سيبرانية', 'السيبراني', 'السيبرانية', 'دبلوماسي', 'دبلوماسية', 'اقتصادي', 'اقتصادية', 'دعائي'],
      ...['دعائية', 'قاضية', 'القاضية', 'وهمي', 'وهميا', 'وهمية'],
    ],
  },
  // a court's sentence and its execution: «قضت محكمة بإعدام خمسة», «نفذ حكم الإعدام بحق عشرة مدانين», «أعدمت السلطات
  // ثلاثة رجال أدينوا بالتجسس» (not «أعدم التنظيم عشرة أسرى», a killing told with no court)
  judicial: {
    silences: 'deaths',
    reach: 'verdict',
    words: [
      // a court ruling (a court alone may be where an attack hit: «قتل حارس أمام المحكمة برصاص مسلح»)
      ...['قضت محكمة', 'قضت المحكمة', 'حكمت محكمة', 'حكمت المحكمة', 'أصدرت محكمة', 'أصدرت المحكمة', 'عقوبة الإعدام'],
      ...['حكم الإعدام', 'أحكام الإعدام', 'حكم بالإعدام', 'حكما بالإعدام', 'الحكم بالإعدام', 'أحكام بالإعدام', 'أحكاما بالإعدام'],
      ...['الأحكام بالإعدام', 'بالإعدام', 'أحكاما بإعدام', 'حكما بإعدام', 'حكم بإعدام', 'بالسجن', 'بسجن'],
      // the people a sentence was passed on
      ...['مدانين', 'المدانين', 'مدانا', 'أدينوا', 'المحكوم عليهم', 'محكوم عليهم', 'المحكومين', 'محكومين'],
    ],
  },
} as const satisfies Record<FrameKind, FrameRow>;

/** Prepositions that make a frame word after the cue govern it: «في العرض», «خلال المناورات», «ضمن التمرين». */
export const FRAME_GOVERNORS: readonly string[] = ['في', 'خلال', 'اثناء', 'ضمن', 'اطار'];

/** How far after the verb an `object` frame's preposition, or its object, may stand (past the subject). */
export const FRAME_SUBJECT_REACH = 5;
/** How far after «عن» its weapon may stand: «عن جيل جديد من الصواريخ». */
export const FRAME_OBJECT_REACH = 5;
/** Between «عن» and the weapon: its firing or fall is an event told («كشف عن سقوط صواريخ», «عن إطلاق صاروخين»). */
export const FIRING_NOUNS: readonly string[] = [
  'سقوط',
  'تساقط',
  'اطلاق',
  'استخدام',
  'وصول',
  'اصابه',
  'ضربه',
  'ضربات',
  'قصف',
  'مشاهد',
  'صور',
  'لقطات',
];
