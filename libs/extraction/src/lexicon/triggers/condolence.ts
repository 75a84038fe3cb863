/**
 * Families, condolences, wishes of recovery and prayers for the souls of the dead: «تعازيه لعائلات القتلى», «ترحم على
 * أرواح الشهداء» is no new toll.
 */
export const CONDOLENCE_WORDS: readonly string[] = [
  'اسر',
  'لاسر',
  'عايلات',
  'ذوي',
  'اهالي',
  'تعازي',
  'تعازيه',
  'تعازيها',
  'لعايلات',
  'اسره',
  'الشفاء',
  'شفاء',
  'العاجل',
  'مواساه',
  'عزاء',
  'ارواح',
];
