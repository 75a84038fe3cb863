/**
 * Casualty and materiel figures of one sentence (casualties.ts, materiel.ts), less captives freed or traded
 * (released.ts) and the ones who speak (speakers.ts); their parties once the report's sides are known (figure-party.ts).
 */
import { findCasualties as countedCasualties } from './casualties.js';
import { withoutReleased } from './released.js';
import { withoutSpeakers } from './speakers.js';
import type { RawCasualty } from './types.js';

export type { NisbaReader, RawCasualty, RawMateriel } from './types.js';
export { findMateriel } from './materiel.js';
export { markRunningToll, runningTollOf } from './running-toll.js';

/** The sentence's casualty figures (a release or an exchange of captives counts no capture; a speaker is no casualty). */
export function findCasualties(...args: Parameters<typeof countedCasualties>): RawCasualty[] {
  const [tokens, cues] = args;
  return withoutSpeakers(tokens, cues, withoutReleased(tokens, countedCasualties(...args)));
}
