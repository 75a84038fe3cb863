/**
 * Ships and boats as the object of an attack (normalised forms). An attack on one hits the ship's flag or owner when
 * the text names it («سفينة إسرائيلية», «ترفع علم ليبيريا», «مملوكة لشركة يونانية»), else no side at all: never the
 * attacker's own side, nor the report's other side by guess. «ناقلة جند» is an armoured carrier, not a tanker.
 */
export const VESSELS: readonly string[] = [
  ...['سفينه', 'سفن', 'ناقله', 'ناقلات', 'باخره', 'بواخر', 'بارجه', 'بوارج', 'فرقاطه', 'فرقاطات'],
  ...['زورق', 'زوارق', 'قارب', 'قوارب', 'ناقلتي', 'سفينتين', 'سفينتي'],
];

/** «ناقلة جند», «ناقلات جنود»: after «ناقلة», an armoured personnel carrier (normalised). */
export const CARRIER_CARGO: readonly string[] = ['جند', 'جنود', 'الجند', 'الجنود'];

/** «ترفع علم ليبيريا», «مملوكة لشركة يونانية», «تابعة لإسرائيل», «مرتبطة بإسرائيل»: words between a ship and its owner. */
export const OWNER_WORDS: readonly string[] = [
  ...['ترفع', 'علم', 'العلم', 'مملوكه', 'تملكها', 'يملكها', 'تابعه', 'مرتبطه', 'تعود', 'ملكيتها', 'لشركه', 'شركه'],
  ...['تديرها', 'يديرها', 'مشغله', 'تشغلها'],
];

/** «تضررت سفينة», «غرقت السفينة», «تعرضت سفينة»: verbs of a ship hit, besides the verbs of undergoing (normalised). */
export const VESSEL_HIT_VERBS: readonly string[] = ['تضررت', 'اصيبت', 'غرقت', 'احترقت', 'اشتعلت', 'جنحت'];
