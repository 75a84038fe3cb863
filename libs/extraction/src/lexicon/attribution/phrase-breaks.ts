/** Punctuation that ends an actor phrase («وزارة الدفاع، الأرمينية» is two things). */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set(['،', ',', '؛', ':', '.', '"', '«', '»', '“', '”', '(', ')']);

/** Nouns that make a bare nisba an actor («الجانب الأرميني», «الطرف الأذربيجاني»). */
export const SIDE_NOUNS: readonly string[] = ['الجانب', 'الطرف', 'جانب'];

/**
 * Attack nouns whose nisba names the attacker («غارة إسرائيلية», «قصف روسي», «هجمات أوكرانية»): the nisba is that
 * side's mention (normalised forms).
 */
export const ATTACK_NISBA_NOUNS: readonly string[] = [
  ...['غاره', 'غارات', 'الغاره', 'الغارات', 'قصف', 'القصف', 'قصفا', 'ضربه', 'ضربات', 'الضربات', 'هجوم', 'هجمات', 'الهجوم', 'الهجمات'],
  ...['قذيفه', 'قذايف', 'صاروخ', 'صواريخ', 'غارتين', 'هجوما', 'عدوان', 'العدوان', 'توغل', 'اقتحام'],
  // the dual: «صاروخين روسيين», «قذيفتين إسرائيليتين»
  ...['صاروخين', 'صاروخان', 'قذيفتين', 'قذيفتان'],
];

/** Adjectives of an attack's manner that may stand between it and its author's nisba («غارة جوية إسرائيلية»); normalised. */
export const MANNER_ADJECTIVES: ReadonlySet<string> = new Set([
  ...['جوي', 'جويه', 'مدفعي', 'مدفعيه', 'صاروخي', 'صاروخيه', 'بري', 'بريه', 'عنيف', 'عنيفه', 'مكثف', 'مكثفه'],
  ...['انتحاري', 'انتحاريه', 'جديد', 'جديده', 'مماثل', 'مماثله', 'مباغت', 'مباغته'],
]);

/**
 * Aircraft whose nisba names whose they are («طائرات روسية», «مسيرة تركية», «طائرات حربية إسرائيلية»): in a strike the
 * attacker, in a shoot-down the side that lost it (normalised forms).
 */
export const AIRCRAFT_NISBA_NOUNS: readonly string[] = [
  ...['طايره', 'طايرات', 'مسيره', 'مسيرات', 'مقاتله', 'مقاتلات', 'مروحيه', 'مروحيات', 'طيران'],
  ...['حربيه', 'مسلحه', 'انتحاريه'],
  // the dual: «مسيرتين روسيتين», «طائرتين إسرائيليتين»
  ...['طايرتين', 'طايرتان', 'مسيرتين', 'مسيرتان', 'مقاتلتين', 'مروحيتين'],
];

/**
 * «حركة الشباب المرتبطة بتنظيم القاعدة», «جماعة نصرة الإسلام والمسلمين التابعة للقاعدة»: a definite link after a
 * group's name, agreeing with it, names the network it belongs to (normalised forms).
 */
export const PARENT_LINKS: readonly string[] = [
  ...['المرتبطه', 'المرتبط', 'التابعه', 'التابع', 'المواليه', 'الموالي', 'المبايعه', 'المبايع', 'المنتميه', 'المنتمي'],
];

/** «كتائب حزب الله المدعومة من إيران»: backed by — the state or group after «من» backs the group before (normalised). */
export const BACKED_LINKS: readonly string[] = ['المدعوم', 'المدعومه', 'المدعومين', 'المدعومون', 'مدعوم', 'مدعومه'];

/** «الفصائل المقربة من إيران», «القوات المتحالفة معها»: close to, allied with (normalised). */
export const ALLY_LINKS: readonly string[] = ['المقرب', 'المقربه', 'المتحالف', 'المتحالفه'];

/** What may stand between a subject and its verb («أذربيجان، قد أعلنت»). */
export const SUBJECT_GLUE: readonly string[] = ['،', 'قد'];

/** «التابعة لـ», «الموالية لـ»: what follows names the side a unit belongs to (normalised forms). */
// with or without the article: «القوات التابعة لـ», «قوات موالية لـ», «عناصر تابعة لـ», «مسلحون موالون لـ», «المدعومة من»
export const AFFILIATION_WORDS: readonly string[] = [
  ...['التابعه', 'التابع', 'التابعين', 'التابعون', 'المواليه', 'الموالي', 'الموالين', 'الموالون'],
  ...['تابعه', 'تابع', 'تابعين', 'تابعون', 'مواليه', 'موالي', 'موالين', 'موالون', 'المدعومه', 'مدعومه'],
  // led by: «الجيش الليبي بقيادة خليفة حفتر», «القوات التي يقودها حفتر»
  ...['بقياده', 'يقودها', 'يقوده'],
];
