/** Words after which a nisba or country names the side that took the losses («في صفوف الجيش الأذربيجاني», «الجانب الأرميني»). */
export const SIDE_MARKERS: readonly string[] = ['صفوف', 'الجانب', 'جانب'];

/** Verbs of inflicting losses («كبدت», «تكبيد», «ألحقت»): the object is the side that took them. */
export const INFLICT = /^[وف]?(?:كبد|تكبيد|كبدت|كبدتها|كبدته|كبدتهم|الحق|الحقت|الحاق|لحقت|لحق|تكبد)/;

/** «العدو»: the figures are the claimant's opponent's. */
export const ENEMY_WORDS: readonly string[] = ['العدو', 'بالعدو'];
