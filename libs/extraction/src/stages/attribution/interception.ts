import { FROM, LAUNCHED, LAUNCHED_FROM } from '../../lexicon/triggers/interception.js';
import type { Token } from '../../text/tokens.js';
import { interceptedAt } from '../triggers/interception.js';
import { namedAttacker } from './claimants.js';
import type { ActorPhrase } from './types.js';

export interface InterceptionSides {
  /** Who launched what was intercepted; null when the text names nobody. */
  launcher: string | null;
  /** Whose defences intercepted it: the side attacked; null when unnamed (the claimant's, as for any attack told). */
  interceptor: string | null;
}

/**
 * An intercepted rocket, missile or drone at `pos` is the attack of the side that launched it: the weapon's nisba
 * («مسيرات أوكرانية», «صواريخ إسرائيلية») or the subject of a verb of launching after it («أطلقه الحوثيون»), never
 * the side that intercepted it («اعترضت الدفاعات الجوية السعودية»), which is the side attacked. A place it was
 * launched from («أطلقت من لبنان») names no side. `undefined` when nothing intercepted the weapon at `pos`.
 */
export function interceptionSides(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): InterceptionSides | undefined {
  const k = interceptedAt(tokens, pos);
  if (k < 0) return undefined;
  const sides = actors.filter((a) => !!a.party && !NO_SIDE.has(a.role));
  // «اعترضت الدفاعات الجوية السعودية صاروخا» (between the word and the weapon), «إن الدفاعات الأوكرانية أسقطت …»
  const interceptor = sides.find((a) => (a.start > k && a.end <= pos) || a.end === k);
  const launcher = namedAttacker(sides, tokens, pos, [], true) ?? launchSubject(sides, tokens, pos);
  return { launcher: launcher ?? null, interceptor: interceptor?.party ?? null };
}
const NO_SIDE: ReadonlySet<string> = new Set(['agency', 'org', 'person']);

/** «صواريخ أطلقها الحوثيون», «مسيرات أطلقتها روسيا»: the actor right after a verb of launching within a few words. */
function launchSubject(sides: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | undefined {
  for (let j = pos + 1; j < tokens.length && j <= pos + LAUNCH_REACH; j++) {
    if (tokens[j].kind === 'punct') return undefined;
    if (tokens[j].variants.some((v) => LAUNCHED.includes(v))) return sides.find((a) => a.start === j + 1)?.party ?? undefined;
  }
  return undefined;
}
const LAUNCH_REACH = 5;

/**
 * «صواريخ أطلقت من لبنان», «قذائف أطلقت من الأراضي السورية», «مسيرات انطلقت من أوكرانيا»: the weapon at `pos` was
 * launched from a place and the verb names no one who launched it. A place of origin is no party: the attacker is
 * unknown unless the clause names one otherwise («صواريخ إسرائيلية», «أطلقها حزب الله»).
 */
export function launchedFromPlace(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): boolean {
  for (let j = pos + 1; j < tokens.length && j <= pos + LAUNCH_REACH; j++) {
    if (tokens[j].kind === 'punct') return false;
    if (!tokens[j].variants.some((v) => LAUNCHED_FROM.includes(v))) continue;
    return tokens[j + 1]?.text === FROM && !actors.some((a) => a.start === j + 1);
  }
  return false;
}
