/**
 * Where a place names no event: the venue of a statement or a meeting, and a
 * capital that speaks for its government. Normalised like token variants
 * (normalizeKey), so a look-up is one probe per variant.
 */
import { normalizeKey } from '../../text/normalize.js';

/**
 * A statement's or a meeting's noun: «في» + a place within a few words after
 * it is where it was said or held («بيان صدر في روما», «مؤتمر صحفي في جدة»,
 * «جلسة طارئة في نيويورك»), not where the fighting was.
 */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(
  [
    'بيان',
    'مؤتمر',
    'اجتماع',
    'اجتماعات',
    'جلسة',
    'قمة',
    'لقاء',
    'مقابلة',
    'تصريحات',
    'تصريح',
    'كلمة',
    'خطاب',
    'محادثات',
    'مفاوضات',
    'ندوة',
    'منتدى',
    'زيارة',
    'مباحثات',
  ].map(normalizeKey),
);

/** Words that may stand between the venue noun and «في»: «بيان صدر في», «مؤتمر صحفي عقده في». */
export const VENUE_LINKS: ReadonlySet<string> = new Set(
  ['صدر', 'صادر', 'صحفي', 'صحافي', 'طارئة', 'مشترك', 'عقد', 'عقده', 'عقدها', 'له', 'لها', 'رسمي', 'رسمية', 'أمني', 'وزاري'].map(
    normalizeKey,
  ),
);

/**
 * Verbs of a government's voice: a place right before one («واشنطن تدين»,
 * «موسكو قالت») or right after a speech verb («أعلنت موسكو») is the
 * government speaking, not a location. Speech verbs come from lexicon/speech.ts.
 */
export const GOVERNMENT_VERBS: ReadonlySet<string> = new Set(
  [
    'تدين',
    'أدانت',
    'ترحب',
    'رحبت',
    'تطالب',
    'طالبت',
    'تتهم',
    'اتهمت',
    'تحذر',
    'حذرت',
    'تدعو',
    'دعت',
    'تنفي',
    'نفت',
    'ترفض',
    'رفضت',
    'تعتبر',
    'اعتبرت',
    'قالت',
    'تقول',
    'أعلنت',
    'تعلن',
    'أكدت',
    'تؤكد',
    'ردت',
    'ترد',
    // «تتبادل إسلام آباد وكابل الاتهامات»
    'تتبادل',
    'تبادلت',
    'يتبادل',
    'تبادل',
    // «حمّلت دمشق أنقرة المسؤولية»
    'حملت',
    'تحمل',
  ].map(normalizeKey),
);

/**
 * A place that only situates another: «بلدة كفرشوبا، المحاذية لشبعا», «القريبة من …», «على مسافة 180
 * كيلومترًا شمال غربي بغداد». The word right before it (past directions and «من/عن»): a neighbour
 * adjective or a unit of distance.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set(
  [
    'محاذية',
    'محاذي',
    'مجاورة',
    'مجاور',
    'متاخمة',
    'متاخم',
    'مقابلة',
    'قريبة',
    'كيلومتر',
    'كيلومترا',
    'كيلومترات',
    'كلم',
    'كم',
    'ميلا',
    'أميال',
  ].map(normalizeKey),
);

/**
 * Words between a reference word and its place: «كيلومترًا شمال غربي بغداد», «القريبة من حلب», and the
 * place's own cue word («المجاورة لإقليم هلمند», «القريبة من مدينة حلب»).
 */
export const REFERENCE_LINKS: ReadonlySet<string> = new Set(
  [
    'شمال',
    'شمالي',
    'جنوب',
    'جنوبي',
    'شرق',
    'شرقي',
    'غرب',
    'غربي',
    'من',
    'عن',
    'مدينة',
    'بلدة',
    'قرية',
    'منطقة',
    'محافظة',
    'ولاية',
    'إقليم',
    'مقاطعة',
  ].map(normalizeKey),
);

/**
 * An office held over a place: «محافظ كركوك», «قائد شرطة الأنبار», «رئيس بلدية كريات شمونة», «مدير
 * صحة غزة». The place names the office, not where the official's news happened.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(
  ['محافظ', 'والي', 'عمدة', 'قائممقام', 'مختار', 'قائد', 'مدير', 'رئيس'].map(normalizeKey),
);

/** Words between an office title and its place: «قائد شرطة», «رئيس مجلس محافظة», «مدير صحة». */
export const OFFICE_LINKS: ReadonlySet<string> = new Set(
  ['شرطة', 'صحة', 'بلدية', 'مجلس', 'محافظة', 'عمليات', 'ناحية', 'قضاء', 'مديرية', 'قيادة', 'اتحاد', 'بلديات'].map(normalizeKey),
);

/**
 * Where fire was launched from: «أطلق 20 صاروخا من جنوب لبنان تجاه …», «طائرات مسيرة أقلعت من …»,
 * «قصفت … من مواقعها في …». The origin is not where the strike landed.
 */
export const LAUNCH_WORDS: ReadonlySet<string> = new Set(
  [
    'أطلق',
    'أطلقت',
    'أطلقوا',
    'أطلقها',
    'أطلقه',
    'يطلق',
    'تطلق',
    'إطلاق',
    'انطلقت',
    'انطلق',
    'أقلعت',
    'أقلع',
    'مواقعها',
    'مواقعه',
    'مواقعهم',
    'منصات',
  ].map(normalizeKey),
);

/** Words between «من» and the origin: «من مدينة الحديدة», «من مواقعها في …». */
export const ORIGIN_LINKS: ReadonlySet<string> = new Set(
  ['مدينة', 'بلدة', 'قرية', 'منطقة', 'قاعدة', 'مطار', 'محافظة', 'مواقعها', 'مواقعه', 'مواقعهم', 'في'].map(normalizeKey),
);

/**
 * A government's or its forces' noun in construct with a capital («قوات كييف», «جيش دمشق», «سلطات
 * صنعاء», «حكومة طرابلس»): the capital names the government as a side, it is not where anything
 * happened. Only the bare noun: «قصف الجيش دمشق» is the army shelling the city.
 */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(
  ['قوات', 'جيش', 'سلطات', 'حكومة', 'نظام', 'إدارة', 'جنود', 'مقاتلي', 'ميليشيات', 'وحدات'].map(normalizeKey),
);

/** Allegiance to a capital's government: «الموالية لموسكو», «الموالين لدمشق». */
export const ALLEGIANCE_WORDS: ReadonlySet<string> = new Set(['موالية', 'موالين', 'موالون', 'موال', 'موالي', 'مواليه'].map(normalizeKey));
