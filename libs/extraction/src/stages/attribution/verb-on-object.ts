import { ATTACK_PREDICATES } from '../../lexicon/attribution/attacker-words.js';

/**
 * «نفذتها», «شنه», «شنتها», «أطلقها»: a verb of attacking or launching with the object pronoun, in a relative clause
 * after the attack it names («غارة نفذتها القوات الأمريكية»): its subject, after it, did the attack. Normalised.
 */
export function isVerbOnObject(text: string | undefined): boolean {
  const m = text === undefined ? null : OBJECT_PRONOUN.exec(text);
  return !!m && ATTACK_PREDICATES.has(text!.slice(0, m.index));
}
const OBJECT_PRONOUN = /(?:ه|ها|هم)$/;
