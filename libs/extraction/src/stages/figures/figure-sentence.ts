import type { PlaceMatch } from '../../gazetteer/find-places.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';

/** A sentence as the party rules need it. */
export interface FigureSentence {
  tokens: readonly Token[];
  actors: readonly ActorPhrase[];
  /** The sentence before's actors: a possessive («من بين أفرادها») may point back to one of them. */
  previous?: readonly ActorPhrase[];
  /** The places the sentence names (the sentence's own, not carried from before). */
  places?: readonly PlaceMatch[];
}
