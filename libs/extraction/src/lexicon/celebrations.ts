/**
 * A capture or a victory celebrated: «خرج المواطنون إلى الشوارع احتفالا باستعادة المدينة», «ابتهاجا بتحرير ود مدني»,
 * «احتفل السكان بتحرير البلدة». The celebration tells again a fact the report has told; the capture is not a new one,
 * and the celebration's town is not where it happened. Clitic-stripped forms (token variants).
 */
export const CELEBRATION_WORDS: ReadonlySet<string> = new Set([
  ...['احتفال', 'احتفالا', 'احتفالات', 'احتفاء', 'احتفاءا', 'ابتهاج', 'ابتهاجا', 'فرح', 'فرحا', 'فرحه'],
  ...['احتفل', 'احتفلت', 'احتفلوا', 'يحتفل', 'تحتفل', 'يحتفلون', 'ابتهج', 'ابتهجت', 'ابتهجوا', 'يبتهج', 'يبتهجون'],
]);

/** «احتفالا باستعادة …»: what is celebrated follows with «ب» (a capture after «بعد» still happened then). */
export const CELEBRATED_PREFIX = /^[وف]?ب/;
