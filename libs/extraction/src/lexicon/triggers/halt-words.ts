/**
 * Words of stopping (normalised forms, clitics stripped by the tokens): a word of war they govern is what is to stop
 * or has stopped, not a strike told («دعا إلى وقف القصف», «طالب بوقف الهجمات الصاروخية», «الكف عن الهجمات», «أعلن
 * الجيش وقف الغارات», «أوقفت باكو هجماتها»). Read by stages/triggers/halted.ts.
 */
export const HALT_WORDS: readonly string[] = [
  // nouns: «وقف», «بوقف», «لوقف», «إيقاف», «إنهاء», «التوقف عن», «الكف عن», «الامتناع عن», «تعليق», «وضع حد لـ»
  ...['وقف', 'ايقاف', 'انهاء', 'توقف', 'كف', 'امتناع', 'تعليق', 'حد', 'حدا'],
  // verbs: «أوقفت باكو هجماتها», «توقفت الغارات», «أن توقف إسرائيل غاراتها», «أن يكف الحوثيون عن هجماتهم»
  ...['اوقف', 'اوقفت', 'يوقف', 'توقفت', 'يتوقف', 'تتوقف', 'يكف', 'تكف', 'يمتنع', 'تمتنع'],
];

/** «الكف عن الهجمات», «التوقف عن القصف»: the preposition a halt takes before what stops. */
export const HALT_FROM: readonly string[] = ['عن'];

/**
 * Between the halt and the word of war: «وقف فوري للقصف», «وقف كل الهجمات», «وقف جميع أشكال القصف», «إنهاء الضربات».
 * An adjective of the halt or a quantifier of what stops.
 */
export const HALT_FILLERS: readonly string[] = [
  ...['فوري', 'الفوري', 'فورا', 'تام', 'التام', 'كامل', 'الكامل', 'نهايي', 'النهايي', 'عاجل', 'العاجل'],
  // «لكل»: too short for the tokens to strip its «لـ»
  ...['كل', 'لكل', 'جميع', 'كافه', 'اشكال', 'انواع', 'هذه', 'تلك'],
];
/** How many fillers may stand between the halt and the word of war. */
export const HALT_FILLER_REACH = 2;

/**
 * «لم يتوقف القصف», «لا تتوقف الغارات»: a past or present negation of stopping tells that the fighting went on, so the
 * particle is no negation of it. Not «لن» (a threat to go on: «لن تتوقف هجماتنا»).
 */
export const GOING_ON_NEGATIONS: readonly string[] = ['لم', 'ولم', 'لا', 'ولا'];
/** The verbs of stopping a negation of which tells the fighting went on. */
export const STOPPING_VERBS: readonly string[] = ['يتوقف', 'تتوقف', 'يتوقفا', 'تتوقفا', 'يوقف', 'توقف', 'يكف', 'تكف'];

/** «ناشد الأهالي قوات الدعم السريع وقف القصف»: a help word that, before a halt, is the side addressed. */
export const ADDRESSED_FORCES: readonly string[] = ['قوات'];
/** How far after the forces addressed (their name between) the halt may stand. */
export const ADDRESSEE_NAME_REACH = 5;
/** «طلبت إرسال قوات لوقف الهجمات»: a halt with «لـ» is the purpose of the help asked for, not the plea itself. */
export const PURPOSE_PREFIX = /^[وف]?ل/;
