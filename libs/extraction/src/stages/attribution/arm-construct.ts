import { ARM_NOUNS, ATTACK_NOUN_FORMS } from '../../lexicon/attribution/attacker-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import { DEFINITE } from '../../text/word-shapes.js';

/**
 * «راجمات الصواريخ الروسية», «دبابات الجيش السورية»: an arm noun at `k` in construct with a definite noun (so itself
 * definite) and the nisba right after that noun: the nisba's party, else null. «راجمات صواريخ روسية» (indefinite) names
 * what was hit, not who fired.
 */
export function constructArmSide(tokens: readonly Token[], k: number): string | null {
  const arm = tokens[k];
  if (!arm || DEFINITE.test(arm.text) || !arm.variants.some((x) => ARM_NOUNS.includes(x))) return null;
  if (tokens[k + 1]?.kind !== 'word' || !DEFINITE.test(tokens[k + 1].text) || tokens[k + 2]?.kind !== 'word') return null;
  const m = ACTORS.matchAt(tokens, k + 2);
  return (m?.data.role === 'nisba' || m?.data.role === 'country') && m.end === k + 3 ? m.data.party : null;
}

/**
 * «قصفت راجمات الصواريخ الروسية خيرسون»: a definite arm in construct right after the attack verb at `pos`, its nisba
 * ending at `end` and an object after it (not «في», «على» …: «استهدفت راجمات الصواريخ الروسية في خيرسون» may be passive),
 * is the verb's subject, so its nisba names the attacker, not the side attacked.
 */
export function armConstructIsSubject(tokens: readonly Token[], pos: number, end: number): boolean {
  if (tokens[pos].variants.some((v) => ATTACK_NOUN_FORMS.has(v)) || !constructArmSide(tokens, pos + 1)) return false;
  const object = tokens[end];
  return end === pos + 4 && object?.kind === 'word' && !PREPOSITION.test(object.text);
}
/** «في», «على», «من», «بـ», «لـ» …: a word after which no object of the verb stands (normalised). */
const PREPOSITION = /^(?:[وف]?(?:في|علي|من|الي|عن|قرب|بعد|قبل)$|[وف]?[بل])/;
