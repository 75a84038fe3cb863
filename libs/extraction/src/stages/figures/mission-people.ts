/** Soldiers of the mission the report speaks of: «3 من جنود البعثة», «جنديان من عناصر القوة». */
import { MISSION_ADJECTIVES, MISSION_CODES, MISSION_MEMBERS, MISSION_NOUNS } from '../../lexicon/figures/casualty-context.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { PersonNoun } from '../../lexicon/nouns.js';
import type { Token } from '../../text/tokens.js';
import { has } from '../triggers/token-words.js';
import type { ActorPhrase } from '../attribution/attribution.js';

/**
 * «3 من جنود البعثة», «جنديا من قوات البعثة», «جنديين من عناصر القوة»: the people are of «the mission» or «the force»
 * (construct, or after «من» and a word for its men), no other force named by an adjective after it («القوة الأمنية»).
 */
export function ofTheMission(tokens: readonly Token[], noun: LexMatch<PersonNoun>): boolean {
  let k = noun.end;
  if (tokens[k]?.text === 'من') k++;
  if (k > noun.end && has(tokens[k], MISSION_MEMBERS)) k++;
  if (!has(tokens[k], MISSION_NOUNS)) return false;
  const next = tokens[k + 1];
  return !next || next.kind !== 'word' || !/^ال/.test(next.text) || has(next, MISSION_ADJECTIVES);
}

/** The peacekeeping mission a sentence names («قالت قوات أتميس», «بعثة مينوسما»), if any. */
export function missionNamed(actors: readonly ActorPhrase[]): string | undefined {
  return actors.find((a) => a.role === 'org' && isMission(a.party))?.party ?? undefined;
}

export const isMission = (party: string | null | undefined): boolean => !!party && MISSION_CODES.has(party);
