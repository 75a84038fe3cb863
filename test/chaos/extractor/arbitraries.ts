import fc from 'fast-check';

/**
 * Generators of hostile extractor input: Arabic news vocabulary (cue words,
 * number words, places, parties, months) mixed with other scripts, long digit
 * runs, combining marks, bidi controls, emoji and plain noise.
 */
export const CUE_WORDS = [
  'قصف',
  'القصف المدفعي',
  'اشتباكات',
  'معارك',
  'غارة جوية',
  'طائرة مسيرة',
  'قتل',
  'قتلى',
  'مقتل',
  'جرحى',
  'أصيب',
  'أسرى',
  'مفقودين',
  'ضحايا',
  'خسائر',
  'دمرت',
  'دبابة',
  'وقف إطلاق النار',
  'خرق',
  'انتهاك',
  'التعبئة',
  'طلب المساعدة',
  'محادثات',
  'بعثة مراقبة',
  'وساطة',
  'هجوم',
  'استهدف',
  'صواريخ',
  'هاون',
  'سيطرت',
  'انسحاب',
  'لم',
  'لا',
  'نفى',
  'ينفي',
];
export const NUMBER_WORDS = [
  'ثلاثة',
  'خمسين',
  'نحو',
  'أكثر من',
  'ما لا يقل عن',
  'عشرات',
  'المئات',
  'مئة وعشرين ألف',
  'اثنين',
  'عدد من',
  'بضعة',
  'ألف',
  'مليون',
  'مليار',
];
export const PLACES = [
  'جرموك',
  'كلبجار',
  'غوريس',
  'سيونيك',
  'ستيباناكيرت',
  'شوشا',
  'باكو',
  'يريفان',
  'قره باغ',
  'ناغورني قره باغ',
  'الحدود الأرمنية الأذربيجانية',
  'حلب',
  'خاركيف',
  'دونيتسك',
];
export const PARTIES = [
  'وزارة الدفاع الأرمينية',
  'وزارة الدفاع الأذربيجانية',
  'الجيش الأذربيجاني',
  'القوات الأرمنية',
  'روسيا',
  'منظمة معاهدة الأمن الجماعي',
  'الأمم المتحدة',
  'قالت',
  'أعلنت',
  'بحسب',
  'وفقا لـ',
  'أفاد',
];
export const DATE_WORDS = [
  '13 سبتمبر 2022',
  'أيلول',
  'تشرين الثاني',
  'أمس',
  'اليوم',
  'الثلاثاء',
  'فجر يوم',
  '٢٠٢٢/٩/١٤',
  '2022-09-14',
  '31/02/2022',
  'مطلع الأسبوع',
  'في 99 يناير 0000',
];
const OTHER_SCRIPTS = [
  'Armenian Հայաստան',
  'Азербайджан',
  'Azərbaycan',
  '中文新闻',
  'עברית',
  'ελληνικά',
  'हिन्दी',
  '🇦🇲🚀💥',
  'e\u0301',
  '\u200f\u200e\u202e\u2066',
  '\u200b\u200c\u200d\ufeff',
  '\u064b\u064c\u064d\u0651\u0652',
  'ـــــ',
  '\u0660\u0661\u0662\u06f4\u06f5',
  '\ud83d\ude00',
];
const PUNCT = [' ', ' ', ' ', '\n', '\n\n', '،', '.', '؟', '!', '«', '»', '"', '(', ')', '-', '–', ':', '؛', '/', '\t', '\r\n'];

const digitRun = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'))
  .chain(([n, digits]) => fc.array(fc.constantFrom(...digits.split('')), { minLength: n, maxLength: n }).map((d) => d.join('')));
const repeated = fc
  .tuple(fc.constantFrom(...CUE_WORDS, ...NUMBER_WORDS), fc.integer({ min: 2, max: 60 }))
  .map(([w, n]) => `${w} `.repeat(n));

/** One token of a generated report. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CUE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 3, arbitrary: fc.constantFrom(...PARTIES) },
  { weight: 2, arbitrary: fc.constantFrom(...DATE_WORDS) },
  { weight: 2, arbitrary: digitRun },
  { weight: 1, arbitrary: repeated },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_SCRIPTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A short generated report: tokens joined by spaces and punctuation. */
export const shortText: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, fc.constantFrom(...PUNCT)), { maxLength: 40 })
  .map((parts) => parts.map(([t, p]) => t + p).join(''));

export const publishedOn = fc.option(fc.constantFrom('2022-09-14', '2016-04-05', '2020-11-10', '1999-12-31', '2022-02-30', 'not a date'), {
  nil: null,
});
export const language = fc.option(fc.constantFrom('ar', 'AR', 'en', 'ar-SY', 'xx', ''), { nil: null, freq: 4 });

/** About `size` characters built by repeating generated material: the shapes that make rule engines slow. */
export function largeText(size: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    shortText.filter((t) => t.length > 0),
    repeated,
    digitRun,
    fc.tuple(fc.constantFrom(...CUE_WORDS), fc.constantFrom(...NUMBER_WORDS, '3', '٣', '1000000')).map(([c, n]) => `${c} ${n} `),
    fc.constantFrom(...PLACES).map((p) => `${p}، `),
  );
  return fc.array(unit, { minLength: 1, maxLength: 8 }).map((units) => {
    const base = units.join(' ');
    return base.repeat(Math.ceil(size / Math.max(1, base.length))).slice(0, size);
  });
}
