import { INTERCEPT_REACH, INTERCEPT_WORDS, RECONNAISSANCE } from '../../lexicon/triggers/interception.js';
import type { Token } from '../../text/tokens.js';
import { findWord, has } from './sentence-view.js';

/**
 * «اعترضت الدفاعات الجوية صواريخ», «أسقطت 20 مسيرة», «تصدت لمسيرات»: the token of the word of intercepting before
 * the weapon at `i` in its stretch of words (no punctuation between), or -1. A drone on reconnaissance
 * («إسقاط طائرتي استطلاع») is no attack intercepted.
 */
export function interceptedAt(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - INTERCEPT_REACH; k--) {
    if (tokens[k].kind === 'punct') return -1;
    if (!has(tokens[k], INTERCEPT_WORDS)) continue;
    return findWord(tokens, k, i + 4, RECONNAISSANCE) >= 0 ? -1 : k;
  }
  return -1;
}
