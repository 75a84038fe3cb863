import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { SPEECH } from '../../lexicon/speech.js';
import type { Token } from '../../text/tokens.js';
import { CATEGORY_OF } from './cue-index.js';
import type { RawCasualty } from './types.js';
import { ACCUSATIVE } from '../../text/word-shapes.js';

/** How far after a verb of saying its speaker's words stand: «قال مسؤول عسكري» is two. */
const SPEAKER_REACH = 2;

/**
 * «أعلن مصدر عسكري مقتل 3 جنود», «تحدث ضابط عن مقتل 5 مسلحين»: the one who speaks, right after the verb of saying
 * with no casualty word between, is no casualty (unlike «أعلن مقتل جندي»).
 */
export function withoutSpeakers(tokens: readonly Token[], cues: readonly LexMatch<Cue>[], figures: RawCasualty[]): RawCasualty[] {
  return figures.filter((f) => !isSpeaker(tokens, cues, f));
}

function isSpeaker(tokens: readonly Token[], cues: readonly LexMatch<Cue>[], f: RawCasualty): boolean {
  // «نعت الحركة قائدا»: a person in the accusative is the verb's object (one mourned), not who speaks
  if (f.min !== 1 || f.max !== 1 || f.vague || ACCUSATIVE.test(tokens[f.pos].text)) return false;
  for (let k = f.pos - 1; k >= Math.max(0, f.pos - SPEAKER_REACH); k--) {
    if (tokens[k].kind !== 'word') return false;
    if (SPEECH.matchAt(tokens, k)?.data === 'verb')
      return !cues.some((c) => CATEGORY_OF[c.data.kind] !== undefined && c.start > k && c.start <= f.pos);
  }
  return false;
}
