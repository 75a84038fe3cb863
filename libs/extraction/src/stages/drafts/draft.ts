import type { Claimant, IncidentEventType } from '../../extraction-record.js';
import type { Place } from '../prepare/places.js';
import type { RawCasualty, RawMateriel } from '../figures/figures.js';

/** A day range in days since the epoch (either end unknown). */
export interface DateSpan {
  from: number | null;
  to: number | null;
}

/** An event as the sentence rules see it, before figures get their parties and the record its shape. */
export interface Draft {
  type: IncidentEventType;
  sentence: number;
  pos: number;
  claimant: Claimant;
  accused: string | null;
  /** The side attacked, when the claimant says it attacked (`accused` is then the claimant); else from the dyad. */
  target?: string | null;
  /** The attack's subject is named but is no one party («طائرات التحالف قصفت …»): no attacker is guessed for it. */
  attackerUnnamed?: boolean;
  /** The attack hit a ship: its side is the flag or owner named (`target`), else none, and no attacker is guessed. */
  vessel?: boolean;
  /** A clash whose other side is armed men of no party («مع مسلحين قبليين»): no target is guessed. */
  sideUnnamed?: boolean;
  /** The attack a response answered («ردا على الغارات»): a fact of its own, never folded into the response. */
  answered?: boolean;
  /** The claimant only condemns the attack, told away from its home («أدانت القاهرة الغارات على رفح»): no side of it. */
  condemnerAway?: boolean;
  date: DateSpan | null;
  background: boolean;
  locations: Place[];
  weapons: string[];
  casualties: RawCasualty[];
  materiel: RawMateriel[];
  weight: number;
  explicitDate: boolean;
  /** Locations borrowed from nearby sentences (wildcards when merging). */
  inferredPlaces: boolean;
  /** Drafted from a headline (merged only into a matching body event). */
  headline: boolean;
  /** An attack told again after a word of time («بعدما شنت الغارة الأمريكية»): one of the report's, whoever tells it. */
  retold?: boolean;
  /** A shelling read from a bare «قصف» alone: an air strike the report tells at its place and day absorbs it. */
  bareStrike?: boolean;
}
