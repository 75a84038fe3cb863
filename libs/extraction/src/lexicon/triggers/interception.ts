/**
 * Words of intercepting or shooting down («اعترضت», «أسقطت», «تصدت لـ»): the rocket, missile or drone after one is an
 * attack that did not reach its target, still the attack of the side that launched it (event-taxonomy.md: rocket or
 * missile fire at a place, an attack by drones), never one by the side that intercepted it (normalised forms).
 */
export const INTERCEPT_WORDS: readonly string[] = [
  ...['اعترضت', 'اعترض', 'اعتراض', 'واعترضت', 'اعترضنا'],
  ...['اسقطت', 'اسقط', 'اسقاط', 'اسقطنا'],
  ...['تصدت', 'تصدي', 'التصدي', 'تصدينا'],
];

/**
 * «تصدت الدفاعات الجوية …», «تصدت وسائط دفاعنا الجوي …», «قوات الدفاع الجوي»: the head of an air-defence subject within
 * reach after a word of repelling, and the adjective «الجوي/الجوية» right after it (normalised).
 */
export const AIR_DEFENCE_HEADS: readonly string[] = ['الدفاعات', 'الدفاع', 'دفاعاتنا', 'دفاعنا', 'دفاعاتها', 'دفاعها'];
export const AIR_DEFENCE_ADJECTIVE: readonly string[] = ['الجوي', 'الجويه'];
export const AIR_DEFENCE_REACH = 3;

/** «أسقطت الدفاعات الجوية السورية 3 مسيرات»: how far (tokens) before the weapon the word may stand, past its subject and a count. */
export const INTERCEPT_REACH = 5;

/** «طائرة استطلاع», «طائرة تجسس»: a drone on reconnaissance attacked nothing; shot down, it is only a loss. */
export const RECONNAISSANCE: readonly string[] = ['استطلاع', 'تجسس', 'تحليق'];

/**
 * «أطلقها الحوثيون», «أطلقتها قوات الدعم السريع», «أطلقت من لبنان»: a verb of launching after the intercepted weapon,
 * whose subject (right after it) launched it.
 */
export const LAUNCHED: readonly string[] = ['اطلقت', 'اطلق', 'اطلقها', 'اطلقه', 'اطلقتها', 'اطلقته', 'اطلقوها', 'اطلقوه'];

/** «أطلقت من لبنان», «انطلقت من الأراضي السورية»: verbs of launching or setting off, then «من» and a place (normalised). */
export const LAUNCHED_FROM: readonly string[] = [...LAUNCHED, 'انطلقت', 'انطلق'];
export const FROM = 'من';
