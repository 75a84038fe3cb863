/** Shapes of a word that the rules read off its normalised text, written once. */

/** «القوات», «والجيش», «فالمدينة»: a word with the article (after «و» or «ف»). */
export const DEFINITE = /^[وف]?ال/;

/** «شابا», «جنديا», «طفلا»: the indefinite accusative ending of an object. */
export const ACCUSATIVE = /ا$/;

/** The dashes a text sets between a name and what follows it («- ولاية خراسان», a headline's «الجيش –»). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
