import type { MarkerKind } from '../../lexicon/markers.js';
import type { ActorPhrase, Attribution } from '../attribution/attribution.js';
import type { SentenceTiming } from '../carry/carry.js';
import type { PreparedSentence } from '../prepare/prepare.js';
import type { PlacePick } from './places.js';

/** Everything one sentence's drafts are made from. */
export interface SentenceScene {
  index: number;
  sentence: PreparedSentence;
  actors: readonly ActorPhrase[];
  attributions: readonly Attribution[];
  /** The running speaker (null: the outlet). */
  speaker: Attribution | null;
  source: string | null;
  ref: number | null;
  timing: SentenceTiming;
  /** Clause number of each token (from the scope rules). */
  clause: readonly number[] | null;
  /** The scope marker over each token, if any (from the scope rules). */
  blocked?: readonly (MarkerKind | undefined)[];
  cueStarts: readonly number[];
  placesFor: (pos: number) => PlacePick;
}
