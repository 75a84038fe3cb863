/**
 * An attack counted among earlier ones: «وهو الهجوم الثالث خلال أسبوع», «وهذا الهجوم الثامن منذ بداية العام», «وتعد
 * هذه الغارة الثالثة على المدينة», «وهو ثالث هجوم على المدينة», «والهجوم الصاروخي هو الثالث خلال ثلاثة أيام». The
 * attack is the one the report has just told; the count tells no new one. Clitic-stripped forms (token variants).
 */
import { ATTACK_EVENT_NOUNS } from './habitual-words.js';

/** Ordinals, bare of the article and the feminine ending (the token variants carry both forms). */
export const COUNT_ORDINALS: ReadonlySet<string> = new Set(
  ['اول', 'اولي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'].flatMap((w) => [w, `ال${w}`]),
);

/** «أول أمس»: an ordinal that is a day, not a count. */
export const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set(['امس']);

/** The attack nouns counted so: the events of habitual-words.ts, and the bare attack nouns. */
export const COUNTED_ATTACK_NOUNS: ReadonlySet<string> = new Set([
  ...ATTACK_EVENT_NOUNS,
  ...['قصف', 'استهداف', 'تفجير', 'انفجار', 'كمين', 'هجوم'],
]);

/**
 * What tells the attack as a count, a few words before it: a pronoun or a demonstrative of the attack just told
 * («وهو», «وهذا»), a verb of reckoning («ويعد», «ويأتي», «ليكون»).
 */
export const COUNT_LEADS: ReadonlySet<string> = new Set([
  ...['هو', 'هي', 'وهو', 'وهي', 'هذا', 'هذه', 'وهذا', 'وهذه'],
  ...['يعد', 'تعد', 'يعتبر', 'تعتبر', 'ياتي', 'تاتي', 'يكون', 'تكون', 'بات', 'باتت', 'يصبح', 'تصبح'],
]);

/** «والهجوم الصاروخي هو الثالث»: the pronoun between the attack and its ordinal. */
export const COUNT_COPULAS: ReadonlySet<string> = new Set(['هو', 'هي']);
