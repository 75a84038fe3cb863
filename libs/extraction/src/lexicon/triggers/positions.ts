/** Military positions, places held and fought over: «هجوم على مواقع …» is fighting, not a strike on a town. */
export const POSITION_SITES: readonly string[] = [
  'مواقع',
  'موقع',
  'مراكز',
  'مركز',
  'نقاط',
  'نقطه',
  'ثكنه',
  'معاقل',
  'معقل',
  'تحصينات',
  'خنادق',
  'الخطوط',
  'خطوط',
];

/** Forces — people, units and formations: «هجوم على جنود/وحدات/رتل …» is fighting too. */
export const POSITION_FORCES: readonly string[] = [
  'قوات',
  'جنود',
  'دوريه',
  'وحدات',
  'وحده',
  'ارتال',
  'رتل',
  'تجمعات',
  'كتيبه',
  'اللواء',
  'لواء',
];

/** «هجوم على مواقع …», «هجوم على قوات …»: an attack on a position or on a force is fighting. */
export const POSITIONS: readonly string[] = [...POSITION_SITES, ...POSITION_FORCES];

/**
 * Armoured vehicles as the object of an attack («استهدفوا آلية عسكرية بقذيفة», «هجوم على دبابات»): an
 * anti-armour engagement, fighting like an attack on positions — unless a weapon does the attacking
 * («استهدفت مسيرة آلية»), which the attack rule checks first.
 */
export const ARMOURED_TARGETS: readonly string[] = ['اليات', 'دبابه', 'دبابات', 'مدرعه', 'مدرعات'];
/** «آلية» only with «عسكرية»: unvowelled, «اليه» is also «إليه» (to him). */
export const SINGLE_VEHICLE: readonly [string, string] = ['اليه', 'عسكريه'];

/** Words after «مواقع» that make it web sites («مواقع التواصل الاجتماعي»). */
export const NOT_MILITARY_SITES: readonly string[] = ['التواصل', 'الالكتروني', 'الرسمي'];

/** Fronts and axes: «الهجمات تتواصل في محاور عدة», «هجمات على الجبهة» are fighting along a front, through «في» too. */
export const FRONT_LINES: readonly string[] = [
  'محاور',
  'محور',
  'المحاور',
  'جبهات',
  'الجبهات',
  'جبهه',
  'الجبهه',
  'خطوط التماس',
  'خط التماس',
];

/** How far after an attack word a front word makes it fighting (verb and a modifier between). */
export const FRONT_REACH = 5;
