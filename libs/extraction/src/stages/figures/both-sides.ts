import { BOTH_SIDES, BOTH_SIDES_LINKS, BOTH_SIDES_REACH } from '../../lexicon/figures/both-sides.js';
import type { Token } from '../../text/tokens.js';

const has = (t: Token, words: readonly string[]) => t.variants.some((v) => words.includes(v));

/**
 * «قتل عشرات على الجانبين», «مقتل 20 مقاتلا من الطرفين»: right after the counted people, past linking words only
 * («على», «من», «في صفوف», «كلا»), a word for both sides: the figure is no one party's.
 */
export function ofBothSides(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + BOTH_SIDES_REACH); k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (has(t, BOTH_SIDES)) return true;
    if (!has(t, BOTH_SIDES_LINKS)) return false;
  }
  return false;
}
