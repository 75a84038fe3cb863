import { CONDEMN_VERBS } from '../../lexicon/attribution/condemn-verbs.js';
import type { Token } from '../../text/tokens.js';
import type { Place } from '../prepare/places.js';

/**
 * «أدانت القاهرة الغارات الإسرائيلية على رفح», «استنكرت الرياض القصف الحوثي على مأرب»: a claimant whose word is a
 * verb of condemning (at `pos`) speaks of an attack elsewhere, and is neither its target nor its author. It is the side
 * attacked only at home: an attack at a place in its country («أدانت بغداد هجوم داعش على قرية في كركوك»), or by a
 * group of its own country («أدانت الحكومة الصومالية هجوم حركة الشباب», SO-SHABAAB).
 */
export function condemnsFromAfar(
  tokens: readonly Token[],
  pos: number,
  claimant: string | null,
  places: readonly Place[],
  accused: string | null,
): boolean {
  if (!claimant || pos < 0 || !tokens[pos]?.variants.some((v) => CONDEMN_VERBS.includes(v))) return false;
  return !places.some((p) => p.country === claimant) && !accused?.startsWith(`${claimant}-`);
}
