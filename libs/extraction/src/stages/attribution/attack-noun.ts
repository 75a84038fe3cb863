import { ATTACK_NISBA_NOUNS, MANNER_ADJECTIVES } from '../../lexicon/attribution/phrase-breaks.js';
import type { Token } from '../../text/tokens.js';

/**
 * Where the attack noun a nisba at `start` describes stands: right before it («غارة إسرائيلية», «قصف روسي»), or
 * before one adjective of manner («غارة جوية إسرائيلية», «قصف مدفعي روسي», «ضربة صاروخية روسية»); -1 when none.
 */
export function attackNounBefore(tokens: readonly Token[], start: number): number {
  if (isAttackNoun(tokens[start - 1])) return start - 1;
  if (tokens[start - 1]?.variants.some((v) => MANNER_ADJECTIVES.has(v)) && isAttackNoun(tokens[start - 2])) return start - 2;
  return -1;
}

const isAttackNoun = (t: Token | undefined): boolean => !!t && t.variants.some((v) => ATTACK_NISBA_NOUNS.includes(v));
