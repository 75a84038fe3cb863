/** Nouns of ground that can be lost or taken («موقعين», «مرتفعات», «قرية»): a loss or capture of it is a control change. */
const GROUND_NOUNS: readonly string[] = [
  'منطقه',
  'مناطق',
  'المنطقه',
  'قريه',
  'قري',
  'بلده',
  'بلدات',
  'مدينه',
  'مدن',
  'موقع',
  'مواقع',
  'موقعين',
  'مرتفع',
  'مرتفعات',
  'تله',
  'تلال',
  'اجزاء',
  'اراض',
  'اراضي',
  'تجمعات',
  'التجمعات',
  'اقليم',
  'جبل',
  'قاعده',
  'مطار',
  'معبر',
  'حي',
  'احياء',
  'نقاط',
  'نقطه',
  'محور',
  'طريق',
  'ريف',
  'مركز',
  'ضواحي',
  'محافظه',
  'ولايه',
  'مقاطعه',
  'حقل',
  'حقول',
  'مرفا',
  'ميناء',
  'جسر',
  'الخطوط',
  'خطوط',
  'مستوطنه',
  'مخيم',
  'معسكر',
  'معسكرات',
  'ثكنه',
  'ثكنات',
  'مقر',
  'مقرات',
  'مديريه',
  'مديريات',
  'ناحيه',
  'قطاع',
  'مخفر',
  'مخافر',
  'حاجز',
  'حواجز',
  'قلعه',
  // «استرد الجيش القصر الجمهوري»
  'قصر',
  'عاصمه',
  'مدرج',
  'مستوطنات',
  'مخيمات',
];

/**
 * The dual and sound plural of a singular ground noun, as normalised text writes them: «قريتين», «قريتان»,
 * «بلدتين» from «قريه», «بلده»; «معسكرين», «معسكران» from «معسكر». Broken plurals are listed as words.
 */
function numberForms(noun: string): string[] {
  if (noun.endsWith('ه')) {
    const stem = noun.slice(0, -1);
    return [noun, stem + 'تين', stem + 'تان', stem + 'ات'];
  }
  return [noun, noun + 'ين', noun + 'ان'];
}

export const TERRITORY: readonly string[] = [...new Set(GROUND_NOUNS.flatMap((w) => (w.length >= 3 ? numberForms(w) : [w])))];
