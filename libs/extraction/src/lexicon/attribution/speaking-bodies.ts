import { normalizeKey } from '../../text/normalize.js';

/**
 * Heads of speakers that are no party: organisations, networks, monitors, unions, committees, medics and the people of
 * a place («قالت تنسيقية لجان المقاومة إن», «أعلنت هيئة محامي دارفور», «ذكر مرصد حقوقي», «قال مسعفون»). A speech verb
 * whose subject starts with one of them names a speaker of its own, even when the lexicon does not know its name: the
 * speaker before it does not go on. Each row: the English label and the heads (with or without the article).
 */
const BODIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'organisation',
    [
      ...['منظمة', 'منظمات', 'هيئة', 'مؤسسة', 'جمعية', 'رابطة', 'اتحاد', 'تجمع', 'مبادرة', 'حملة', 'مفوضية', 'منصة'],
      ...['نقابة', 'تنسيقية', 'تنسيقيات', 'منسقية', 'لجان', 'غرفة', 'غرف', 'شبكة', 'مرصد', 'مركز', 'برنامج', 'صندوق'],
      ...['الهلال الأحمر', 'الصليب الأحمر'],
    ],
  ],
  ['armed group', ['حركة', 'جماعة', 'مجموعة', 'فصيل', 'تحالف']],
  // an outlet the lexicon does not know («وذكرت إذاعة محلية أن …»); a party's own («التابعة لحركة الشباب») is read before
  ['media', ['إذاعة', 'صحيفة', 'قناة', 'تلفزيون', 'مجلة', 'وسائل إعلام', 'وسائل الإعلام']],
  [
    'medics',
    [
      ...['مسعفون', 'مسعفين', 'مسعف', 'أطباء', 'طبيب', 'طبيبة', 'ممرض', 'ممرضة', 'ممرضون', 'عمال إغاثة', 'عاملون في'],
      ...['منقذون', 'متطوعون', 'متطوع'],
    ],
  ],
  [
    'local sources',
    [
      ...['سكان', 'ساكن', 'مواطنون', 'مواطن', 'أهالي', 'ناشط', 'ناشطة', 'صحفي', 'صحفيون', 'مراسل', 'محامون', 'محام'],
      ...['نازحون', 'ناجون', 'ناجين', 'شهود', 'شاهد', 'مزارعون', 'أقارب', 'ذوو', 'ذوي'],
      // one person of the place: «وقالت امرأة من سكان الحسكة», «قال شاب نجا من القصف»
      ...['امرأة', 'رجل', 'سيدة', 'شاب', 'شابة', 'مواطنة', 'والد', 'والدة', 'مزارع', 'تاجر', 'سائق', 'معلم', 'ناج', 'نازح'],
    ],
  ],
];

/** Normalised head (one word or two) → its label. */
export const SPEAKING_BODIES: ReadonlyMap<string, string> = new Map(
  BODIES.flatMap(([label, heads]) => heads.map((h) => [normalizeKey(h), label] as const)),
);

/**
 * Adjectives that make a source or an office a medical, humanitarian or rights one («مصادر طبية», «مصدر طبي», «لجنة
 * حقوقية», «مصادر محلية»): it speaks for no party, whoever spoke before (normalised).
 */
export const NO_PARTY_QUALIFIERS: ReadonlySet<string> = new Set(
  [
    ...['طبية', 'طبي', 'طبيون', 'طبيين', 'صحية', 'صحي', 'إسعافية', 'حقوقية', 'حقوقي', 'حقوقيون', 'حقوقيين'],
    ...['إنسانية', 'إنساني', 'إغاثية', 'إغاثي', 'أهلية', 'أهلي', 'محلية', 'محلي', 'محليون', 'محليين', 'مستقلة', 'مستقل'],
  ].map(normalizeKey),
);

/** Places of care: «مسؤول في مستشفى الفاشر», «مصدر في مستشفى ناصر» speak for the hospital, no party (normalised). */
export const CARE_PLACES: ReadonlySet<string> = new Set(
  ['مستشفى', 'مستشفيات', 'المستشفى', 'مستوصف', 'المستوصف', 'مجمع', 'مشفى', 'المشفى'].map(normalizeKey),
);

/** Institutions of care that are a state's, never an armed group's, when named bare (English head names, lexicon/heads.ts). */
export const CARE_INSTITUTIONS: ReadonlySet<string> = new Set(['Ministry of Health', 'civil defence']);

/** Words that open an apposition telling who a named speaker is: «محمد الأمين، أحد سكان المدينة،», «…، وهو من سكان …» (normalised). */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['احد', 'احدي', 'وهو', 'وهي', 'من', 'وهما', 'وهم'].map(normalizeKey));
