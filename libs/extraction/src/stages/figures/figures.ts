/**
 * Casualty and materiel figures of one sentence (casualties.ts, materiel.ts);
 * their parties once the report's sides are known (figure-party.ts).
 */
export type { NisbaReader, RawCasualty, RawMateriel } from './types.js';
export { findCasualties } from './casualties.js';
export { findMateriel } from './materiel.js';
export { markRunningToll, runningTollOf } from './running-toll.js';
