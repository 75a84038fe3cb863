import type { Cue } from '../../lexicon/cues.js';
import { Lexicon, type LexMatch } from '../../lexicon/lexicon.js';
import {
  FIRING_NOUNS,
  FRAME_GOVERNORS,
  FRAME_OBJECT_REACH,
  FRAME_SUBJECT_REACH,
  NOT_WAR_FRAMES,
  type FrameKind,
  type FrameRow,
} from '../../lexicon/triggers/not-war-frames.js';
import { normalizeKey } from '../../text/normalize.js';
import type { Token } from '../../text/tokens.js';
import { findWord, has } from './sentence-view.js';

const FRAMES = new Lexicon<FrameKind>();
for (const [kind, row] of Object.entries(NOT_WAR_FRAMES) as [FrameKind, FrameRow][]) FRAMES.addAll(row.words, kind);

/** Cue kinds a `fighting` frame silences. */
const FIGHTING: ReadonlySet<Cue['kind']> = new Set(['clash', 'attack', 'shell', 'air', 'aircraft', 'destroy']);

/** Cue kinds a `deaths` frame silences: the dead and the killing of a sentence passed or carried out. */
const DEATHS: ReadonlySet<Cue['kind']> = new Set(['killed', 'victims']);

/** Cue kinds of an attack: a death told beside one is the attack's, whatever court the sentence names. */
const ATTACKS: ReadonlySet<Cue['kind']> = new Set(['clash', 'attack', 'shell', 'air', 'aircraft', 'blast']);

/** A weapon noun (not the bare «قصف», not a raid noun): what a `weapons` frame silences. */
const isWeaponNoun = (c: Cue) => (c.kind === 'shell' && !c.bare) || c.kind === 'aircraft';

/**
 * The frames of one sentence that make its words of war mean something else (lexicon/triggers/not-war-frames.ts).
 * Scanned once per sentence, at the first fighting cue asked about (most sentences have none); each cue then asks
 * `silences`.
 */
export class NotWarFrames {
  private found: LexMatch<FrameKind>[] | undefined;
  private readonly frameAt = new Map<number, FrameKind>();
  private cueStarts: number[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly clause: readonly number[],
    private readonly cues: readonly LexMatch<Cue>[],
  ) {}

  private frames(): LexMatch<FrameKind>[] {
    if (this.found) return this.found;
    this.found = FRAMES.scan(this.tokens);
    for (const f of this.found) this.frameAt.set(f.start, f.data);
    this.cueStarts = this.cues.map((c) => c.start);
    return this.found;
  }

  /** Is this cue a word of war used for something else? */
  silences(cue: LexMatch<Cue>): boolean {
    const fighting = FIGHTING.has(cue.data.kind);
    if (!fighting && !DEATHS.has(cue.data.kind)) return false;
    const found = this.frames();
    if (!found.length) return false;
    const next = this.frameAt.get(cue.end);
    if (fighting && next && NOT_WAR_FRAMES[next].reach === 'next') return true;
    return found.some((f) => {
      const row: FrameRow = NOT_WAR_FRAMES[f.data];
      if ((row.silences === 'deaths') === fighting) return false;
      if (row.silences === 'weapons' && !isWeaponNoun(cue.data)) return false;
      return this.within(row, f, cue);
    });
  }

  /** Does the sentence tell an attack («هجوم», «قصف», «اشتباكات», a strike)? Asked once. */
  private attackTold(): boolean {
    this.attack ??= this.cues.some((c) => ATTACKS.has(c.data.kind));
    return this.attack;
  }
  private attack: boolean | undefined;

  /**
   * «كشف الحرس الثوري عن صاروخ جديد», «استعرضت الكتائب صواريخ جديدة»: the row's preposition past the subject, then the
   * weapon, with no firing or footage told between and no other cue.
   */
  private isObject(row: FrameRow, f: LexMatch<FrameKind>, cue: LexMatch<Cue>): boolean {
    const t = this.tokens;
    let from = f.end;
    if (row.preposition) {
      const prep = normalizeKey(row.preposition);
      from = -1;
      for (let k = f.end; k < Math.min(cue.start, f.end + FRAME_SUBJECT_REACH) && from < 0; k++) if (t[k].text === prep) from = k + 1;
      if (from < 0) return false;
    }
    if (cue.start < from || cue.start - from > FRAME_OBJECT_REACH) return false;
    return findWord(t, from, cue.start, FIRING_NOUNS) < 0 && !this.cueStarts.some((s) => s >= from && s < cue.start);
  }

  private within(row: FrameRow, f: LexMatch<FrameKind>, cue: LexMatch<Cue>): boolean {
    const sameClause = this.clause[f.start] === this.clause[cue.start];
    switch (row.reach) {
      case 'sentence':
        return true;
      case 'next':
        return false;
      case 'after':
        return sameClause && f.start >= cue.end;
      case 'clause':
        return sameClause && (f.end <= cue.start || (f.start >= cue.end && has(this.tokens[f.start - 1], FRAME_GOVERNORS)));
      case 'object':
        return sameClause && this.isObject(row, f, cue);
      case 'verdict':
        return sameClause && !this.attackTold();
    }
  }
}
