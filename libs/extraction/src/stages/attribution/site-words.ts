import { ATTACK_TARGETS, TARGET_SITES } from '../../lexicon/attribution/target-words.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';

// asked for every token near every attack cue: worked out once per surface form (a 10 KB «قصف» flood spent a tenth of
// its time scanning the list)
const SITE_SLOT = newFormSlot();
const TARGET_SLOT = newFormSlot();
const SITE_WORDS: ReadonlySet<string> = new Set(TARGET_SITES);
const TARGET_WORDS: ReadonlySet<string> = new Set(ATTACK_TARGETS);

const isSiteForm = (u: Token): boolean => u.variants.some((v) => SITE_WORDS.has(v));
const isTargetForm = (u: Token): boolean => u.variants.some((v) => TARGET_WORDS.has(v));

/** «مواقع», «مقر», «قاعدة», «مستودعات», «سفينة»: a place or thing an attack hits — no force («جنود», «الوحدات»). */
export const isSite = (t: Token | undefined): boolean => !!t && formMemo(t, SITE_SLOT, isSiteForm);

/** «مواقع», «مقر» or «جنود», «دورية»: a site or a force an attack hits, whose holder is named after it. */
export const isAttackTarget = (t: Token | undefined): boolean => !!t && formMemo(t, TARGET_SLOT, isTargetForm);
