/** What a cue word signals, and how strongly. */
export type CueKind =
  | 'clash'
  | 'attack' // a generic attack: typed by its weapon, or a clash on positions
  | 'shell'
  | 'air' // intrinsically an air strike: غارة، ضربة جوية، قصف جوي
  | 'aircraft' // a flying weapon: a strike only with an attack verb
  | 'killed'
  | 'wounded'
  | 'captured'
  | 'missing'
  | 'victims' // ضحايا، خسائر بشرية: casualties without a category
  | 'losses' // خسائر: people or equipment
  | 'destroy' // materiel status
  | 'seize'
  | 'lose'
  | 'control'
  | 'ceasefire'
  | 'violation'
  | 'mobilization'
  | 'request'
  | 'statement'
  | 'talks'
  | 'monitoring'
  | 'mediation'
  | 'blast'; // an explosion, IED or suicide bombing: no scored type of its own, and it types the attack it names

export interface Cue {
  kind: CueKind;
  weapon?: string;
  /** Cue strength (vaguer cues get a lower confidence). */
  weight?: number;
  /** A verb or noun of firing that names no weapon («قصف»): an aircraft next to it makes it an air strike. */
  bare?: boolean;
  /** An adjective joined to another means' word («وبري» in «قصف جوي وبري»): its «وب…» is no instrument's «ب». */
  joined?: boolean;
  /** The word has this sense only with what the condition asks for around it (stages/triggers/cue-conditions.ts). */
  when?: CueCondition;
}

/**
 * «قضى 4 جنود» (died) but «قضت المحكمة» (ruled), «تحييد 12 إرهابيا» (killed) but «تحييد لبنان» (neutrality),
 * «فارق جنديان الحياة» (died) but «بفارق نقطتين» (a margin), «مسيرة» (a drone) but «مسيرة احتجاجية» (a march):
 * `people`, a person or a count of people next to the word; `counted`, a number right after it («أرواح 12 مدنيا»,
 * not «أرواح الشهداء»); `life`, «الحياة» after it; `drone`, no word of a march
 * after it; `object`, people right after it («قبضت على أحد المهاجمين», not «قبضتها على مدينة ود مدني»); `hit`,
 * people right after it or after its subject as its object («أصابت الشظايا 3 أطفال», not «أصابت القذيفة منزل أحد
 * المواطنين»); `repelled`, a verb of repelling or foiling a few words before it («صدت القوات محاولة تقدم», not
 * «يستعد لمحاولة اقتحام المدينة»); `self`, a reflexive object after it («سلم 40 مسلحا أنفسهم», not «سلم الرواتب»);
 * `fate`, people then a word of an unknown fate after it («مصير 4 صيادين مجهولا», not «تقرير المصير»); `flag`, a
 * force's flag raised over something («رفعت القوات علمها فوق القرية», not «رفعت الحكومة الحصار»); `amid`, support
 * told as an attack's circumstance, with «ب» or after «تحت» («تقدمت القوات بإسناد جوي», not «طالبت الفصائل بغطاء
 * جوي»); `unnamed`, an operation not followed by its name («بدأت القوات عملية عسكرية تحت مسمى …» names the campaign
 * the report is about, no clash of its own).
 */
export type CueCondition =
  'people' | 'counted' | 'life' | 'drone' | 'object' | 'hit' | 'repelled' | 'self' | 'fate' | 'flag' | 'amid' | 'unnamed';
