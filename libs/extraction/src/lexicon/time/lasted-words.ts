// Words of a battle told by how long it lasted, as stages/triggers/lasted-battles.ts reads them (normalised, without a
// clitic «و»): «بعد معارك استمرت نحو شهر ونصف، وأسفرت عن سيطرة …», «دامت المعارك في الخرطوم أسابيع».

/** The past of lasting: a battle over, summed up by its length. */
export const LASTED_VERBS: ReadonlySet<string> = new Set(['استمرت', 'استمر', 'دامت', 'دام', 'استغرقت', 'استغرق', 'امتدت', 'امتد']);

/** Words of reckoning between the verb and its length («نحو», «قرابة», «لمدة», «أكثر من»). */
export const LASTED_APPROX: ReadonlySet<string> = new Set(['نحو', 'قرابه', 'حوالي', 'زهاء', 'لمده', 'مده', 'اكثر', 'من', 'ما', 'يقارب']);

/** A length long enough to be a war's chapter, not a day's fighting: the word alone (a dual, an uncounted plural). */
export const LONG_SPANS: ReadonlySet<string> = new Set([
  ...['اسبوعين', 'اسابيع', 'شهر', 'شهرا', 'شهرين', 'اشهر', 'اشهرا', 'شهور', 'شهورا'],
  ...['عام', 'عاما', 'عامين', 'سنه', 'سنتين', 'سنوات', 'اعوام', 'اعواما'],
]);
/** How far after the verb its length may stand (past the subject). */
export const LASTED_SPAN_REACH = 6;

/** After a count: the units of a long length («ثلاثة أشهر», «50 يوما»: days from LONG_DAYS on). */
export const COUNTED_LONG_UNITS: ReadonlySet<string> = new Set(['اسابيع', 'اشهر', 'شهور', 'سنوات', 'اعوام', 'عاما']);
export const COUNTED_DAY_UNITS: ReadonlySet<string> = new Set(['يوما', 'ايام']);
export const LONG_DAYS = 14;

/** The battle told: the noun the lasting verb is said of, at most LASTED_SUBJECT_REACH words before it. */
export const BATTLE_NOUNS: ReadonlySet<string> = new Set([
  ...['معركه', 'المعركه', 'معارك', 'المعارك', 'حرب', 'الحرب', 'القتال', 'قتال', 'اشتباكات', 'الاشتباكات'],
  ...['المواجهات', 'مواجهات', 'الحصار', 'حصار', 'الهجوم', 'هجوم', 'الحمله', 'حمله'],
]);
export const LASTED_SUBJECT_REACH = 4;

/** «وأسفرت عن سيطرة …», «وانتهت بسقوط …»: the battle's outcome, told with it. */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(['اسفرت', 'اسفر', 'انتهت', 'انتهي', 'ادت', 'ادي', 'خلفت', 'خلف']);
