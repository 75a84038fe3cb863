import { GROUP_CODES } from '../../lexicon/actor-table.js';
import { CARE_INSTITUTIONS, CARE_PLACES, NO_PARTY_QUALIFIERS } from '../../lexicon/attribution/speaking-bodies.js';
import type { Actor } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';

/**
 * «وقالت مصادر طبية إن …», «ذكرت لجنة حقوقية»: a head with no party of its own, qualified as medical, humanitarian,
 * rights or local, or placed in a hospital, speaks for no party; it does not take the party of the speaker before it (whose victims its count
 * would then become). `after` and `next` are the two tokens after the head.
 */
export function qualifiedAsNoParty(head: Actor, after: Token | undefined, next: Token | undefined): boolean {
  if (head.role !== 'head' || head.military || !after || after.kind !== 'word') return false;
  // «مسؤول في مستشفى الفاشر»: of a hospital
  return NO_PARTY_QUALIFIERS.has(after.text) || (after.text === 'في' && !!next && CARE_PLACES.has(next.text));
}

/**
 * «وقالت وزارة الصحة إن 15 شخصا قتلوا» after an armed group spoke: a bare ministry of health or civil defence is the
 * state's of the report, not the group's. Undefined when the rule does not apply.
 */
export function careInstitutionParty(head: Actor, lastParty: string | null, home: string | null): string | null | undefined {
  if (!CARE_INSTITUTIONS.has(head.name) || !lastParty || !GROUP_CODES.has(lastParty)) return undefined;
  return home;
}
