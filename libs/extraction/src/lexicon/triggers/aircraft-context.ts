/** Reconnaissance flights and shoot-downs: a flying weapon near one of them is no strike. */
export const NOT_A_STRIKE: readonly string[] = ['تحليق', 'استطلاع', 'اسقاط', 'اسقط', 'اسقطت', 'اعتراض', 'اعترضت'];

/** «بطائرة مسيرة», «بالصواريخ»: a word named as the instrument («ب…», «وب…», «فب…»); shared by the strike, target and loss-side readings. */
export const INSTRUMENT_PREFIX = /^[وف]?ب/;

/**
 * Support told as an attack's circumstance: «تقدمت القوات بإسناد جوي», «تحت غطاء ناري كثيف», «وسط إسناد جوي». The
 * support noun carries «ب», or stands after one of these words.
 */
export const AMID_WORDS: readonly string[] = ['تحت', 'وسط', 'مع'];
/** Asked or promised, not given: «طالبت الفصائل بغطاء جوي», «تعهدت واشنطن بدعم جوي». */
export const SUPPORT_NOT_GIVEN: readonly string[] = [
  ...['طالب', 'طالبت', 'يطالب', 'تطالب', 'طالبوا', 'المطالبه', 'مطالبه', 'طلب', 'طلبت', 'يطلب', 'تطلب'],
  ...['تعهد', 'تعهدت', 'يتعهد', 'تتعهد', 'وعد', 'وعدت', 'يعد', 'تعد', 'رحب', 'رحبت', 'وافق', 'وافقت'],
];
/**
 * «بإسناد من الطيران», «تحت غطاء ناري من الطائرات المسيرة», «بدعم من المقاتلات الروسية»: the support noun (with
 * «ب» or after «تحت») and «من» before an aircraft word make the aircraft the advance's striking arm.
 */
export const SUPPORT_NOUNS: readonly string[] = ['اسناد', 'غطاء', 'دعم', 'مسانده', 'اسنادا', 'دعما'];
export const SUPPORT_FIRE: readonly string[] = ['ناري', 'جوي', 'كثيف', 'مكثف'];
