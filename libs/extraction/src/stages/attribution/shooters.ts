import { FIRE_BY, HIT_VERBS, SHOOTER_NOUNS, UNNAMED_SHOOTERS } from '../../lexicon/attribution/shooter-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import { ACCUSATIVE } from '../../text/word-shapes.js';
import type { ActorPhrase } from './types.js';

/**
 * The side of the shooter who hit the people the cue at `pos` counts: a shooter noun and its nisba after fire
 * («قتل شاب برصاص قناص إسرائيلي», «أصيب جندي بنيران قناص روسي») or right after the active verb of hitting at `pos`
 * («قنص جندي إسرائيلي شابا فلسطينيا»); else the armed side named right after the fire («برصاص عناصر الشرطة»,
 * «برصاص قوات الأمن», «بنيران الجيش»: with no name of their own, the forces of the place). Null when the fire is
 * by men of no side («برصاص مسلحين مجهولين»); undefined when the clause names no fire or no shooter.
 */
export function shooterSide(tokens: readonly Token[], pos: number, actors: readonly ActorPhrase[]): string | null | undefined {
  const hitter = tokens[pos]?.variants.some((v) => HIT_VERBS.has(v)) && !ACCUSATIVE.test(tokens[pos + 1]?.text ?? '');
  if (hitter && isShooter(tokens, pos + 1)) return sideAfter(tokens, pos + 2) ?? undefined;
  for (let k = pos + 1; k < tokens.length && k <= pos + FIRE_REACH; k++) {
    if (tokens[k].kind === 'punct') return undefined;
    if (!tokens[k].variants.some((v) => FIRE_BY.has(v))) continue;
    const shooter = isShooter(tokens, k + 1);
    return (shooter ? sideAfter(tokens, k + 2) : null) ?? forcesAfter(tokens, actors, shooter ? k + 2 : k + 1);
  }
  return undefined;
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

/**
 * «برصاص عناصر الشرطة», «برصاص قوات الأمن», «برصاص عناصر من الأمن العام»: the armed actor phrase at `k` (past «من»),
 * with the side the sentence gave it; null for gunmen of no side («برصاص مسلحين»), undefined when neither stands there.
 */
function forcesAfter(tokens: readonly Token[], actors: readonly ActorPhrase[], k: number): string | null | undefined {
  const at = tokens[k]?.text === FROM ? k + 1 : k;
  if (tokens[at]?.variants.some((v) => UNNAMED_SHOOTERS.has(v))) return null;
  const a = actors.find((x) => x.start === at && x.military && SIDE_ROLES.has(x.role));
  return a ? (a.party ?? null) : undefined;
}
