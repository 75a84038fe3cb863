/**
 * «سلم 40 مسلحا أنفسهم», «سلموا أنفسهم للجيش»: a verb of handing over is a surrender only with a reflexive object
 * after it (normalised, clitics stripped by the token variants); «سلم الرواتب», «تسليم جثث» are not.
 */
export const SELF_OBJECTS: readonly string[] = ['انفسهم', 'نفسه', 'نفسها', 'انفسهما', 'انفسهن'];

/** How far after the verb its reflexive object may stand («سلم 40 مسلحا من حركة الشباب أنفسهم»). */
export const SELF_OBJECT_REACH = 7;

/** «لا يزال مصير 4 صيادين مجهولا»: what must follow «مصير» and its people for a fate unknown (normalised). */
export const UNKNOWN_FATE: readonly string[] = ['مجهول', 'مجهولا', 'مجهوله', 'مجهولين', 'غامض', 'غامضا'];

/** How far after «مصير» the word of an unknown fate may stand. */
export const UNKNOWN_FATE_REACH = 7;

/**
 * «أعلن الجيش فقدان 12 جنديا»: the noun of losing («فقدان», a loss of ground or equipment otherwise) with people
 * right after it means they are missing (normalised).
 */
export const LOSS_NOUNS: readonly string[] = ['فقدان'];
