import { ATTACK_TARGETS } from '../../lexicon/attribution/target-words.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';

// asked for every token near every attack cue: worked out once per surface form (a 10 KB «قصف» flood spent a tenth of
// its time scanning the list)
const TARGET_SLOT = newFormSlot();
const TARGET_WORDS: ReadonlySet<string> = new Set(ATTACK_TARGETS);

const isTargetForm = (u: Token): boolean => u.variants.some((v) => TARGET_WORDS.has(v));

/**
 * «مواقع», «مقر», «قاعدة» or «جنود», «دورية»: a site or a force an attack hits, whose holder is named after it. (The
 * sites alone, places and things, are TARGET_SITES: what the hit noun takes as its object.)
 */
export const isAttackTarget = (t: Token | undefined): boolean => !!t && formMemo(t, TARGET_SLOT, isTargetForm);
