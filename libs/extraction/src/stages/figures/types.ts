import type { Affiliation, CasualtyCategory, MaterielFigure } from '../../extraction-record.js';
import type { Token } from '../../text/tokens.js';

/**
 * Casualty and materiel figures of one sentence. A figure is a quantity (or a
 * dual, or a singular right after a casualty word) attached to a person or
 * equipment noun, with a category found on the noun itself («قتلى»), just
 * before («مقتل 3 جنود») or just after («50 جندياً قُتلوا»).
 */
export interface RawCasualty {
  pos: number;
  category: CasualtyCategory;
  affiliation: Affiliation;
  /** Party read from the phrase itself; undefined = decide from context. */
  party: string | null | undefined;
  /** The noun carries a possessive pronoun («جنودها», «مواطنينا»): the speaker's own people. */
  own: boolean;
  /** The attackers («المهاجمين», «ثلاثة آخرون» after «أحد المهاجمين»): the accused side. */
  attacker?: boolean;
  /** Soldiers, officers, police («جنود», «ضباط»): a state's forces, not an armed group's. */
  stateForce?: boolean;
  /** Others hit together with this figure («قائد الكتيبة مع ستة آخرين»): of its country, not of its ranks. */
  companionsOf?: RawCasualty;
  /** «واعتقال ثالث»: one more of this figure's people, of its side whatever that side turns out to be. */
  sameSideAs?: RawCasualty;
  /** «3 من جنود البعثة» in a sentence that names no mission: the mission that speaks, if one does. */
  ofMission?: true;
  /** Soldiers counted after an armed group's men («5 من عناصر الدعم السريع و3 جنود»): the state that group fights. */
  foughtBy?: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** A running toll («حتى الآن», «منذ بدء الحرب»): its period in days (either end unknown). */
  cumulative?: { from: number | null; to: number | null };
}

export interface RawMateriel extends Omit<MaterielFigure, 'party'> {
  pos: number;
  party: string | null | undefined;
  /** The status word's tokens [start, end) when one stands before the equipment: its subject did it. */
  statusAt?: readonly [number, number];
}

/** Reads the party of a single nisba or country token (undefined: the token is neither). */
export type NisbaReader = (t: Token) => string | null | undefined;
