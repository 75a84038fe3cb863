/**
 * Time expressions in Arabic news and their resolution against a reference
 * date. Days are integers (days since 1970-01-01, UTC) so arithmetic is exact.
 */
export type DateKind =
  | 'day' // a resolved day or a short range of days
  | 'month'
  | 'year'
  | 'earlier' // «في وقت سابق»: some time before, unknown
  | 'comparison' // «أعنف قتال منذ عام 2020»: a yardstick, not the event's time
  | 'deadline'; // «هدنة حتى منتصف ليل الأحد»: the end of a span, not the event's time

export interface DateExpr {
  start: number;
  end: number;
  kind: DateKind;
  /** Resolved range (inclusive), null when it cannot be resolved (no reference date). */
  from: number | null;
  to: number | null;
  /** True when the value depends on the reference date (اليوم، أمس، الأربعاء). */
  relative: boolean;
  /** Constraint for reference-date inference: the weekday named (0 = Sunday) and its offset from the reference. */
  weekday?: number;
  offset?: number;
  /** «غداة»: the day after the anchor; resolved by the caller. */
  dayAfter?: boolean;
  /** Day-month without a year (year was taken from the reference date). */
  yearless?: boolean;
  /** «منذ 7 أكتوبر»: the start of a state that lasts up to the report, not a day the story moves to. */
  since?: true;
  /** «الخرطوم، 10 مايو 2024 (رويترز) -»: the filing date of a dateline, the day of no event of its own. */
  dateline?: true;
  /** «قبل أيام», «قبل سنوات»: an uncounted stretch back; what it dates is told as background, not the report's news. */
  vague?: true;
  /** «خلال السنوات الماضية», «في الأشهر الأخيرة»: a long stretch up to the report; what it dates is a recap, and the story does not move to it. */
  recap?: true;
  /** «الذكرى الثالثة لسقوط …»: the day of what an anniversary recalls, not of the news told beside it. */
  anniversary?: true;
  /** A Hijri month («شهر رمضان»): its last day, as its span may be cut at the reference (parts count from its first day). */
  hijriMonthEnd?: number;
  /**
   * «في اليوم السابق» (1), «في اليوم التالي» (-1), «في اليوم نفسه» (0): days before the day the story runs on;
   * «خلال الليل» ('night'): the night into it. Counted by resolveRunning (running-days.ts).
   */
  fromRunning?: number | 'night';
  /** «قبل يومين», «قبل أسبوع»: counted back from the reference, or from a statement's day (countFromStatementDay). */
  agoDays?: number;
  /** «في 15 من الشهر نفسه»: that day of the month the story runs on (resolveRunning, running-days.ts). */
  runningMonthDay?: number;
  /** Explicit day-month for inference */
  dm?: { d: number; m: number; y: number | null };
}
