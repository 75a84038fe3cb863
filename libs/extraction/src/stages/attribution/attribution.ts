/**
 * Who says what: actor phrases (actors.ts), speech and attribution words
 * (speakers.ts), and the document memory that resolves bare heads and names
 * learned earlier (types.ts). Claimants, requesters and the accused of one
 * event are chosen in claimants.ts.
 */
export type { ActorPhrase, Attribution } from './types.js';
export { DocContext } from './types.js';
export { findActors, placeCountryLookup } from './actors.js';
export { findAttributions } from './speakers.js';
