import { MOVE_VERBS, TO } from '../../lexicon/places/destinations.js';
import type { Token } from '../../text/tokens.js';

/**
 * «نقل الجرحى إلى مستشفى في مدينة الأبيض», «فر المهاجمون إلى النيجر»: a place after the «إلى» of a verb that carried
 * or drove people away is where they went; the event was elsewhere. The «إلى» within a few words before the place
 * (a hospital, «مدينة» between), the verb within a few words before it, no punctuation between.
 */
export function isDestination(tokens: readonly Token[], at: number): boolean {
  const to = toBefore(tokens, at);
  if (to < 0) return false;
  for (let k = to - 1; k >= 0 && k >= to - MOVER_REACH; k--) {
    if (tokens[k].kind !== 'word') return false;
    if (tokens[k].variants.some((v) => MOVE_VERBS.has(v))) return true;
  }
  return false;
}

function toBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - TO_REACH; k--) {
    if (tokens[k].kind !== 'word') return -1;
    if (tokens[k].text === TO) return k;
  }
  return -1;
}

/** «إلى مستشفى في مدينة X»: how far before the place its «إلى» may stand. */
const TO_REACH = 4;
/** «نقل الجرحى والمصابين إلى»: how far before «إلى» the verb may stand. */
const MOVER_REACH = 3;
