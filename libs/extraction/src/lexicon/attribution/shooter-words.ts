/**
 * «برصاص قناص إسرائيلي», «بنيران قناصة روس», «قنص جندي إسرائيلي شابا»: who fires small arms, named by a nisba after
 * the noun (normalised forms). A nisba after a person noun is else the nationality of people counted, never a side
 * (actors.ts); after a shooter it names the side that shot.
 */
export const SHOOTER_NOUNS: ReadonlySet<string> = new Set([
  ...['قناص', 'قناصه', 'قناصو', 'قناصي', 'قناصين', 'قناصون', 'القناص', 'القناصه'],
  ...['جندي', 'جنود', 'عناصر', 'مستوطن', 'مستوطنون', 'مستوطنين'],
]);

/** «برصاص», «بنيران», «برصاصة»: fire by the shooter named after it (normalised, «بـ» glued). */
export const FIRE_BY: ReadonlySet<string> = new Set(['برصاص', 'برصاصه', 'بنيران', 'بنار', 'رصاص', 'نيران']);

/** «أصاب», «قنص»: active verbs of hitting, whose subject right after them is the shooter (normalised). */
export const HIT_VERBS: ReadonlySet<string> = new Set(['اصاب', 'اصابت', 'اصابوا', 'قنص', 'قنصت', 'قنصوا']);

/** «برصاص مسلحين», «برصاص مجهولين»: shooters of no side; nobody is accused (normalised). */
export const UNNAMED_SHOOTERS: ReadonlySet<string> = new Set([
  ...['مسلحين', 'مسلحون', 'مسلح', 'المسلحين', 'مجهولين', 'مجهولون', 'مجهول', 'ملثمين', 'ملثمون'],
]);
