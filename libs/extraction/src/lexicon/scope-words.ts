// Words that bound or shape the scope of negation, denial, modality, calls and threats.

/** Words that open a new clause: a scope stops there («… فيما …», «لكن»). */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'فيما',
  'بينما',
  'لكن',
  'لكنه',
  'لكنها',
  'حيث',
  'كما',
  'وسط',
  'بعدما',
  'عندما',
  'الا',
  'غير',
]);

export const CLAUSE_BREAK_PUNCT: ReadonlySet<string> = new Set([
  '،',
  ',',
  '؛',
  ';',
  ':',
  '.',
  '«',
  '»',
  '"',
  '“',
  '”',
  '(',
  ')',
  '!',
  '؟',
  '?',
  '-',
  '–',
]);

/**
 * A condition runs on past a comma until its answer («في حال تعرضت دولة لعدوان، هجوم من الخارج، ففي
 * هذه الحالة …»): the answer opens with «ف» right after a comma; a full stop or a break word ends it too.
 */
export const PROTASIS_COMMAS: ReadonlySet<string> = new Set(['،', ',']);
export const APODOSIS_PREFIX = /^ف/;

/** Short negation particles count only as whole words («بعدما» is not «عدم»). */
export const NEGATION_PARTICLES: ReadonlySet<string> = new Set([
  'لم',
  'لن',
  'لا',
  'ليس',
  'ليست',
  'لسنا',
  'عدم',
  'بعدم',
  'لعدم',
  'لما',
  'دون',
  'بدون',
  'من',
]);

/** «أن», «إنه»: a new clause, except right after a marker («لا يمكن أن …», «يجب أن …»). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم', 'بانهم']);

/** «من دون طيار», «بدون سن»: a negation particle inside a fixed phrase. */
export const NOT_NEGATED_NOUNS: readonly string[] = ['طيار', 'سن'];

/** Future «سيلتقي», «ستواصل»: s- and an imperfect prefix; not words that merely start so («سيطرة», «سياسة»). */
export const FUTURE_PREFIX = /^[وف]?س[يتن]/;
export const NOT_FUTURE = /^[وف]?(?:سيطر|ستين|سيار|سياس|سيد|سين|ستا)/;
/**
 * «سيشن هجوما», «سترد على»: a doubled root leaves two letters after the prefix, a word too short for the future test
 * (which keeps «سته», «سيره», «سيول» out); these few attack and response verbs are future all the same.
 */
export const SHORT_FUTURE = /^س[يتن](?:شن|رد|صد|دك)$/;

/**
 * A generic statement about a kind of attack, not a report of one: a present-tense copula («تعد الغارات الجوية من
 * أخطر أساليب الحرب», «يشكل القصف خطرا على المدنيين») with an evaluation, or a habit of use («تستخدم الجماعات
 * الطائرات المسيرة في هجماتها»). Normalised spellings.
 */
export const GENERIC_COPULAS: ReadonlySet<string> = new Set([
  'تعد',
  'يعد',
  'تعتبر',
  'يعتبر',
  'تشكل',
  'يشكل',
  'تمثل',
  'يمثل',
  'تظل',
  'يظل',
  'تبقي',
  'يبقي',
]);
/** «من أخطر …», «من أكثر …»: membership of a class, by an elative after «من». */
export const PARTITIVE_ELATIVE = /^(?:اخطر|اكثر|ابرز|اشد|اهم|اكبر|اسوا|افتك|انجع)$/;
/** «خطرا», «تهديدا», «سلاحا فعالا»: what a kind of attack is said to be. */
export const EVALUATIONS: ReadonlySet<string> = new Set(['خطرا', 'تهديدا', 'تحديا', 'سلاحا', 'وسيله', 'اداه', 'مصدرا', 'عاملا', 'جزءا']);
export const GENERIC_USE_VERBS: ReadonlySet<string> = new Set(['تستخدم', 'يستخدم', 'تستعمل', 'يستعمل', 'تعتمد', 'يعتمد', 'تلجا', 'يلجا']);
/** «في هجماتها», «في عملياتهم», «بحروبها»: the habits of a side, possessed and plural. */
export const HABITUAL_OBJECT = /^(?:في|ب|و|وفي)?(?:هجمات|عمليات|حروب|معارك|ضربات)(?:ها|هم|ه|هما)$/;

/** «قد تتحول» (may), «حرب محتملة» (possible): a modal suspends the subject just before it too. */
export const QAD = 'قد';

/**
 * «مسلحون يشتبه بانتمائهم لحركة الشباب هاجموا …», «يعتقد أنهم من داعش», «يرجح أنها تابعة للحوثيين»: a suspicion
 * whose complement is who someone is hedges the attacker, not the attack. Suspicion words (normalised), and what
 * opens such a complement (after an optional «في»/«ب» of its own): belonging, or «أنهم» with a following «من»/«ل».
 */
export const SUSPICION_WORDS: ReadonlySet<string> = new Set(['يشتبه', 'يعتقد', 'يرجح', 'يظن']);
export const IDENTITY_COMPLEMENT = /^[بل]?(?:انتما|تبعيت|انهم$|انها$|انه$|كونهم$|كونها$)/;
/**
 * «ينتمون إلى», «المنتمين إلى», «بانتمائهم لـ», «تبعيتهم لـ»: words of belonging that name whose the armed men are
 * (a bare «أنهم» names nobody's men unless a suspicion word stands before it: IDENTITY_COMPLEMENT after SUSPICION_WORDS).
 */
export const BELONGING = /^[وفب]?(?:ينتم|تنتم|المنتم|منتم|انتما|تبعيت)/;
export const POSSIBLE = /محتمل/;

/**
 * «دعت إلى التهدئة بعد اشتباكات عنيفة», «حذر من التصعيد بعد أن قصفت القوات …», «قد يتصاعد التوتر إثر غارة»: what
 * follows a word of time or cause happened; a threat, a call, a modal or a future ends there. Normalised forms.
 */
export const FACT_ANCHORS: ReadonlySet<string> = new Set(['بعد', 'اثر', 'عقب', 'جراء', 'بسبب']);

/**
 * «سيرد على أي هجوم», «لأي قصف», «أية اعتداءات»: any attack, none told; the words after it are suspended as a modal's.
 * Read on the written form, one proclitic at most: the clitic-stripped variants would find «أية» in «ولاية».
 */
export const ANY_QUANTIFIER = /^[وفبل]?ايه?$/;
/** How many words after «أي» it suspends («أي هجوم يستهدف»). */
export const ANY_REACH = 3;

/** «سبق أن …», «سبق للجيش التركي أن …»: the recap word that needs its «أن», and how far past its «لـ» phrase. */
export const PRECEDED = 'سبق';
export const PRECEDED_GAP = 3;

/**
 * The pluperfect «(و)كان(ت) … قد + perfect verb» («وكانت القوات قد سيطرت على …», «وكان الجيش قد أعلن …»): an earlier
 * event told as background, as «سبق أن». «كان» stands at most this many words before «قد» (a long subject, a comma).
 */
export const KAN = /^[وف]?(?:كان|كانت|كانوا|كانا|كانتا)$/;
export const PLUPERFECT_REACH = 10;

/**
 * The pluperfect without «قد» («وكانت القوات الروسية قصفت أوديسا», «وكان مسلحون هاجموا حاجزا»): «كان» then its subject
 * and the perfect of a verb of attacking, taking or fighting (normalised, no «و» glued: «وقصفت» opens a new clause).
 * The imperfect after «كان» tells what was going on («كانت القوات تقصف»), not an earlier event. Not the dead: «وكان عدد
 * من المدنيين قتلوا» is as often the day's toll told again.
 */
export const PLUPERFECT_VERBS: ReadonlySet<string> = new Set([
  ...['قصف', 'قصفت', 'قصفوا', 'استهدف', 'استهدفت', 'استهدفوا', 'شن', 'شنت', 'شنوا', 'هاجم', 'هاجمت', 'هاجموا', 'ضرب', 'ضربت'],
  ...['اغار', 'اغارت', 'اطلق', 'اطلقت', 'اطلقوا', 'نفذ', 'نفذت', 'نفذوا', 'اغتال', 'اغتالت', 'اغتالوا', 'اسقط', 'اسقطت'],
  ...['سيطر', 'سيطرت', 'سيطروا', 'استعاد', 'استعادت', 'استعادوا', 'اقتحم', 'اقتحمت', 'اقتحموا', 'انسحب', 'انسحبت', 'انسحبوا'],
  ...['اندلعت', 'دارت', 'اشتبك', 'اشتبكت', 'اشتبكوا'],
]);
/** How many words of a subject may stand between «كان» and its perfect verb («وكانت القوات الروسية الخاصة قصفت»). */
export const PLUPERFECT_SUBJECT_REACH = 5;
