/** Families, condolences and wishes of recovery: «تعازيه لعائلات القتلى» is no new toll. */
export const CONDOLENCE_WORDS: readonly string[] = [
  'اسر',
  'لاسر',
  'عائلات',
  'ذوي',
  'اهالي',
  'تعازي',
  'تعازيه',
  'تعازيها',
  'لعائلات',
  'اسره',
  'الشفاء',
  'شفاء',
  'العاجل',
  'مواساه',
  'عزاء',
];
