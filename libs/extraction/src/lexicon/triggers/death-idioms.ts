/**
 * What may follow a verb of dying in place of its people: «قضى نحبه», «قضوا جميعا في الغارة» (normalised, clitics
 * stripped by the token variants).
 */
export const DIED_COMPLEMENTS: readonly string[] = ['نحب', 'نحبه', 'نحبهم', 'جميعا', 'جميع', 'جميعهم', 'كلهم'];

/** «فارق (جنديان) الحياة»: the object of «فارق» when it means dying. */
export const LIFE: readonly string[] = ['الحياه', 'حياه'];

/** How far from a verb of dying its people («قضى 4 جنود», «جنديان قضيا») or «الحياة» may stand. */
export const DIED_REACH = 3;

/** Words a verb of dying may have between it and its people: «قضى على إثرها مدني», «هلك 10 من الخوارج». */
export const DIED_LINKS: readonly string[] = ['علي', 'اثر', 'اثرها', 'اثره', 'من'];

/** «قضت القوات العراقية على 15 إرهابيا»: the preposition after a subject that introduces the people. */
export const DIED_ON = 'علي';
/** How many subject words may stand between the verb and «على»; none of them a preposition («قضى الاتفاق بانسحاب»). */
export const DIED_SUBJECT_REACH = 3;
export const PREPOSITION_PREFIX = /^[وف]?[بلك]/;

/** How many subject words may stand between a verb of wounding and its object («أصابت شظايا القذيفة 3 أطفال»). */
export const HIT_SUBJECT_REACH = 3;
/** «منزل أحد المواطنين»: «one of» people in construct with a thing, not the object of a verb (normalised). */
export const ONE_OF: readonly string[] = ['احد', 'احدي'];
