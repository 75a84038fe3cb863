import { CLASH_JOINS, UNNAMED_FIGHTERS } from '../../lexicon/attribution/unnamed-fighters.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from './types.js';
import { actorsStartingIn } from './actor-window.js';

/**
 * «دارت اشتباكات بين حركة الشباب وميليشيات عشائرية», «اشتبكت قوات الدعم السريع مع مسلحين قبليين»: a clash whose other
 * side is armed men of no party. The side named is not fighting the report's other side, which is then no target to
 * guess. False when both sides are named, or neither.
 */
export function clashWithUnnamed(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): boolean {
  for (let k = pos + 1; k < tokens.length && k <= pos + JOIN_REACH; k++) {
    if (tokens[k].kind === 'punct') return false;
    if (!CLASH_JOINS.has(tokens[k].text)) continue;
    return tokens[k].text === BETWEEN ? unnamedBetween(actors, tokens, k) : unnamedAt(actors, tokens, k + 1);
  }
  return false;
}
/** The cue, an adjective or the subject (a few words) before «بين»/«مع». */
const JOIN_REACH = 6;
const BETWEEN = 'بين';

/** «بين A وB»: one of the two phrases is unnamed fighters, the other names a side. */
function unnamedBetween(actors: readonly ActorPhrase[], tokens: readonly Token[], k: number): boolean {
  if (unnamedAt(actors, tokens, k + 1)) return true;
  const first = actorsStartingIn(actors, k + 1, k + 1)[0];
  const and = first ? first.end : -1;
  return and > 0 && tokens[and]?.text.startsWith('و') === true && unnamedAt(actors, tokens, and);
}

/** Unnamed fighters at `k` (not the start of a side named: «مسلحي حركة الشباب» names it). */
function unnamedAt(actors: readonly ActorPhrase[], tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]?.variants.some((v) => UNNAMED_FIGHTERS.has(v))) return false;
  // «وقوات الدعم السريع» after them is the clash's other side, not theirs
  return !actorsStartingIn(actors, k, k + NAMED_REACH).some((a) => !!a.party && !tokens[a.start].text.startsWith('و'));
}
/** «مسلحين من حركة الشباب», «عناصر تابعين لقوات الدعم السريع»: how far after the noun a side may still name them. */
const NAMED_REACH = 3;
