import { ADVERBIALS } from '../../lexicon/attribution/adverbials.js';
import { ADDRESSING_VERBS } from '../../lexicon/attribution/request-verbs.js';
import type { Token } from '../../text/tokens.js';
import { DEFINITE } from '../../text/word-shapes.js';

/**
 * «دعا وزير الخارجية تركيا إلى التدخل», «حث رئيس الوزراء إسرائيل على وقف الغارات», «طالبت الحكومة روسيا بـ…»: after a
 * verb of addressing, a state named right after a definite word of the head's phrase is the verb's object, not the
 * head's owner (a definite word takes no owner after it: «وزير خارجية تركيا» does, «وزير الخارجية تركيا», «رئيس المجلس
 * الرئاسي تركيا» do not). `head` spans the head's tokens; `next` is where the state's name starts.
 */
export function addressedAfterHead(tokens: readonly Token[], head: { start: number; end: number }, next: number): boolean {
  if (!DEFINITE.test(tokens[next - 1]?.text ?? '')) return false;
  for (let k = head.start - 1; k >= 0 && k >= head.start - VERB_REACH; k--) {
    const t = tokens[k];
    if (t.variants.some((v) => ADDRESSING_VERBS.has(v))) return true;
    if (!ADVERBIALS.has(t.text)) return false;
  }
  return false;
}

/** How far before the head its verb may stand («دعا اليوم وزير الخارجية …»). */
const VERB_REACH = 3;
