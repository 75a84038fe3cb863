/** «بعد توقيع اتفاق وقف إطلاق النار»: a reference to an earlier ceasefire. */
export const SINCE: readonly string[] = ['بعد', 'وبعد', 'منذ'];

/** «مركز مراقبة وقف إطلاق النار»: an institution named after the ceasefire. */
export const INSTITUTION: readonly string[] = ['مراقبه', 'لمراقبه', 'مركز', 'بعثه', 'لجنه'];

/** «اعتبارا من», «دخل حيز التنفيذ», «يسري»: a ceasefire that takes effect. */
export const IN_FORCE: readonly string[] = ['اعتبارا', 'حيز', 'سريان', 'يسري', 'مفعول'];

/** «دعت إلى الوقف الفوري لإطلاق النار»: «إلى» before, or «إلى»/«لل» fused, after a call. */
export const TOWARD: readonly string[] = ['الي'];
export const TOWARD_PREFIX = /^(?:[وف]?الي|لل?)/;

/** What a violation word must violate («خرق وقف إطلاق النار», «انتهاك الهدنة»). */
export const VIOLATED: readonly string[] = ['وقف', 'لوقف', 'الهدنه', 'هدنه', 'اتفاق', 'الاتفاق', 'اتفاقات', 'التهديه', 'النار'];

/** «أمرت قواتها بالتزام وقف إطلاق النار», «أصدر أمرا بوقف …»: an order to stop is a declaration, not a call. */
export const ORDERED: readonly string[] = ['امر', 'امرت', 'امرا', 'اوامر', 'يامر', 'تامر', 'وامر', 'وامرت'];

/** «بانتهاكها», «خرقه»: a violation word with an attached pronoun, whose antecedent comes before it. */
export const ATTACHED_PRONOUN = /(?:ها|ه)$/;

/** How far after a violation word what it violates may come («الخروقات المتكررة التي يبادر إليها العدو لاتفاق …»). */
export const VIOLATED_REACH = 8;

/** «انهارت الهدنة», «انهيار وقف إطلاق النار»: a truce that ended was not declared (normalised). */
export const COLLAPSED: readonly string[] = ['انهارت', 'انهار', 'انهيار', 'تنهار', 'ينهار', 'انهيارها', 'انهياره'];
/** How far before the ceasefire word a collapse may stand («انهيار اتفاق وقف إطلاق النار»). */
export const COLLAPSE_REACH = 3;

/** «المشاورات بشأن وقف إطلاق النار», «مفاوضات حول الهدنة»: what talks are about (normalised). */
export const TOPIC_OF: readonly string[] = ['بشان', 'حول', 'حيال'];

/**
 * «تحقيق اختراق في مفاوضات وقف إطلاق النار»: «اختراق» with «في» after it is a breakthrough in something, not a
 * breach of it (normalised).
 */
export const BREAKTHROUGH: readonly string[] = ['اختراق', 'اختراقا'];
export const BREAKTHROUGH_IN: readonly string[] = ['في'];
