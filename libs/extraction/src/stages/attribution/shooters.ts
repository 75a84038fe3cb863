import { FIRE_BY, HIT_VERBS, SHOOTER_NOUNS } from '../../lexicon/attribution/shooter-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import { ACCUSATIVE } from '../../text/word-shapes.js';

/**
 * The side of the shooter who hit the people the cue at `pos` counts: a shooter noun and its nisba after fire
 * («قتل شاب برصاص قناص إسرائيلي», «أصيب جندي بنيران قناص روسي») or right after the active verb of hitting at `pos`
 * («قنص جندي إسرائيلي شابا فلسطينيا»). Null when the clause names none.
 */
export function shooterSide(tokens: readonly Token[], pos: number): string | null {
  const hitter = tokens[pos]?.variants.some((v) => HIT_VERBS.has(v)) && !ACCUSATIVE.test(tokens[pos + 1]?.text ?? '');
  if (hitter && isShooter(tokens, pos + 1)) return sideAfter(tokens, pos + 2);
  for (let k = pos + 1; k < tokens.length && k <= pos + FIRE_REACH; k++) {
    if (tokens[k].kind === 'punct') return null;
    if (tokens[k].variants.some((v) => FIRE_BY.has(v)) && isShooter(tokens, k + 1)) return sideAfter(tokens, k + 2);
  }
  return null;
}
/** The people counted, their nationality and «برصاص» after the cue. */
const FIRE_REACH = 6;

const isShooter = (tokens: readonly Token[], k: number): boolean => !!tokens[k]?.variants.some((v) => SHOOTER_NOUNS.has(v));

/** «قناص إسرائيلي», «قناص حوثي», «قناص من قوات الدعم السريع»: the side a nisba or «من» and a side at `k` names. */
function sideAfter(tokens: readonly Token[], k: number): string | null {
  const at = tokens[k]?.text === FROM ? k + 1 : k;
  const m = tokens[at]?.kind === 'word' ? ACTORS.matchAt(tokens, at) : undefined;
  return m && m.data.party && SIDE_ROLES.has(m.data.role) && (at === k ? m.data.role !== 'head' : true) ? m.data.party : null;
}
const FROM = 'من';
const SIDE_ROLES: ReadonlySet<string> = new Set(['nisba', 'group', 'country', 'head']);
