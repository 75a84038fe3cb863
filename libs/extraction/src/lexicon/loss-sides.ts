/** Words after which a nisba or country names the side that took the losses («في صفوف الجيش الأذربيجاني», «الجانب الأرميني»). */
export const SIDE_MARKERS: readonly string[] = ['صفوف', 'الجانب', 'جانب'];

/** Verbs of inflicting losses («كبدت», «تكبيد», «ألحقت»): the object is the side that took them. */
export const INFLICT = /^[وف]?(?:كبد|تكبيد|كبدت|كبدتها|كبدته|كبدتهم|الحق|الحقت|الحاق|لحقت|لحق|تكبد)/;

/** «العدو»: the figures are the claimant's opponent's. */
export const ENEMY_WORDS: readonly string[] = ['العدو', 'بالعدو'];

/**
 * Killing and capturing verbs in a form that can only be active (plural «قتلوا», first person «قتلنا») or that
 * are active when an actor stands next to them («قتلت القوات …», «مقاتلو الحركة أسروا …»): their object is the
 * other side. A bare «قتل 3» before a number is the passive «قُتل», so it is not here unless a subject is read.
 */
export const KILLING_VERB =
  /^[وف]?(?:قتل|قتلت|قتلوا|قتلنا|اسر|اسرت|اسروا|اسرنا|اعتقل|اعتقلت|اعتقلوا|اعتقلنا|اصاب|اصابت|اصابوا|اصبنا|صفي|صفت|صفوا|صفينا|حيد|حيدت|حيدوا|حيدنا)$/;
/** The verb forms that name their subject themselves: «قتلوا» (they), «قتلنا» (we). */
export const PRONOUN_SUBJECT = /(?:وا|نا)$/;

/** «أنها قتلت»: a feminine past verb after «أنها» has the speaker as its subject. */
export const FEMININE_AFTER_SHE = /ت$/;
export const SHE_COMPLEMENTIZERS: readonly string[] = ['انها', 'بانها'];

/**
 * «استهدفنا», «قصفنا», «استهدفناه»: a past attack verb in the first person plural, with its object pronoun or not (not
 * «مواقعنا», a noun with «our»).
 */
export const FIRST_PERSON_ATTACK = /^[وف]?(?:استهدفنا|قصفنا|هاجمنا|ضربنا|دمرنا|اسقطنا|شننا|نفذنا|اطلقنا)(?:ه|ها|هم|هما)?$/;

/** Verbs of launching an attack that may stand between the speaker and the attack noun («أنها شنت غارات»); normalised. */
/** «أعلنت سرايا القدس قصف …», «تبنى الحزب استهداف …»: verbs of claiming whose subject did the act named after it. */
export const CLAIM_VERBS: readonly string[] = [
  ...['اعلن', 'اعلنت', 'يعلن', 'تعلن', 'تبني', 'تبنت', 'يتبني', 'تتبني'],
  // «ادعت الجماعة مسؤوليتها عن الهجوم»: claimed (a responsibility it takes)
  ...['ادعي', 'ادعت', 'يدعي', 'تدعي'],
];

export const LAUNCH_VERBS: readonly string[] = [
  'شن',
  'شنت',
  'شنوا',
  'نفذ',
  'نفذت',
  'نفذوا',
  'اطلق',
  'اطلقت',
  'اطلقوا',
  'وجه',
  'وجهت',
  'وجهوا',
  'قد',
];

/** «أنهم قتلوا», «إننا أسرنا»: a complementizer carrying the speaker as subject. */
export const SPEAKER_COMPLEMENTIZERS: readonly string[] = ['انهم', 'بانهم', 'اننا', 'باننا', 'انا', 'انها', 'بانها', 'انه', 'بانه'];

/** «مقاتليها قتلوا», «قواتنا أسرت»: the speaker's own forces, with a possessive ending, as subject. */
export const OWN_FORCES: readonly string[] = ['قوات', 'مقاتلي', 'مقاتلو', 'عناصر', 'جنود', 'وحدات', 'مجاهدي', 'مجاهدو', 'ابطال'];

/**
 * «إن غاراته استهدفت …», «إن ضرباتها أصابت …», «إن قصفنا دمر …»: attacks and their weapons that, with a possessive
 * right after «إن/أن», are the speaker's own (normalised forms).
 */
export const OWN_STRIKES: readonly string[] = [...['غارات', 'غاره', 'ضربات', 'ضربه', 'قصف', 'هجمات', 'هجوم'], ...['صواريخ', 'صاروخ']];

/** Between a figure and whose members it counts («10 على الأقل من طالبان», «30 من مقاتلي الحركة»); normalised forms. */
export const MEMBER_LINKS: readonly string[] = ['من', 'علي', 'الاقل', 'نحو', 'حوالي', 'قرابه', 'اكثر', 'بين', 'ضمن'];

/** «5 من أفرادها», «12 من جنودها»: members of a side named earlier, by a possessive; normalised stems. */
export const MEMBER_NOUNS: readonly string[] = [...OWN_FORCES, 'افراد', 'جنودها', 'عناصرها', 'افرادها', 'مقاتليها'];

/** «123 عنصرا من المتمردين»: the rebels, the side fighting the report's state (no name of their own); normalised forms. */
export const REBELS: readonly string[] = ['المتمردين', 'المتمردون', 'متمردين', 'متمردون'];

/** Attack words that are nouns: what follows them is the target, never the attacker («استهداف مواقع الجيش»). */
export const ATTACK_NOUNS: readonly string[] = ['استهداف', 'هجوم', 'هجمات', 'هجوما', 'غاره', 'غارات', 'بمهاجمه', 'كمين'];

/** «القوات الأرمينية خسرت 3 دبابات», «فقد الجيش 5 مدرعات»: verbs of losing, whose subject lost the equipment. */
export const LOSE_VERB = /^[وف]?(?:خسر|خسرت|خسروا|فقد|فقدت|فقدوا)$/;
