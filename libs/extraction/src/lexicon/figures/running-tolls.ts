/**
 * Running tolls: words saying a figure counts everything since some start, not one incident
 * («حتى الآن», «منذ بدء الحرب», «ارتفعت حصيلة», «الحصيلة الإجمالية»). Words are normalised forms
 * (ة→ه, ى→ي, hamza seats folded), one alternative list per position.
 */
export interface RunningTollMarker {
  words: readonly (readonly string[])[];
  /** «منذ» followed by an explicit date («منذ السابع من أكتوبر»): the date starts the period. */
  sinceDate?: boolean;
  /** A rising or total toll: of one incident when the sentence names its toll so («حصيلة قتلى الهجوم»). */
  risingOrTotal?: boolean;
}

export const RUNNING_TOLL_MARKERS: readonly RunningTollMarker[] = [
  {
    words: [
      ['حتي', 'لحد', 'لغايه'],
      ['الان', 'اللحظه'],
    ],
  }, // «حتى الآن»
  { words: [['منذ'], ['بدء', 'بدايه', 'اندلاع', 'انطلاق', 'مطلع', 'بدايات']] }, // «منذ بدء الحرب»
  {
    words: [
      ['ارتفعت', 'ارتفع'],
      ['حصيله', 'عدد'],
    ],
    risingOrTotal: true,
  }, // «ارتفعت حصيلة القتلى إلى»
  {
    words: [
      ['الحصيله', 'حصيله'],
      ['الاجماليه', 'الكليه', 'الاخيره'],
    ],
    risingOrTotal: true,
  }, // «الحصيلة الإجمالية»
  {
    words: [
      ['اجمالي', 'مجمل'],
      ['عدد', 'حصيله', 'الضحايا', 'القتلى'],
    ],
    risingOrTotal: true,
  }, // «إجمالي عدد الشهداء»
  { words: [['منذ']], sinceDate: true }, // «منذ 7 تشرين الأول»
];

/**
 * The toll of one incident: «حصيلة (قتلى) الهجوم», «عدد ضحايا التفجير», «حصيلة الغارة». A toll that rises
 * while the day's news comes in is still that incident's, not a running toll of a war. Normalised forms.
 */
export const TOLL_NOUNS: readonly string[] = ['حصيله', 'عدد'];
export const TOLL_VICTIMS: readonly string[] = ['قتلي', 'ضحايا', 'شهداء', 'مصابين', 'جرحي', 'القتلي', 'الضحايا', 'الشهداء'];
export const SINGLE_INCIDENTS: readonly string[] = [
  'الهجوم',
  'الهجومين',
  'التفجير',
  'التفجيرين',
  'الانفجار',
  'الغاره',
  'الاعتداء',
  'الكمين',
  'المجزره',
  'الحادث',
  'الحادثه',
];

/** Words that open a clause of its own («، فيما ارتفعت حصيلة الحرب …»): a figure before them is no part of the toll after. */
export const CLAUSE_OPENERS: readonly string[] = ['فيما', 'بينما'];
/** Punctuation that, with «و» glued to the next word («، وارتفعت»), opens a clause of its own. */
export const CLAUSE_BREAKS: readonly string[] = ['،', '؛', ','];
