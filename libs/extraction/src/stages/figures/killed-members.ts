import { KILLING_VERB } from '../../lexicon/loss-sides.js';
import type { FigureSentence } from './figure-sentence.js';
import { possessor } from './loss-side.js';

/** Active-only forms of a killing verb: feminine «قتلت», plural «قتلوا», first person «قتلنا» (not the passive «قُتل»). */
const ACTIVE_FORM = /(?:ت|وا|نا)$/;

/**
 * «إن قواته صدت هجوما لقوات الدعم السريع وقتلت أكثر من 100 من عناصرها»: members («عناصرها») that an active killing
 * verb right before the figure has as its object are not the speaker's own (no side counts the members it killed
 * among its own) but those of the last other side named before them. Undefined when the verb is not there or no
 * other side is named.
 */
export function killedOthersParty(sentence: FigureSentence, pos: number, claimant: string | null): string | null | undefined {
  const verb = sentence.tokens[pos - 1];
  if (!verb || !KILLING_VERB.test(verb.text) || !ACTIVE_FORM.test(verb.text)) return undefined;
  const others = sentence.actors.filter((a) => a.party !== claimant);
  const other = possessor({ ...sentence, actors: others, previous: [] }, pos);
  return other ?? undefined;
}
