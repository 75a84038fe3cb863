import type { Cue, CueKind } from './cue.js';

/** One row of a cue table: phrases as written in news copy, and what they cue. */
export interface CueRow {
  kind: CueKind;
  words: readonly string[];
  extra?: Partial<Cue>;
}

export const row = (kind: CueKind, words: readonly string[], extra?: Partial<Cue>): CueRow => ({ kind, words, extra });
