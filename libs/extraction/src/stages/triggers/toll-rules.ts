import type { CueKind } from '../../lexicon/cues.js';
import type { Token } from '../../text/tokens.js';
import { BODIES, FAMILIES_OF, FAMILIES_WORD, FOR_PREFIX, PRISONER_EXCHANGE } from '../../lexicon/triggers/captured-context.js';
import { CONDOLENCE_WORDS } from '../../lexicon/triggers/condolence.js';
import { HIT_ADJECTIVES, HIT_COPULAS, HIT_NOUNS, HIT_THINGS, NON_VIOLENT_CAUSES } from '../../lexicon/triggers/not-casualties.js';
import { isFireExchange, releasedAt } from '../figures/released.js';
import { findWord, has } from './sentence-view.js';
import { event, tokensOf, type CueSite, type Fired } from './site.js';

/** The human toll: killed, wounded, captured or missing, and the words that only look like a toll. */

export function toll(s: CueSite, weight: number): Fired | null {
  const t = tokensOf(s);
  if (findWord(t, s.i - 2, s.i, CONDOLENCE_WORDS) >= 0) return null;
  // «إصابات دقيقة», «الإصابة كانت دقيقة» (hits), «ضحايا الفيضانات» (a flood): no casualties of violence
  const hit =
    has(t[s.cue.end], HIT_ADJECTIVES) ||
    (has(t[s.cue.end], HIT_COPULAS) && has(t[s.cue.end + 1], HIT_ADJECTIVES)) ||
    // «إصابة السفينة بمقذوف», «إصابة مقر القيادة»: the hit noun with a thing hit as its object wounds no one
    (has(t[s.i], HIT_NOUNS) && has(t[s.cue.end], HIT_THINGS));
  if (hit || nonViolentCause(s)) return null;
  return event('CasualtiesClaimed', weight);
}

/**
 * «ضحايا الفيضانات», «12 وفاة و30 إصابة بفيروس كورونا», «أدت السيول إلى مقتل 12», «حصيلة ضحايا الزلزال إلى 900
 * قتيل»: a cause of death that is no violence, in the cue's clause, after the cue or before it; not an adjective of
 * the definite noun before it («الجيش الحر», the Free Army, is no heat).
 */
function nonViolentCause(s: CueSite): boolean {
  const t = tokensOf(s);
  const clause = s.view.facts.scope.clause;
  const isCause = (k: number) => k >= 0 && clause[k] === clause[s.i] && !qualifiesNounBefore(t, k);
  let k = findWord(t, s.cue.end, s.cue.end + 7, NON_VIOLENT_CAUSES);
  if (!isCause(k)) k = findWord(t, s.i - CAUSE_BEFORE_REACH, s.i, NON_VIOLENT_CAUSES);
  if (!isCause(k)) return false;
  return !s.view.facts.cues.some((c) => ATTACK_KINDS.has(c.data.kind) && clause[c.start] === clause[s.i]);
}
/** How far before a casualty word its non-violent cause may stand: «تسبب زلزال بقوة 6 درجات في مقتل» is six words. */
const CAUSE_BEFORE_REACH = 7;
/** A definite word right after a definite noun is its adjective («الجيش الحر»); a cause follows a preposition or a noun. */
const qualifiesNounBefore = (t: readonly Token[], k: number) => DEFINITE.test(t[k].text) && DEFINITE.test(t[k - 1]?.text ?? '');
const DEFINITE = /^ال/;
const ATTACK_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['clash', 'attack', 'shell', 'air', 'aircraft']);

/** «أسر الضحايا» (families), «تبادل الأسرى» (an exchange): not a capture. */
export function captured(s: CueSite): Fired | null {
  const t = tokensOf(s);
  const families = findWord(t, s.cue.end, s.cue.end + 1, FAMILIES_OF) >= 0 || FOR_PREFIX.test(t[s.i].text);
  if (has(t[s.i], FAMILIES_WORD) && families) return null;
  const exchange = s.view.anywhere(PRISONER_EXCHANGE);
  // «تسليم 12 عنصرا أنفسهم»: handing themselves over is a surrender, no exchange; nor is «تبادل إطلاق النار»
  // (asked only when there is an exchange: the sentence's cues are many in a flood of them)
  const surrender = () => s.view.facts.cues.some((c) => c.start === exchange && c.data.when === 'self');
  if (exchange >= 0 && !isFireExchange(t, exchange) && !surrender()) return null;
  // «أفرجت حماس عن 10 رهائن», «4 رهائن أفرجت عنهم»: captives freed, no capture
  if (releasedAt(t, s.i)) return null;
  return toll(s, 0.9);
}

/** «تسليم جثث 12 مقاتلا في إطار صفقة التبادل»: bodies handed over were counted when they died. */
export const bodiesExchanged = (s: CueSite) => has(tokensOf(s)[s.i], BODIES) && s.view.anywhere(PRISONER_EXCHANGE) >= 0;
