/** Families, condolences and wishes of recovery: «تعازيه لعائلات القتلى» is no new toll. */
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
];
