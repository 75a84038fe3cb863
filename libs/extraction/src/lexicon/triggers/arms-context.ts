/**
 * Weapons owned, traded, made, tested or shown, not fired at anyone: «تمتلك الحركة ترسانة من الصواريخ», «تزويد
 * أوكرانيا بصواريخ بعيدة المدى», «صفقة لشراء صواريخ», «تجربة لإطلاق صاروخ», «استعراض صواريخ جديدة». A word of these a few words before a weapon noun makes it no shelling (normalised, clitics stripped by
 * the token variants).
 */
export const ARMS_NOT_FIRED: readonly string[] = [
  'تمتلك',
  'يمتلك',
  'تملك',
  'يملك',
  'امتلاك',
  'ترسانه',
  'مخزون',
  'مخزن',
  'مخازن',
  'تخزن',
  'يخزن',
  'تخزين',
  'تزويد',
  'تزود',
  'يزود',
  'زودت',
  'تسليم',
  'تسلم',
  'تسلمت',
  'شحنه',
  'شحنات',
  'صفقه',
  'شراء',
  'بيع',
  'تصنيع',
  'تصنع',
  'يصنع',
  'انتاج',
  'تطوير',
  'طورت',
  'تجربه',
  'اختبار',
  'استعراض',
  'امداد',
  'امدادات',
  'حزمه',
];

/** How many words before the weapon noun such a word may stand («تزويد أوكرانيا بصواريخ»). */
export const ARMS_REACH = 4;

/**
 * «استهدفت الضربات منصات لإطلاق الصواريخ», «دمرت الغارات مخازن للصواريخ ومنصات إطلاق الطائرات المسيرة»: a launcher,
 * a depot or a workshop right before a weapon noun (past «إطلاق») is what was struck, and the weapon was not fired
 * (normalised). Not «راجمات» or «منظومات», which fire: «قصفت راجمات الصواريخ البلدة».
 */
export const WEAPON_SITES: readonly string[] = [
  ...['منصات', 'منصه', 'منصتي', 'منصتين', 'مخازن', 'مخزن', 'مستودعات', 'مستودع', 'ورش', 'ورشه', 'مصانع', 'مصنع'],
];

/** «منصات إطلاق الصواريخ», «منصات لإطلاق الصواريخ»: the launch noun between the site and its weapon (normalised). */
export const SITE_LAUNCH_LINKS: readonly string[] = ['اطلاق'];
