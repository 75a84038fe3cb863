import { TARGET_SITES } from '../../lexicon/attribution/target-words.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';

// asked for every token near every attack cue: worked out once per surface form (a 10 KB «قصف» flood spent a tenth of
// its time scanning the list)
const SITE_SLOT = newFormSlot();
const SITE_WORDS: ReadonlySet<string> = new Set(TARGET_SITES);

const isSiteForm = (u: Token): boolean => u.variants.some((v) => SITE_WORDS.has(v));

/** «مواقع», «مقر», «قاعدة», «مستودعات»: a site an attack hits, whose holder is named after it. */
export const isSite = (t: Token | undefined): boolean => !!t && formMemo(t, SITE_SLOT, isSiteForm);
