import { CUES } from '../../lexicon/cues.js';
import { COMPLEMENTIZER } from '../../lexicon/attribution/adverbials.js';
import type { Token } from '../../text/tokens.js';
import { actorsStartingIn } from './actor-window.js';
import type { ActorPhrase } from './types.js';

/**
 * The speaker of a verb of saying whose subject (`found`, if any) starts at `after`: an unknown speaker («إذاعة الأندلس
 * التابعة لحركة الشباب»), or an outlet or office with no party of its own («وكالة سبأ التابعة للحوثيين»), named as a
 * group's, is the group.
 */
export function ownedSpeaker(
  tokens: readonly Token[],
  actors: readonly ActorPhrase[],
  after: number,
  found: ActorPhrase | undefined,
): ActorPhrase | undefined {
  if (!found) return ownerSpeaker(tokens, actors, after);
  if (found.party || (found.role !== 'agency' && found.role !== 'head')) return found;
  return ownerSpeaker(tokens, actors, found.end) ?? found;
}

/**
 * «وقالت إذاعة الأندلس التابعة لحركة الشباب إن …», «وقال المستشار الإعلامي لقائد قوات الدعم السريع إن …», «وقالت غرفة
 * عمليات الفتح المبين التابعة لهيئة تحرير الشام إن …»: a speaker the lexicon does not know (an outlet, an office, an
 * operations room), named as a group's by «لـ» or «التابعة لـ», speaks for the group. Only a phrase of nouns between the
 * verb and the group (no cue: «أعلن مقتل قائد لحركة الشباب» is no speaker) and the «أن» of the speech right after it.
 */
function ownerSpeaker(tokens: readonly Token[], actors: readonly ActorPhrase[], after: number): ActorPhrase | undefined {
  const owner = actorsStartingIn(actors, after + 1, after + PHRASE_WORDS)[0];
  if (!owner?.party || owner.role !== 'group' || !ownedBy(tokens[owner.start], tokens[owner.start - 1], tokens[owner.start - 2]))
    return undefined;
  for (let k = after; k < owner.start; k++) if (!nounOfName(tokens[k])) return undefined;
  for (let k = owner.end; k < Math.min(tokens.length, owner.end + SPEECH_REACH); k++) {
    if (COMPLEMENTIZER.has(tokens[k].text)) return owner;
    if (tokens[k].kind !== 'word' || actorsStartingIn(actors, k, k).length > 0) return undefined;
  }
  return undefined;
}

/** How many words an unknown speaker's name may have («غرفة عمليات الفتح المبين التابعة»). */
const PHRASE_WORDS = 6;
/** «لحركة الشباب في بيان إن»: a few words («في بيان») may stand between the group and the «أن». */
const SPEECH_REACH = 4;

/**
 * «لحركة», «لقائد» (the «لـ» of belonging glued on), or after «التابعة», «التابع»; «التي يديرها الحوثيون» (run by);
 * «المقربة من الحرس الثوري» (close to).
 */
function ownedBy(first: Token, prev: Token | undefined, before: Token | undefined): boolean {
  const glued = first.text.startsWith('ل') && !first.text.startsWith('ال');
  if (glued || (!!prev && (BELONGING_WORDS.has(prev.text) || RUN_BY_VERBS.has(prev.text)))) return true;
  return prev?.text === 'من' && !!before && CLOSE_TO_WORDS.has(before.text);
}
const BELONGING_WORDS: ReadonlySet<string> = new Set(['التابعه', 'التابع', 'الموالي', 'المواليه']);
/** «التي يديرها», «الذي تديره»: a verb of running with the outlet as its object (normalised). */
const RUN_BY_VERBS: ReadonlySet<string> = new Set(['يديرها', 'تديرها', 'يديره', 'تديره', 'تملكها', 'يملكها', 'تملكه', 'يملكه']);
/** «المقربة من»: close to a group (normalised). */
const CLOSE_TO_WORDS: ReadonlySet<string> = new Set(['المقربه', 'المقرب', 'القريبه', 'القريب']);

/** A word of a name: no number or punctuation, no cue. */
function nounOfName(t: Token): boolean {
  return t.kind === 'word' && !CUES.matchAt([t], 0) && !COMPLEMENTIZER.has(t.text);
}
