// Words of a recap anchor, as stages/drafts/dates.ts (isRecapAnchored) reads them: «بعد أيام من مقتل …»,
// «بعد مرور أسبوعين على الهجوم» — the event named after them happened some time before the fact they
// anchor to, and is told as background.

/** «بعد» opens the anchor; «مرور» may follow it («بعد مرور شهر على»). */
export const RECAP_AFTER: readonly string[] = ['بعد'];
export const RECAP_PASSING: readonly string[] = ['مرور'];

/**
 * Spans long enough that the event is not the report's news (hours are: «بعد ساعات من» stays dated).
 * A counted span moves the event back by that many days («بعد يومين من مقتل جندي»: two days before
 * the anchor's day); an uncounted one («بعد أيام من») leaves it undated, a background recap.
 */
export const RECAP_SPANS: Readonly<Record<string, number | 'vague'>> = {
  يومين: 2,
  اسبوع: 7,
  اسبوعين: 14,
  شهر: 30,
  شهرين: 60,
  عام: 365,
  سنه: 365,
  عامين: 730,
  سنتين: 730,
  ايام: 'vague',
  اسابيع: 'vague',
  اشهر: 'vague',
  شهور: 'vague',
  اعوام: 'vague',
  سنوات: 'vague',
  عقود: 'vague',
};

/** «من» or «على» ties the span to the event noun. */
export const RECAP_OF: readonly string[] = ['من', 'علي'];

/**
 * Words by which a sentence goes on with the one before it (normalised, clitic «و» stripped): a pronoun on a preposition
 * («وقتل فيها», «خلالها»), a time anaphor («آنذاك», «حينها», «يومها»), a demonstrative («تلك الحرب»). A background aside
 * hands its date only to a sentence holding one of them (stages/carry/carry.ts).
 */
export const BACK_REFERENCES: ReadonlySet<string> = new Set([
  ...['فيها', 'فيه', 'خلالها', 'خلاله', 'اثرها', 'اثره', 'بعدها'],
  ...['انذاك', 'حينذاك', 'وقتذاك', 'يومذاك', 'حينها', 'حينه', 'وقتها', 'يومها', 'عندها', 'الحين'],
  'تلك',
]);
