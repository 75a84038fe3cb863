import { authorityOpponent, isBelligerent } from '../../region/index.js';
import { HOME_ALLIES } from '../../lexicon/actor-table.js';
import type { DocContext } from '../attribution/attribution.js';

export type Dyad = readonly [string, string];

/** The report's two sides: the two belligerents named most, else the one named and the country it is about. */
export function dyadOf(ctx: DocContext): Dyad | null {
  const states = [...ctx.partyCounts.entries()].filter(([p]) => isBelligerent(p)).sort((a, b) => b[1] - a[1]);
  const first = states[0]?.[0];
  if (!first) return null;
  // «حزب الله» and Lebanon, «حماس» and Palestine are one side, not two; so are groups that spoke together
  const second = states.slice(1).find(([p]) => !allied(first, p) && !ctx.spokeTogether(first, p))?.[0];
  if (second) return [first, second];
  if (ctx.mainCountry && ctx.mainCountry !== first && !allied(first, ctx.mainCountry)) return [first, ctx.mainCountry];
  return null;
}

/** A group and the home state it is not at war with (lexicon/actor-table.ts). */
const allied = (a: string, b: string): boolean => HOME_ALLIES.get(a) === b || HOME_ALLIES.get(b) === a;

/** The other side of a party in the dyad; the outlet's voice (null) is taken as the first side's. */
export function opponentIn(dyad: Dyad | null, party: string | null): string | null {
  if (!dyad) return null;
  if (party === dyad[0]) return dyad[1];
  if (party === dyad[1]) return dyad[0];
  if (party === null) return dyad[0];
  return authorityOpponent(party, dyad) ?? null;
}
