/** Words between a number and its noun or after it that link a figure to the one before («50 قتيلا بينهم 12 جنديا»). */
export const LINK_WORDS: ReadonlySet<string> = new Set(['من', 'بينهم', 'منهم', 'وهم', 'هم', 'بينها', 'ومنهم', 'وبينهم']);

/** Nouns of the dead and the wounded (normalised): «12 قتيلا وجريحا» counts both together, «5 قتلى وجرح آخرون» does not. */
export const TOLL_NOUNS: readonly string[] = [
  'قتيل',
  'قتيلا',
  'قتلي',
  'جريح',
  'جريحا',
  'جرحي',
  'مصاب',
  'مصابا',
  'مصابين',
  'شهيد',
  'شهيدا',
  'شهداء',
];

/** «55 أسيرا …، وهم 6 مدنيين و41 عسكريا»: a breakdown word reaches further back than «و» or «،». */
export const BREAKDOWN_WORDS: ReadonlySet<string> = new Set(['بينهم', 'منهم', 'وهم', 'هم', 'ومنهم', 'وبينهم']);

/**
 * «7 فلسطينيين بينهم 3 أطفال»: children, women and the old are always some of the people counted before, whoever
 * those are; a breakdown into them is never a figure of its own (normalised spellings).
 */
export const DEMOGRAPHIC_NOUNS: ReadonlySet<string> = new Set([
  'اطفال',
  'طفل',
  'طفلا',
  'طفله',
  'طفلين',
  'طفلان',
  'طفلتين',
  'طفلتان',
  'نساء',
  'امراه',
  'امراتين',
  'امراتان',
  'سيده',
  'سيدات',
  'فتاه',
  'فتاتين',
  'فتاتان',
  'فتيات',
  'مسن',
  'مسنين',
  'مسنون',
  'مسنا',
]);

/** «19 شخصا، هم 12 … و7 …»: a breakdown that names all of the total («هم» = they are), not some of it («بينهم»). */
export const FULL_BREAKDOWN_WORDS: ReadonlySet<string> = new Set(['وهم', 'هم']);

/**
 * «قادة ألوية الحشد الشعبي», «عناصر كتائب حزب الله»: unit nouns that may stand between people and the
 * group they belong to, all in one construct. Normalised spellings.
 */
export const UNIT_NOUNS: readonly string[] = ['الويه', 'لواء', 'كتايب', 'كتيبه', 'فصايل', 'فصيل', 'وحدات', 'مجموعات', 'خلايا', 'ميليشيات'];

/** A possessive ending («جنودها», «مواطنينا») on one of these nouns: the speaker's own people. */
export const POSSESSIVE = /(?:ها|هم|نا|ه|هما)$/;
export const OWN_PEOPLE_NOUNS: readonly string[] = [
  'جنود',
  'مواطني',
  'مواطنين',
  'عناصر',
  'قوات',
  'افراد',
  'مقاتلي',
  'منتسبي',
  'مجاهدي',
  'عسكريي',
];

/** «مع ستة آخرين», «برفقة أربعة آخرين»: others hit together with the one counted before (normalised). */
export const COMPANION_WORDS: readonly string[] = ['مع', 'برفقه'];

/** «آخرين», «الآخرون»: more of the same people as the figure before. */
export const OTHERS = /^(?:ال)?[اآ]خر(?:ين|ون|ان|ا)?$/;
/** «وأصيب ثالث», «واعتقال رابع»: one more of the very people counted before, whatever befell him (normalised). */
export const ORDINAL_OTHERS: readonly string[] = ['ثالث', 'ثالثا', 'رابع', 'رابعا', 'خامس', 'خامسا'];
export const OTHERS_WORDS: readonly string[] = ['اخرين', 'اخرون', 'اخران', 'اخر', ...ORDINAL_OTHERS];

/** «حصيلة قتلى ... إلى 96 شخصا», «عدد القتلى إلى 45»: a toll word before the figure lends it its category. */
export const TOLL: readonly string[] = ['حصيله', 'عدد'];
/** «ارتفع عدد القتلى إلى 45»: the word before a toll's new figure when no noun follows it. */
export const TOLL_RISES_TO = 'الي';
/** «قتل أو أصيب 20 شخصا»: the word between two casualty verbs of one joint count. */
export const JOINT_OR = 'او';
/** How far back the toll word may stand: its subject can carry a long relative clause («حصيلة قتلى الهجوم الذي شنه … ارتفعت إلى 32»). */
export const TOLL_REACH = 24;

/** Punctuation that ends the reach of a casualty word after a noun. */
export const CLAUSE_STOPS: readonly string[] = ['،', '.', '؛'];

/** «نزوح ما يربو على مليوني شخص»: people displaced or fleeing are no casualty figure (normalised forms). */
export const DISPLACEMENT: readonly string[] = ['نزوح', 'تهجير', 'تشريد', 'فرار', 'لجوء', 'نازح', 'نازحين', 'لاجي', 'لاجيين'];

/** Organisations that field forces of their own (peacekeeping missions). */
export const MISSION_CODES: ReadonlySet<string> = new Set(['UN', 'AFRICAN-UNION']);
/** «3 من جنود البعثة», «جنديان من عناصر القوة»: the mission or force the report speaks of (normalised). */
export const MISSION_NOUNS: readonly string[] = ['البعثه', 'القوه'];
/** «جنود البعثة الأممية»: adjectives that keep a mission noun the mission (others make it another force: «القوة الأمنية»). */
export const MISSION_ADJECTIVES: readonly string[] = ['الامميه', 'الدوليه', 'الافريقيه'];
/** «جنديا من قوات البعثة»: a word for the mission's men between the counted people and the mission noun (normalised). */
export const MISSION_MEMBERS: readonly string[] = ['قوات', 'عناصر', 'افراد', 'جنود'];
