import { GAVE_UP } from '../../lexicon/triggers/control-context.js';
import type { Token } from '../../text/tokens.js';

/**
 * «انسحبت القوات الأوكرانية من البلدة», «فقدت قوات الدعم السريع السيطرة على …»: the control change at `pos` is told
 * of the side that gave the place up (the cue itself, or a verb of losing a few words before it in its stretch of
 * words), not of the side that took it.
 */
export function gaveUp(tokens: readonly Token[], pos: number): boolean {
  for (let k = pos; k >= 0 && k >= pos - GAVE_UP_REACH; k--) {
    if (tokens[k].kind === 'punct') return false;
    if (tokens[k].variants.some((v) => GAVE_UP.includes(v))) return true;
  }
  return false;
}
/** «فقدت قوات الدعم السريع السيطرة»: the verb, the side (up to three words), the control noun. */
const GAVE_UP_REACH = 4;
