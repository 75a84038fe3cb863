/**
 * Casualty and materiel figures of one sentence (casualties.ts, materiel.ts), less captives freed or traded
 * (released.ts); their parties once the report's sides are known (figure-party.ts).
 */
import { findCasualties as countedCasualties } from './casualties.js';
import { withoutReleased } from './released.js';
import type { RawCasualty } from './types.js';

export type { NisbaReader, RawCasualty, RawMateriel } from './types.js';
export { findMateriel } from './materiel.js';
export { markRunningToll, runningTollOf } from './running-toll.js';

/** The sentence's casualty figures (a release or an exchange of captives counts no capture). */
export function findCasualties(...args: Parameters<typeof countedCasualties>): RawCasualty[] {
  return withoutReleased(args[0], countedCasualties(...args));
}
