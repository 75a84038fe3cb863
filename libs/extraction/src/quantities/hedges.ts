import { ABOUT_AFTER, AT_LEAST_AFTER, HEDGES_BEFORE, NIF_AFTER } from '../lexicon/hedges.js';
import type { Token } from '../text/tokens.js';
import { bare } from './number-words.js';

/** What a hedge says about the number after it. */
export interface Hedge {
  /** First token of the number itself. */
  at: number;
  approximate: boolean;
  atLeast: boolean;
  atMost: boolean;
}

/** Do the tokens from `i` match the pattern, one alternative per position? */
function matches(tokens: readonly Token[], i: number, words: readonly (readonly string[])[]): boolean {
  return words.every((alternatives, k) => alternatives.some((w) => bare(tokens[i + k]).includes(w)));
}

/** The words a hedge before a number may open with. */
const HEDGE_FIRST_WORDS: ReadonlySet<string> = new Set(HEDGES_BEFORE.flatMap((p) => p.words[0] ?? []));

/** «نحو», «حوالي», «أكثر من», «أقل من», «ما يقارب», «ما لا يقل عن», «ما يزيد عن» before a number at `i`. */
export function leadingHedge(tokens: readonly Token[], i: number): Hedge {
  // one probe per variant rules out most tokens (every number of a flood of figures asks)
  const opens = bare(tokens[i]).some((v) => HEDGE_FIRST_WORDS.has(v));
  const h = opens ? HEDGES_BEFORE.find((p) => matches(tokens, i, p.words)) : undefined;
  if (!h) return { at: i, approximate: false, atLeast: false, atMost: false };
  return { at: i + h.words.length, approximate: !!h.approximate, atLeast: !!h.atLeast, atMost: !!h.atMost };
}

/** «على الأقل» (at least), «تقريبا» (about) after the number ending before `end`. */
export function trailingHedge(tokens: readonly Token[], end: number): { atLeast: boolean; approximate: boolean } {
  return {
    atLeast: (!!tokens[end] && !!tokens[end + 1] && matches(tokens, end, AT_LEAST_AFTER)) || nifAt(tokens, end),
    approximate: !!tokens[end] && ABOUT_AFTER.some((w) => bare(tokens[end]).includes(w)),
  };
}

/** «عشرون ونيف شخصا»: «ونيف» right after the number (it belongs to the quantity; the noun follows it). */
export function nifAt(tokens: readonly Token[], end: number): boolean {
  return !!tokens[end] && tokens[end].kind === 'word' && NIF_AFTER.includes(tokens[end].text);
}
