import { authorityOpponent, isBelligerent } from '../../region/index.js';
import type { DocContext } from '../attribution/attribution.js';

export type Dyad = readonly [string, string];

/** The report's two sides: the two belligerents named most, else the one named and the country it is about. */
export function dyadOf(ctx: DocContext): Dyad | null {
  const states = [...ctx.partyCounts.entries()].filter(([p]) => isBelligerent(p)).sort((a, b) => b[1] - a[1]);
  if (states.length >= 2) return [states[0][0], states[1][0]];
  if (states.length === 1 && ctx.mainCountry && ctx.mainCountry !== states[0][0]) return [states[0][0], ctx.mainCountry];
  return null;
}

/** The other side of a party in the dyad; the outlet's voice (null) is taken as the first side's. */
export function opponentIn(dyad: Dyad | null, party: string | null): string | null {
  if (!dyad) return null;
  if (party === dyad[0]) return dyad[1];
  if (party === dyad[1]) return dyad[0];
  if (party === null) return dyad[0];
  return authorityOpponent(party, dyad) ?? null;
}
