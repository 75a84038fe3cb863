import type { Cue, CueKind } from '../../lexicon/cues.js';
import { Lexicon, type LexMatch } from '../../lexicon/lexicon.js';
import { CIVIL_TARGETS, PROTESTERS } from '../../lexicon/triggers/civil-targets.js';
import { ASSASSINATION_WORDS } from '../../lexicon/figures/assassination.js';
import { INSTRUMENT_PREFIX } from '../../lexicon/triggers/aircraft-context.js';
import type { Token } from '../../text/tokens.js';
import type { StrikeType } from '../carry/carry.js';
import type { Scope } from './scope.js';
import { partitionPoint } from '../../text/partition-point.js';
import { findWord } from './token-words.js';
import { DEFINITE } from '../../text/word-shapes.js';

export { findWord, findWordInClause, has, isAnyOf } from './token-words.js';

/** Tokens allowed between a weapon subject and its verb (adjectives: «تركية», «أخرى», «جوية إسرائيلية»). */
const WEAPON_SUBJECT_GAP = 2;
/** Tokens allowed between an attack word and the weapon after it (none, or a preposition written apart). */
const WEAPON_OBJECT_GAP = 1;

const CIVIL = new Lexicon<true>().addAll(CIVIL_TARGETS, true);
const PROTEST = new Lexicon<true>().addAll(PROTESTERS, true);

const NOT_STANDOFF = 'heavy weapons';

/** A killing or a wounding: a weapon with «ب» after its verb names what it was done with. */
const HARM: ReadonlySet<CueKind> = new Set<CueKind>(['killed', 'wounded']);

export interface SentenceFacts {
  tokens: readonly Token[];
  cues: readonly LexMatch<Cue>[];
  scope: Scope;
  /** Token positions covered by materiel figures (weapons there are losses, not strikes). */
  materielSpans: ReadonlySet<number>;
  /** Token positions of places (for control changes). */
  placeTokens: ReadonlySet<number>;
  /** The report mentions rockets, missiles or artillery somewhere. */
  docHasStandoff: boolean;
  /** The kind of the last strike the report told before this sentence. */
  lastStrike: StrikeType | null;
}

/**
 * A sentence as the trigger rules ask about it. Whole-sentence lookups are asked once per cue:
 * memoised so a sentence of n cues costs O(n), not O(n²) (chaos fuzzing, 10 KB budget).
 */
export class SentenceView {
  readonly n: number;
  /** Weapon cues that are not part of a materiel figure. */
  readonly weapons: readonly LexMatch<Cue>[];
  /** Explosion, IED and suicide-bombing cues. */
  private readonly blasts: readonly LexMatch<Cue>[];
  private readonly wholeSentence = new Map<readonly string[], number>();
  private weaponAnywhere: boolean | undefined;
  private everyWeaponBare: boolean | undefined;
  /** Sorted token positions of the aircraft and air-strike cues among `weapons`. */
  private readonly aircraftStarts: readonly number[];
  private civilClauses: Set<number> | undefined;
  private protestClauses: Set<number> | undefined;
  private assassinationClauses: Set<number> | undefined;

  constructor(readonly facts: SentenceFacts) {
    this.n = facts.tokens.length;
    this.weapons = facts.cues.filter(
      (c) => (c.data.kind === 'shell' || c.data.kind === 'air' || c.data.kind === 'aircraft') && !facts.materielSpans.has(c.start),
    );
    this.blasts = facts.cues.filter((c) => c.data.kind === 'blast');
    this.aircraftStarts = this.weapons
      .filter((w) => w.data.kind !== 'shell')
      .map((w) => w.start)
      .sort((a, b) => a - b);
  }

  /** Every weapon cue of the sentence is a bare one («قصف», not «قصف مدفعي»). */
  allWeaponsBare(): boolean {
    return (this.everyWeaponBare ??= this.weapons.every((w) => w.data.bare));
  }

  /** An explosion cue in the clause of token i, or within 6 tokens of it. */
  blastNear(i: number): boolean {
    const clause = this.facts.scope.clause;
    return this.blasts.some((b) => Math.abs(b.start - i) <= 6 || clause[b.start] === clause[i]);
  }

  /** An aircraft or air-strike cue (not a lost aircraft) within `reach` tokens of token i. */
  aircraftNear(i: number, reach: number): boolean {
    const starts = this.aircraftStarts;
    // the first aircraft at or after i - reach (asked once per cue)
    const first = partitionPoint(starts.length, (k) => starts[k]! < i - reach);
    return first < starts.length && starts[first]! <= i + reach;
  }

  /** An air-strike cue («غارة», «ضربة جوية») ending at most `reach` tokens before token i. */
  airStrikeBefore(i: number, reach: number): boolean {
    return this.weapons.some((w) => w.data.kind === 'air' && w.end <= i && i - w.end < reach);
  }

  /**
   * Is a weapon cue the subject or instrument of the attack word at [start, end)? Its clause-mate
   * just before it, past at most an adjective or two («غارات أخرى استهدفت», «مسيرة تركية استهدفت»),
   * or just after it («استهدفت طائرة مسيرة», «هجوم بطائرات مسيرة»).
   */
  weaponAttacks(start: number, end: number): boolean {
    const clause = this.facts.scope.clause;
    return this.weapons.some(
      (w) =>
        clause[w.start] === clause[start] &&
        ((w.end <= start && start - w.end <= WEAPON_SUBJECT_GAP) || (w.start >= end && w.start - end <= WEAPON_OBJECT_GAP)),
    );
  }

  /** A civil target («سفينة شحن», «مسيرة احتجاجية») in this clause. */
  civilTargetIn(clause: number): boolean {
    this.civilClauses ??= new Set(CIVIL.scan(this.facts.tokens).map((m) => this.facts.scope.clause[m.start]));
    return this.civilClauses.has(clause);
  }

  /**
   * A word of assassination in this clause («قتل مسؤول محلي في عملية اغتيال بإطلاق نار»): an attack there is how
   * one person was killed, no fighting between forces (its toll is told by the killing word).
   */
  assassinationIn(clause: number): boolean {
    this.assassinationClauses ??= new Set(ASSASSINATION_WORDS.scan(this.facts.tokens).map((m) => this.facts.scope.clause[m.start]));
    return this.assassinationClauses.has(clause);
  }

  /** Protesters or a demonstration named in this clause. */
  protestersIn(clause: number): boolean {
    this.protestClauses ??= new Set(PROTEST.scan(this.facts.tokens).map((m) => this.facts.scope.clause[m.start]));
    return this.protestClauses.has(clause);
  }

  /** A stand-off weapon named as the instrument after token i, in its clause. */
  instrumentAfter(i: number, weapons: readonly LexMatch<Cue>[] = this.weapons): boolean {
    const { tokens, scope } = this.facts;
    return weapons.some(
      (w) =>
        w.start > i &&
        scope.clause[w.start] === scope.clause[i] &&
        INSTRUMENT_PREFIX.test(tokens[w.start].text) &&
        w.data.weapon !== NOT_STANDOFF,
    );
  }

  /**
   * A generic attack, or a killing or wounding told as an act («اغتالت إسرائيل القيادي … بطائرة مسيرة», «قتل جنديان
   * بمسيرة»), before token i in its clause: a weapon after it with «ب» is what it was done with. Not the wounded or the
   * dead named by a definite word («نقل الجندي المصاب بطائرة هليكوبتر»: carried, not struck).
   */
  attackOrHarmBefore(i: number): boolean {
    const { tokens, cues, scope } = this.facts;
    return cues.some(
      (c) =>
        c.start < i &&
        scope.clause[c.start] === scope.clause[i] &&
        // «المصاب», «والقتلى»: a definite word is a person named by the harm, not the act
        (c.data.kind === 'attack' || (HARM.has(c.data.kind) && !DEFINITE.test(tokens[c.start].text))),
    );
  }

  /** Token index of one of these words anywhere in the sentence, or -1. */
  anywhere(words: readonly string[]): number {
    let found = this.wholeSentence.get(words);
    if (found === undefined) this.wholeSentence.set(words, (found = findWord(this.facts.tokens, 0, this.n, words)));
    return found;
  }

  /** A shelling or air-strike cue (not a lost weapon) anywhere in the sentence. */
  hasStrikeWeapon(): boolean {
    this.weaponAnywhere ??= this.facts.cues.some(
      (c) => (c.data.kind === 'shell' || c.data.kind === 'air') && !this.facts.materielSpans.has(c.start),
    );
    return this.weaponAnywhere;
  }
}
