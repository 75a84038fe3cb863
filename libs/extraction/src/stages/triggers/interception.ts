import { OUT_OF } from '../../lexicon/figures/materiel-context.js';
import { INTERCEPT_REACH, INTERCEPT_WORDS, RECONNAISSANCE } from '../../lexicon/triggers/interception.js';
import type { Token } from '../../text/tokens.js';
import { findWord, has } from './sentence-view.js';

/**
 * «اعترضت الدفاعات الجوية صواريخ», «أسقطت 20 مسيرة», «تصدت لمسيرات»: the token of the word of intercepting before
 * the weapon at `i` in its stretch of words (no punctuation between), or -1. A drone on reconnaissance
 * («إسقاط طائرتي استطلاع») is no attack intercepted.
 */
export function interceptedAt(tokens: readonly Token[], i: number): number {
  const from = partOfWholeAt(tokens, i);
  for (let k = from - 1; k >= 0 && k >= from - INTERCEPT_REACH; k--) {
    if (tokens[k].kind === 'punct') return -1;
    if (!has(tokens[k], INTERCEPT_WORDS)) continue;
    return findWord(tokens, k, i + 4, RECONNAISSANCE) >= 0 ? -1 : k;
  }
  return -1;
}

/**
 * «أسقطت الدفاعات الجوية 23 من أصل 31 مسيرة»: the first number of a count of part of a whole right before the weapon
 * at `i` (the reach to the word of intercepting is counted from it, as from any count), else `i`.
 */
function partOfWholeAt(tokens: readonly Token[], i: number): number {
  const part = i - 4;
  const shaped =
    tokens[i - 1]?.kind === 'number' &&
    has(tokens[i - 2], [OUT_OF[1]]) &&
    tokens[i - 3]?.text === OUT_OF[0] &&
    tokens[part]?.kind === 'number';
  return shaped ? part : i;
}
