/** Nouns of an attack that can be «launched» or «repelled» («شن هجوما», «صد هجوما»): fighting on positions. */
export const LAUNCHED_ATTACK_NOUNS: readonly string[] = ['هجوما', 'هجوم', 'هجمات'];

/** «شن», «يشن», «صد», «تصد» before an attack noun. */
export const LAUNCH_OR_REPEL = /^[وف]?[يت]?(?:شن|صد)/;

/**
 * A cue of repelling («تصدت لهجوم», «صد هجوما», «التصدي لـ»): its subject defended; the attack was the other side's
 * (only read on a cue, where «صد» cannot be «صدر»).
 */
export const REPEL_CUE = /^[وف]?(?:ال)?(?:تصد|صد)/;

/** An attack's object reached through a preposition («على», «ضد»). */
export const AGAINST: readonly string[] = ['علي', 'ضد'];

/** A clitic preposition on the object («لمواقع», «بمواقع», «على»). */
export const PREPOSITION_CLITIC = /^[وف]?(?:ل|ب|عل)/;

/** «أطلقوا النار في الهواء», «إطلاق نار ابتهاجا»: fire into the air or in celebration, aimed at nobody (normalised). */
export const FIRED_INTO_AIR: readonly string[] = ['الهواء', 'بالهواء', 'ابتهاجا', 'احتفالا'];
