/** Verbs of decreeing or announcing: a mobilisation word is a declaration only with one of them in the sentence. */
export const MOBILIZE_VERBS: readonly string[] = [
  'اعلن',
  'اعلنت',
  'اعلان',
  'اصدر',
  'اصدرت',
  'فرض',
  'فرضت',
  'وقع',
  'مرسوم',
  'مرسوما',
  'قرر',
  'قررت',
  'امر',
  'امرت',
  'بدء',
  'بدات',
  'اقر',
  'اقرت',
  'اعلنتا',
  'اعلنا',
  'تعلن',
  'يعلن',
];

/**
 * «تعبئة الرأي العام», «تعبئة الوقود», «تعبئة الموارد لمواجهة الفيضانات»: a bare «تعبئة» with a civil object is
 * rallying or filling, not a call-up (normalised, the object right after the word).
 */
export const CIVIL_MOBILIZATION_OBJECTS: readonly string[] = [
  'الراي',
  'الوقود',
  'البنزين',
  'الغاز',
  'المياه',
  'اسطوانات',
  'الاسطوانات',
  'الموارد',
  'الاموال',
  'التمويل',
  'الجماهير',
  'الشارع',
  'الانصار',
  'الناخبين',
  'الاصوات',
  'الجهود',
  'الطاقات',
  'المجتمع',
];

/** «أنهى حملة التعبئة», «إلغاء التعبئة», «رفع حالة التأهب»: ending a mobilisation declares none (spelt as normalised: ى → ي). */
export const ENDING_MOBILIZATION: readonly string[] = [
  'انهي',
  'انهت',
  'انهاء',
  'انتهاء',
  'انتهت',
  'الغي',
  'الغت',
  'الغاء',
  'رفع',
  'رفعت',
  'وقف',
  'اوقف',
  'اوقفت',
];

/**
 * «استدعى الجيش جنود الاحتياط», «أعلنت استدعاء 300 ألف جندي من الاحتياط»: the reserve is mobilised only when called
 * up, a few words before it («مقتل 3 من جنود الاحتياط» mobilises nobody; normalised, ى → ي).
 */
export const RESERVISTS: readonly string[] = ['الاحتياط', 'الاحتياطي', 'احتياط'];
export const CALL_UP: readonly string[] = ['استدعاء', 'استدعي', 'استدعت', 'يستدعي', 'تستدعي', 'استدعوا', 'باستدعاء'];
/** How far before the reserve its call-up may stand («استدعاء 300 ألف جندي من الاحتياط»). */
export const CALL_UP_REACH = 7;

/**
 * «قوات التعبئة» (the Basij), «وزارة التعبئة», «الجهاز المركزي للتعبئة العامة والإحصاء» (Egypt's statistics office):
 * the mobilisation word names a body after one of these heads, right before it as written (normalised; a head in
 * construct has no article: «أعلنت الوزارة التعبئة» declares one).
 */
export const BODY_HEADS: readonly string[] = ['قوات', 'وزاره', 'جهاز', 'المركزي', 'هييه', 'منظمه', 'مديريه', 'اداره', 'لجنه', 'مجلس'];
