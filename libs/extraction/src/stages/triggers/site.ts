import type { IncidentEventType } from '../../extraction-record.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import type { SentenceView } from './sentence-view.js';

/** One cue in its sentence, as a rule sees it. */
export interface CueSite {
  cue: LexMatch<Cue>;
  /** Token index of the cue. */
  i: number;
  /** The scope marker over the cue (negation, modality, call, …), if any. */
  blocked: MarkerKind | undefined;
  view: SentenceView;
}

/** A typed event at the cue: weapons and a weight (how sure the cue makes us). */
export interface Fired {
  type: IncidentEventType;
  weapons: string[];
  weight: number;
  /** A bare «قصف» with no weapon named in its sentence: shelling or an air strike, the report decides. */
  bare?: boolean;
}

/**
 * Which scope markers silence a cue before its rule runs: `asserted` cues need a plain statement
 * (no negation, modality or call, and not the object of a request), `asserted-or-called` cues may be
 * called for (ceasefires), `own` rules read the scope themselves.
 */
export type Gate = 'asserted' | 'asserted-or-called' | 'own';

export interface TriggerRule {
  gate: Gate;
  fire: (site: CueSite) => Fired | null;
}

export const event = (type: IncidentEventType, weight: number, weapons: string[] = []): Fired => ({ type, weapons, weight });
export const cueWeight = (s: CueSite) => s.cue.data.weight ?? 1;
export const tokensOf = (s: CueSite) => s.view.facts.tokens;
