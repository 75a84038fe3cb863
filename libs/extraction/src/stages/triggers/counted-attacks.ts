import { COUNT_COPULAS, COUNT_LEADS, COUNT_ORDINALS, COUNTED_ATTACK_NOUNS, NOT_A_COUNT_AFTER } from '../../lexicon/counted-attacks.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import { FACT_ANCHORS } from '../../lexicon/scope-words.js';
import type { Token } from '../../text/tokens.js';
import { isAnyOf } from './token-words.js';

/** The article, after a conjunction or a preposition: «الثالث», «والثالث». */
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/;

/** Words between the attack noun and its ordinal: adjectives and the pronoun («الهجوم الصاروخي هو الثالث»). */
const NOUN_REACH = 3;
/** Words a lead may stand before the attack noun: «وتعد هذه الغارة», «وهو الهجوم». */
const LEAD_REACH = 2;

/**
 * «وهو الهجوم الثالث خلال أسبوع», «وتعد هذه الغارة الثالثة منذ مطلع الشهر», «وهو ثالث هجوم على المدينة»: an attack
 * counted among earlier ones is the attack the report has just told, and the count is no attack told; its clause is
 * suspended to its end or to a word of time or cause («وهو ثاني هجوم بعد هجوم يوم الأحد على …»: that one happened). When the sentence goes on to tell the attacks counted («، إذ استهدف هجوم، أمس، قاعدة …، وهجوم
 * آخر، أول من أمس، …»), the count introduces them and is left to the sentence's other rules.
 */
export function suspendCountedAttacks(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!isOrdinal(tokens, k)) continue;
    const start = countedAttackStart(tokens, clause, k);
    if (start < 0) continue;
    let to = k;
    while (to + 1 < tokens.length && clause[to + 1] === clause[k] && !isAnyOf(tokens[to + 1], FACT_ANCHORS)) to++;
    if (attacksToldAfter(tokens, to)) return;
    for (let j = start; j <= to; j++) if (blocked[j] === undefined || blocked[j] === 'recap') blocked[j] = 'modal';
    k = to;
  }
}

const isOrdinal = (tokens: readonly Token[], k: number) => isAnyOf(tokens[k], COUNT_ORDINALS) && !isAnyOf(tokens[k + 1], NOT_A_COUNT_AFTER);

/** Where the count starts (its lead, or the attack before «هو»), or -1 when the ordinal counts no attack so. */
function countedAttackStart(tokens: readonly Token[], clause: readonly number[], k: number): number {
  // «ثالث هجوم»: the ordinal in construct with the attack noun
  if (!DEFINITE.test(tokens[k]!.text) && isAnyOf(tokens[k + 1], COUNTED_ATTACK_NOUNS)) return leadBefore(tokens, clause, k);
  let copula = false;
  for (let j = k - 1; j >= 0 && j >= k - NOUN_REACH && clause[j] === clause[k]; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (isAnyOf(t, COUNT_COPULAS)) copula = true;
    else if (isAnyOf(t, COUNTED_ATTACK_NOUNS)) return copula ? j : leadBefore(tokens, clause, j);
  }
  return -1;
}

function leadBefore(tokens: readonly Token[], clause: readonly number[], j: number): number {
  for (let b = j - 1; b >= 0 && b >= j - LEAD_REACH && clause[b] === clause[j]; b--) if (isAnyOf(tokens[b], COUNT_LEADS)) return b;
  return -1;
}

/** An attack noun after the count's clause: the attacks counted, told one by one. */
function attacksToldAfter(tokens: readonly Token[], to: number): boolean {
  for (let j = to + 1; j < tokens.length; j++) if (isAnyOf(tokens[j], COUNTED_ATTACK_NOUNS)) return true;
  return false;
}
