/**
 * What an attack can hit that is no armed force: gatherings and marches, merchant shipping (as written in news
 * copy; a Lexicon normalises them). An attack on them is no clash; a weapon named beside it still types it.
 */
export const CIVIL_TARGETS: readonly string[] = [
  ...['مسيرة احتجاجية', 'مسيرة سلمية', 'مسيرة شعبية', 'مسيرة العودة', 'مسيرات العودة', 'مسيرات احتجاجية', 'مظاهرة'],
  ...['تظاهرة', 'مظاهرات', 'تظاهرات', 'احتجاجات', 'اعتصام', 'المحتجين', 'المتظاهرين', 'متظاهرين', 'محتجين'],
  ...['سفينة تجارية', 'سفينة شحن', 'سفن تجارية', 'سفن الشحن', 'سفينة مدنية', 'ناقلة نفط', 'ناقلات نفط', 'ناقلة غاز'],
  ...['سفينة حاويات', 'ناقلة النفط', 'سفينة الشحن', 'السفينة التجارية'],
];

/** Protesters: «اشتبك المتظاهرون مع قوات الأمن» is unrest, not fighting between armed forces (as written). */
export const PROTESTERS: readonly string[] = [
  ...['المتظاهرين', 'المتظاهرون', 'متظاهرين', 'متظاهرون', 'المحتجين', 'المحتجون', 'محتجين', 'محتجون'],
  ...['مظاهرة', 'مظاهرات', 'تظاهرة', 'تظاهرات', 'احتجاجات', 'الاحتجاجات', 'المظاهرات', 'التظاهرات'],
  // «اقتحم المستوطنون باحات المسجد الأقصى»: settlers are no organised armed force either
  ...['المستوطنون', 'المستوطنين', 'مستوطنون', 'مستوطنين'],
];

/** After «مسيرة»: a march, not a drone (normalised). */
export const MARCH_WORDS: readonly string[] = [
  'احتجاجيه',
  'احتجاجيا',
  'سلميه',
  'شعبيه',
  'حاشده',
  'جماهيريه',
  'العوده',
  'عوده',
  'تضامنيه',
  'راجله',
  'الاعلام',
  'ليليه',
  'نسائيه',
  'طلابيه',
  'غاضبه',
  'مندده',
];
