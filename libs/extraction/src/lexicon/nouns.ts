import { Lexicon } from './lexicon.js';
import type { Affiliation, CasualtyCategory, MaterielKind } from '../extraction-record.js';

/**
 * Countable nouns next to figures: people (with their affiliation and, for
 * duals and singulars, an implicit count) and equipment (with its kind).
 * Duals are listed explicitly: «عسكريين» is both a dual and a plural once the
 * vowels are gone, so it only counts as two with «اثنين» after it.
 */
export interface PersonNoun {
  affiliation: Affiliation;
  /** Implicit count for duals (2) and singulars (1). */
  count?: number;
  /** A noun that is itself a casualty category («قتلى», «جرحى», «أسرى»). */
  category?: CasualtyCategory;
  attacker?: true; // those who attacked («المهاجمين», rows in figures/attackers.ts): the accused side
  /** Soldiers, officers, policemen: a state's forces, never an armed group's fighters («مقاتلين», «عناصر»). */
  stateForce?: true;
  /** Gunmen, rebels: never a state's forces («5 جنود و3 مسلحين» are two sides). */
  irregular?: true;
}

export const PERSONS = new Lexicon<PersonNoun>();
const p = (affiliation: Affiliation, words: string[], extra: Partial<PersonNoun> = {}) =>
  words.forEach((w) =>
    PERSONS.add(w, {
      affiliation,
      ...extra,
      ...(STATE_FORCE_WORDS.has(w) && { stateForce: true }),
      ...(IRREGULAR_WORDS.has(w) && { irregular: true }),
    }),
  );

/** The words of p() rows that name a state's soldiers, officers or police (the rows say how many). */
const STATE_FORCE_WORDS: ReadonlySet<string> = new Set([
  ...['جنود', 'الجنود', 'عسكريين', 'عسكريون', 'العسكريين', 'عسكريي', 'مجندين', 'مجندون', 'ضباط', 'جنرالات', 'جنوده', 'جنودها', 'جنودنا'],
  ...['حرس الحدود', 'شرطيا', 'شرطيين', 'رجال الشرطة', 'عناصر الشرطة', 'جندي', 'عسكري', 'ضابط', 'مجند', 'شرطي'],
  ...['جنديين', 'جنديان', 'ضابطين', 'ضابطان', 'مجندين اثنين', 'عسكريين اثنين', 'جنديين اثنين', 'جنود اثنين', 'عسكريين إثنين'],
  ...['شرطيان', 'عسكريان', 'مجندان', 'قوات الأمن', 'عناصر الأمن', 'رجال الأمن', 'أفراد الأمن'],
]);

/** The words of p() rows that name gunmen or rebels. */
const IRREGULAR_WORDS: ReadonlySet<string> = new Set(['مسلحين', 'مسلحا', 'مسلحون', 'مسلحي', 'مسلحان', 'مجاهدين', 'مجاهدي']);

p('military', [
  'جنود',
  'الجنود',
  'عسكريين',
  'عسكريون',
  'العسكريين',
  'مجندين',
  'مجندون',
  'عناصر',
  'مقاتلين',
  'مقاتلون',
  // the construct, also with a possessive: «مقاتلي الحركة», «3 من مقاتليها», «مسلحي الشباب», «منتسبي الشرطة»
  'مقاتلي',
  'مسلحي',
  'منتسبي',
  'عسكريي',
  'مجاهدين',
  'مجاهدي',
  'ضباط',
  'جنرالات',
  // commanders: «أحد قادة الفصائل», «3 قياديين في الحركة»
  'قادة',
  'قياديين',
  'أفراد',
  'افراد',
  'منتسبين',
  // peacekeepers, with their nation after them: «3 من جنود حفظ السلام الإندونيسيين»
  'جنود حفظ السلام',
  'عناصر حفظ السلام',
  'قوات حفظ السلام',
  'مسلحين',
  'مسلحا',
  'مسلحون',
  'عسكر',
  'جنوده',
  'جنودها',
  'جنودنا',
  'حرس الحدود',
  'شرطيا',
  'شرطيين',
  'رجال الشرطة',
  'عناصر الشرطة',
  // security forces: «3 من قوات الأمن الباكستانية», «عناصر الأمن»
  'قوات الأمن',
  'عناصر الأمن',
  'رجال الأمن',
  'أفراد الأمن',
]);
// «عنصر» is also the singular after 11–99 and hundreds («15 عنصرا», «100 عنصر»): there the number counts, not the noun
p('military', ['جندي', 'عسكري', 'ضابط', 'مجند', 'مقاتل', 'شرطي', 'عنصر'], { count: 1 });
// «اغتالت إسرائيل قائدا في الحرس الثوري», «مقتل مسؤول محلي»: one commander or official (indefinite, as above)
p('military', ['قائد'], { count: 1 });
// «أسر آمر غرفة العمليات»: the Libyan and Iraqi title of a unit's commander, only with its unit («آمر» alone is «أمر» once hamza is folded)
p('military', ['آمر غرفة', 'آمر لواء', 'آمر اللواء', 'آمر كتيبة', 'آمر الكتيبة', 'آمر سرية', 'آمر فوج', 'آمر قوة', 'آمر محور'], {
  count: 1,
});
p('unknown', ['مسؤول'], { count: 1 });
// «قياديا من قسد قتل»: the indefinite accusative only («القيادي فلان» names a person, it counts nobody)
p('military', ['قياديا', 'قائدا ميدانيا'], { count: 1 });
// «مقتل قيادي في حركة الشباب», «القضاء على زعيم في طالبان باكستان»: one leader, indefinite, counted only after a
// casualty word or before its verb as any singular (an adjective after another noun is no one: «مصدر قيادي»)
p('military', ['قيادي'], { count: 1 });
p('unknown', ['زعيم', 'زعيما', 'أمير', 'أميرا'], { count: 1 });
p(
  'military',
  [
    'جنديين',
    'جنديان',
    'ضابطين',
    'ضابطان',
    'مجندين اثنين',
    'عنصرين',
    'مقاتلين اثنين',
    'عسكريين اثنين',
    'جنديين اثنين',
    'جنود اثنين',
    'عسكريين إثنين',
    // nominative duals («-ان») cannot be plurals; nor can «-ين» duals of nouns with a broken plural
    'شرطيان',
    'عسكريان',
    'مقاتلان',
    'مسلحان',
    'عنصران',
    'مجندان',
  ],
  { count: 2 },
);
p('civilian', [
  'مدنيين',
  'مدنيون',
  'المدنيين',
  'مواطنين',
  'مواطنون',
  'مواطنيها',
  'مواطنيه',
  'مواطنينا',
  'أطفال',
  'اطفال',
  'نساء',
  'سكان',
  'السكان',
  'مسعفين',
  'صحفيين',
  'صحفيا',
  'رجال',
  'عمال',
  'مزارعين',
  'نازحين',
  'لاجئين',
  'طلاب',
  'أبرياء',
  'الأبرياء',
  'مهاجرين',
  'مهاجرون',
  'تلاميذ',
  'صيادين',
  // the singular accusative counted from eleven on: «20 طالبا», «12 مهاجرا», «15 عاملا»
  'طالبا',
  'مهاجرا',
  'عاملا',
  'تلميذا',
  'لاجئا',
  'نازحا',
  'صيادا',
]);
p(
  'civilian',
  [
    'طفل',
    'طفلة',
    'امرأة',
    'سيدة',
    'مواطنة',
    'شابة',
    'رجل',
    'مواطن',
    'مدني',
    'صحفي',
    'مسعف',
    'زوجته',
    'زوجة',
    'ابنه',
    'ابنته',
    'طفله',
    'طفلها',
    'زوجها',
    'فتى',
    'فتاة',
    'شاب',
    'مسن',
    'مزارع',
    'راع',
  ],
  { count: 1 },
);
p(
  'civilian',
  [
    'طفلين',
    'طفلان',
    'امرأتين',
    'رجلين',
    'شابين',
    'مدنيين اثنين',
    'مواطنين اثنين',
    'مدنيان',
    'مواطنان',
    'صحفيان',
    'مسعفان',
    'فتاتان',
    'فتاتين',
    'طفلتان',
    'طفلتين',
    'امرأتان',
    'رجلان',
    'شابان',
  ],
  { count: 2 },
);
p('unknown', ['أشخاص', 'اشخاص', 'الأشخاص', 'آخرين', 'آخرون', 'اخرين', 'اخرون', 'مسؤولين', 'ضحايا']);
p('unknown', ['شخص', 'شخصا'], { count: 1 });
// «مقتل جندي وإصابة آخر»: one more of the same side (read only right after a casualty word)
p('unknown', ['آخر', 'آخرا', 'اخر'], { count: 1 });
// «قتل جنديان وأصيب ثالث»: a third (fourth, fifth) one, after a casualty word as «آخر» is
p('unknown', ['ثالث', 'ثالثا', 'رابع', 'رابعا', 'خامس', 'خامسا'], { count: 1 });
p('unknown', ['شخصين', 'شخصان', 'اثنين آخرين', 'شخصين اثنين', 'آخرين اثنين', 'آخران', 'اخران'], { count: 2 });
p('unknown', ['قتيل', 'قتيلا', 'قتلى', 'القتلى'], { category: 'killed' });
p('unknown', ['قتيلين', 'قتيلان'], { category: 'killed', count: 2 });
p('unknown', ['جريح', 'جريحا', 'جرحى', 'الجرحى', 'مصابا', 'مصابين', 'مصاب', 'مصابون', 'إصابة', 'اصابة', 'إصابات'], { category: 'wounded' });
p('unknown', ['جريحين', 'جريحان', 'مصابين اثنين'], { category: 'wounded', count: 2 });
p('unknown', ['أسير', 'أسيرا', 'أسرى', 'الأسرى', 'أسير حرب', 'أسرى حرب', 'رهينة', 'رهائن', 'معتقلا', 'معتقلين'], { category: 'captured' });
p('unknown', ['أسيرين', 'أسيران'], { category: 'captured', count: 2 });
p('unknown', ['مفقود', 'مفقودا', 'مفقودين'], { category: 'missing' });
p('unknown', ['شهيد', 'شهيدا', 'شهداء'], { category: 'killed' });
p('unknown', ['شهيدين', 'شهيدان'], { category: 'killed', count: 2 });
// «أرداه مسلحون قتيلا»: the object pronoun of «أردى» (shot dead) is the one killed
p('unknown', ['أرداه', 'أردته', 'أرداها'], { category: 'killed', count: 1 });
p('unknown', ['أرداهما'], { category: 'killed', count: 2 });

export interface MaterielNoun {
  kind: MaterielKind;
  count?: number;
  /** Singular noun: one, when a status word or a list puts it in a figure. */
  singular?: boolean;
}
export const MATERIEL = new Lexicon<MaterielNoun>();
const m = (kind: MaterielKind, words: string[], extra: Partial<MaterielNoun> = {}) => MATERIEL.addAll(words, { kind, ...extra });
m('tank', ['دبابات', 'الدبابات']);
m('tank', ['دبابة'], { singular: true });
m('tank', ['دبابتين', 'دبابتان'], { count: 2 });
m('helicopter', ['مروحيات', 'المروحيات', 'طائرات مروحية', 'طائرات هليكوبتر', 'هليكوبتر']);
m('helicopter', ['مروحية', 'طائرة مروحية', 'مروحية هجومية'], { singular: true });
m('helicopter', ['مروحيتين', 'مروحيتان'], { count: 2 });
m('drone', [
  'طائرات مسيرة',
  'الطائرات المسيرة',
  'مسيرات',
  'طائرات بدون طيار',
  'طائرات من دون طيار',
  'طائرات استطلاع',
  'درونز',
  'طائرات دون طيار',
  'مسيرات انتحارية',
  'طائرات انتحارية',
  'مسيرات هجومية',
]);
m('drone', ['طائرة مسيرة', 'مسيرة', 'طائرة بدون طيار', 'طائرة من دون طيار', 'طائرة استطلاع', 'درون', 'طائرة انتحارية'], { singular: true });
m('drone', ['طائرتي استطلاع', 'طائرتين مسيرتين', 'مسيرتين', 'طائرتين بدون طيار', 'طائرتين استطلاع', 'طائرتي درون'], { count: 2 });
m('aircraft', ['طائرات', 'طائرات حربية', 'مقاتلات', 'قاذفات']);
m('aircraft', ['طائرة', 'طائرة حربية', 'مقاتلة', 'قاذفة', 'طائرة مقاتلة'], { singular: true });
m('aircraft', ['طائرتين', 'طائرتان', 'مقاتلتين', 'طائرتين حربيتين'], { count: 2 });
// one system, one battery, one radar: «تدمير منظومة دفاع جوي» is one loss
m('air-defence', ['منظومات', 'منظومات دفاع جوي', 'منظومات الدفاع الجوي', 'بطاريات دفاع جوي', 'منظومات مضادة للطائرات', 'رادارات']);
m(
  'air-defence',
  [
    'منظومة',
    'منظومة دفاع جوي',
    'منظومة صواريخ مضادة للطائرات',
    'منظومة مضادة للطائرات',
    'منظومة دفاع جوي صاروخية',
    'بطارية دفاع جوي',
    'رادار',
  ],
  { singular: true },
);
m('air-defence', ['منظومتين', 'منظومتي'], { count: 2 });
m('armoured-vehicle', ['مدرعات', 'المدرعات', 'ناقلات جند', 'ناقلات جند مدرعة', 'عربات مدرعة', 'مركبات مدرعة', 'آليات مدرعة', 'عربات قتال']);
// «عربات قتالية»: fighting vehicles are armour (the taxonomy's armoured vehicles), not transport
m('armoured-vehicle', ['عربات قتالية', 'مركبات قتالية', 'آليات قتالية', 'عربات قتال مشاة']);
m(
  'armoured-vehicle',
  ['مدرعة', 'ناقلة جند', 'ناقلة جند مدرعة', 'عربة مدرعة', 'آلية مدرعة', 'عربة قتال مشاة', 'عربة قتالية', 'مركبة قتالية', 'مركبة مدرعة'],
  { singular: true },
);
m('armoured-vehicle', ['ناقلتي جند', 'ناقلتين', 'مدرعتين', 'عربتين مدرعتين', 'ناقلتي جند مدرعة', 'ناقلتي جند مدرعتين'], { count: 2 });
m('artillery', [
  'مدافع',
  'المدافع',
  'مدفعيات',
  // «مدفعية» is also the arm as a whole («تدمير مدفعية العدو»): no count of its own
  'مدفعية',
  'قطع مدفعية',
  'راجمات',
  'راجمات صواريخ',
  'منصات إطلاق',
  'منصات إطلاق صواريخ',
  'منصات صواريخ',
  'مدافع هاوتزر',
  'مدافع الهاوتزر',
  'مدافع هاون',
  'منظومات راجمات',
  'منظومات صواريخ',
  // «قاذفات الصواريخ» are rocket launchers, not the bombers «قاذفات» alone
  'قاذفات صواريخ',
  'قاذفات الصواريخ',
]);
m(
  'artillery',
  ['هاوتزر', 'مدفع هاوتزر', 'منظومة راجمات', 'منظومة صواريخ', 'قاذفة صواريخ', 'منصة إطلاق صواريخ', 'راجمة صواريخ', 'مدفع ذاتي الحركة'],
  { singular: true },
);
m('artillery', ['مدفع', 'راجمة', 'منصة إطلاق', 'قطعة مدفعية'], { singular: true });
m('artillery', ['مدفعين', 'راجمتين', 'منصتي إطلاق', 'منصتين', 'قاذفتي صواريخ'], { count: 2 });
m('vehicle', [
  'مركبات',
  'عربات',
  'شاحنات',
  'آليات',
  'سيارات عسكرية',
  'عربات عسكرية',
  'مركبات عسكرية',
  'عربات بيك آب',
  'سيارات',
  'شاحنات ذخيرة',
  'آليات عسكرية',
  // «الآليات» (the vehicles): «آليات» is stored under «يات» (lexicon.ts takes a leading «ال» for the article), so
  // the definite form is its own key
  'الآليات',
  // bulldozers (armoured D9s in Gaza, engineering vehicles elsewhere)
  'جرافات',
  'جرافات عسكرية',
]);
m('vehicle', ['مركبة', 'عربة', 'شاحنة', 'آلية', 'سيارة', 'سيارة عسكرية', 'عربة عسكرية', 'مركبة عسكرية', 'جرافة', 'جرافة عسكرية'], {
  singular: true,
});
m('vehicle', ['مركبتين', 'عربتين', 'عربتي', 'شاحنتين', 'آليتين', 'سيارتين', 'عربتي بيك آب', 'جرافتين'], { count: 2 });
m('other', ['سفن', 'زوارق', 'بوارج', 'مستودعات ذخيرة', 'مستودع ذخيرة', 'مخازن أسلحة', 'مخزن أسلحة']);
m('other', ['سفينة', 'زورق', 'زورق حربي', 'بارجة', 'فرقاطة'], { singular: true });
m('other', ['العتاد', 'عتاد', 'المعدات', 'معدات', 'أسلحة', 'الأسلحة']);
