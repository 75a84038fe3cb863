import { DIPLOMACY_ROWS } from './cues/diplomacy.js';
import { EXPLOSIVE_ROWS } from './cues/explosives.js';
import { FIGHTING_ROWS } from './cues/fighting.js';
import { GROUND_ROWS } from './cues/ground.js';
import { TOLL_ROWS } from './cues/toll.js';
import { WEAPON_ROWS } from './cues/weapons.js';
import { Lexicon } from './lexicon.js';
import type { Cue } from './cues/cue.js';

export type { Cue, CueCondition, CueKind } from './cues/cue.js';

/**
 * Event cues and the words around them that change their meaning.
 * All entries are written as in news copy; the lexicon normalises them and the
 * tokenizer strips clitics, so «والاشتباكات», «بالقصف», «لقصف» all match.
 */

/** The cue tables, by concept, in lexicon/cues/. */
export const CUES = new Lexicon<Cue>();
for (const rows of [FIGHTING_ROWS, WEAPON_ROWS, TOLL_ROWS, GROUND_ROWS, DIPLOMACY_ROWS, EXPLOSIVE_ROWS])
  for (const r of rows) CUES.addAll(r.words, { kind: r.kind, ...r.extra });
