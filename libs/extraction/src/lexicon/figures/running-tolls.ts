/**
 * Running tolls: words saying a figure counts everything since some start, not one incident
 * («حتى الآن», «منذ بدء الحرب», «ارتفعت حصيلة», «الحصيلة الإجمالية»). Words are normalised forms
 * (ة→ه, ى→ي, hamza seats folded), one alternative list per position.
 */
export interface RunningTollMarker {
  words: readonly (readonly string[])[];
  /** «منذ» followed by an explicit date («منذ السابع من أكتوبر»): the date starts the period. */
  sinceDate?: boolean;
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
  }, // «ارتفعت حصيلة القتلى إلى»
  {
    words: [
      ['الحصيله', 'حصيله'],
      ['الاجماليه', 'الكليه', 'الاخيره'],
    ],
  }, // «الحصيلة الإجمالية»
  {
    words: [
      ['اجمالي', 'مجمل'],
      ['عدد', 'حصيله', 'الضحايا', 'القتلى'],
    ],
  }, // «إجمالي عدد الشهداء»
  { words: [['منذ']], sinceDate: true }, // «منذ 7 تشرين الأول»
];
