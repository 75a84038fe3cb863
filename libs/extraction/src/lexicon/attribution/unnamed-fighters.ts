/**
 * Armed men named by no party: «مسلحين قبليين», «ميليشيات عشائرية», «مسلحون مجهولون», «عصابات مسلحة» (normalised,
 * clitics stripped by the tokens' variants). A clash with them names one side only; the other is no side the report's
 * two sides can stand in for (actors.md: «مسلحون مجهولون» is null).
 */
export const UNNAMED_FIGHTERS: ReadonlySet<string> = new Set([
  ...['مسلحين', 'مسلحون', 'مسلحي', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'عصابات', 'عصابه', 'عشاير', 'العشاير'],
  ...['مقاتلين', 'مقاتلون', 'مقاتلي', 'رجال', 'ابناء', 'افراد'],
]);

/** «اشتباكات بين A وB», «اشتبك A مع B»: the words that join the two sides of a clash (normalised). */
export const CLASH_JOINS: ReadonlySet<string> = new Set(['بين', 'مع']);
