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
