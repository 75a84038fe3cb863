import type { Cue, CueKind } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';

/**
 * Cue kinds of fighting and its toll. A word of another kind of event (talks after a
 * ceasefire, …) closes the reach of a later time word or place; these do not.
 */
export const FIGHTING_CUES: ReadonlySet<CueKind> = new Set<CueKind>([
  'clash',
  'attack',
  'shell',
  'air',
  'aircraft',
  'killed',
  'wounded',
  'captured',
  'missing',
  'victims',
  'losses',
  'destroy',
  'seize',
  'lose',
  'control',
  'blast',
]);

/** Token positions of the sentence's event words of other kinds than fighting. */
export function otherEventStarts(cues: readonly LexMatch<Cue>[]): number[] {
  return cues.filter((c) => !FIGHTING_CUES.has(c.data.kind)).map((c) => c.start);
}
