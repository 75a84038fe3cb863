/** The state of one sentence's casualty scan (casualties.ts), and what each step of it finds. */
import type { CasualtyCategory } from '../../extraction-record.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { PersonNoun } from '../../lexicon/nouns.js';
import type { Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import type { CueIndex } from './cue-index.js';
import type { NisbaReader, RawCasualty } from './types.js';

export interface CasualtyScan {
  tokens: readonly Token[];
  index: CueIndex;
  actors: readonly ActorPhrase[];
  nisba: NisbaReader;
  /** The figure read last (coordinated and linked figures build on it). */
  prev: RawCasualty | undefined;
  /** The last attacker noun that was no figure itself («أحد المهاجمين فجر نفسه»), which «آخرون» may refer to. */
  lastAttacker: number | undefined;
  /** Organisation phrases by their first token, built once when a figure first asks (missionOfPeople). */
  orgsAt?: ReadonlyMap<number, ActorPhrase>;
}

/** A person noun with its quantity; else the last token to skip to (null: only this one). */
export type NounStep =
  | {
      noun: LexMatch<PersonNoun>;
      nounAt: number;
      qty: Quantity;
      /** The count comes after its people and cue: «قتل من بين أفرادها اثنان» (category read before «من»). */
      partitive?: CasualtyCategory;
      /** A toll's new total («ارتفع عدد القتلى إلى 19»): everyone's, not more of the figure before. */
      total?: true;
    }
  | { skipTo: number | null };

export type NounFound = Extract<NounStep, { noun: unknown }>;

/** «وإصابة», «وأصيب»: a word with «و» glued to it begins a clause of its own. */
export function startsClause(t: Token | undefined): boolean {
  return !!t && t.text.startsWith('و') && t.text !== 'و';
}
