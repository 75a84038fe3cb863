import { DIPLOMACY_ROWS } from './cues/diplomacy.js';
import { EXPLOSIVE_ROWS } from './cues/explosives.js';
import { FIGHTING_ROWS } from './cues/fighting.js';
import { GROUND_ROWS } from './cues/ground.js';
import { TOLL_ROWS } from './cues/toll.js';
import { WEAPON_ROWS } from './cues/weapons.js';
import { Lexicon } from './lexicon.js';

/**
 * Event cues and the words around them that change their meaning.
 * All entries are written as in news copy; the lexicon normalises them and the
 * tokenizer strips clitics, so «والاشتباكات», «بالقصف», «لقصف» all match.
 */
export type CueKind =
  | 'clash'
  | 'attack' // a generic attack: typed by its weapon, or a clash on positions
  | 'shell'
  | 'air' // intrinsically an air strike: غارة، ضربة جوية، قصف جوي
  | 'aircraft' // a flying weapon: a strike only with an attack verb
  | 'killed'
  | 'wounded'
  | 'captured'
  | 'missing'
  | 'victims' // ضحايا، خسائر بشرية: casualties without a category
  | 'losses' // خسائر: people or equipment
  | 'destroy' // materiel status
  | 'seize'
  | 'lose'
  | 'control'
  | 'ceasefire'
  | 'violation'
  | 'mobilization'
  | 'request'
  | 'statement'
  | 'talks'
  | 'monitoring'
  | 'mediation'
  | 'blast'; // an explosion, IED or suicide bombing: no scored type of its own, and it types the attack it names

export interface Cue {
  kind: CueKind;
  weapon?: string;
  /** Cue strength (vaguer cues get a lower confidence). */
  weight?: number;
  /** A verb or noun of firing that names no weapon («قصف»): an aircraft next to it makes it an air strike. */
  bare?: boolean;
}

/** The cue tables, by concept, in lexicon/cues/. */
export const CUES = new Lexicon<Cue>();
for (const rows of [FIGHTING_ROWS, WEAPON_ROWS, TOLL_ROWS, GROUND_ROWS, DIPLOMACY_ROWS, EXPLOSIVE_ROWS])
  for (const r of rows) CUES.addAll(r.words, { kind: r.kind, ...r.extra });
