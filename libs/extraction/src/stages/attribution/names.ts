import { CUES } from '../../lexicon/cues.js';
import { MARKERS } from '../../lexicon/markers.js';
import { SPEECH } from '../../lexicon/speech.js';
import { NAME_STOP_WORDS } from '../../lexicon/attribution/name-stop-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';

// depends on the surface form alone (text and its variants), so it is worked out once per form
const NAME_SLOT = newFormSlot();

/** Could the token be part of a person's name (no article, no function word, no known actor, cue or marker)? */
export function nameLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return formMemo(t, NAME_SLOT, nameLikeWord);
}

function nameLikeWord(t: Token): boolean {
  const w = t.text.replace(/^[وف]/, '');
  if (w.length < 3 || /^ال/.test(w) || NAME_STOP_WORDS.has(t.text) || NAME_STOP_WORDS.has(w)) return false;
  if (ACTORS.matchAt([t], 0) || CUES.matchAt([t], 0) || SPEECH.matchAt([t], 0) || MARKERS.matchAt([t], 0)) return false;
  return true;
}

/** The name without a leading «و»/«ف». */
export function bareName(t: Token): string {
  return t.text.replace(/^[وف]/, '');
}
