import type { CasualtyCategory, MaterielFigure } from '../../extraction-record.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { ActorPhrase } from '../attribution/attribution.js';

export const CATEGORY_OF: Partial<Record<Cue['kind'], CasualtyCategory>> = {
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  missing: 'missing',
};
const NONE: readonly LexMatch<Cue>[] = [];

export const STATUS_OF: Partial<Record<Cue['kind'], MaterielFigure['status']>> = { destroy: 'destroyed', seize: 'captured', lose: 'lost' };

/**
 * The cues of a sentence looked up by start and end token, in their original
 * order: every question below is about a few tokens around a figure, and
 * scanning all cues for each figure would make a long sentence quadratic
 * (chaos fuzzing sends such sentences). A look-up at one token hands back the
 * stored list itself (read-only, no copy): a flood of figures asks several per figure.
 */
export class CueIndex {
  /** Cues by start and by end token, each list in the order of `cues`. */
  private readonly byStart: (LexMatch<Cue>[] | undefined)[] = [];
  private readonly byEnd: (LexMatch<Cue>[] | undefined)[] = [];
  /** Each cue's place in `cues`, to merge the lists of several tokens in that order. */
  private readonly order = new Map<LexMatch<Cue>, number>();

  constructor(readonly cues: readonly LexMatch<Cue>[]) {
    cues.forEach((c, i) => {
      if (!this.order.has(c)) this.order.set(c, i);
      (this.byStart[c.start] ??= []).push(c);
      (this.byEnd[c.end] ??= []).push(c);
    });
  }

  /** Cues whose start is in [lo, hi], in the order of `cues`. */
  startingIn(lo: number, hi: number): readonly LexMatch<Cue>[] {
    let found: readonly LexMatch<Cue>[] = NONE;
    let merged = false;
    for (let s = Math.max(0, lo); s <= hi; s++) {
      const at = this.byStart[s];
      if (!at) continue;
      if (!found.length) found = at;
      else {
        found = [...found, ...at];
        merged = true;
      }
    }
    return merged ? this.inOrder(found) : found;
  }

  /** Cues that start at `start` or end at `end`, in the order of `cues`. */
  startingAtOrEndingAt(start: number, end: number): readonly LexMatch<Cue>[] {
    const starting = start >= 0 ? this.byStart[start] : undefined;
    const ending = end >= 0 ? this.byEnd[end] : undefined;
    if (!ending) return starting ?? NONE;
    if (!starting) return ending;
    // both lists are in the order of `cues`: merge them, a cue in both once
    const out: LexMatch<Cue>[] = [];
    for (let a = 0, b = 0; a < starting.length || b < ending.length;) {
      const x = starting[a];
      const y = ending[b];
      if (x === y) {
        out.push(x!);
        a++;
        b++;
      } else if (y === undefined || (x !== undefined && this.order.get(x)! < this.order.get(y)!)) out.push(starting[a++]!);
      else out.push(ending[b++]!);
    }
    return out;
  }

  private inOrder(cues: readonly LexMatch<Cue>[]): LexMatch<Cue>[] {
    return [...cues].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  startsAt(start: number): boolean {
    return start >= 0 && this.byStart[start] !== undefined;
  }

  /** The casualty category of the first (or last) casualty cue starting in [lo, hi] (first and last in the order of `cues`). */
  categoryIn(lo: number, hi: number, nearest: 'first' | 'last'): { cat: CasualtyCategory; pos: number } | undefined {
    let found: LexMatch<Cue> | undefined;
    let foundAt = 0;
    for (let s = Math.max(0, lo); s <= hi; s++) {
      for (const c of this.byStart[s] ?? NONE) {
        if (!CATEGORY_OF[c.data.kind]) continue;
        const at = this.order.get(c)!;
        if (found && (nearest === 'first' ? at > foundAt : at < foundAt)) continue;
        found = c;
        foundAt = at;
      }
    }
    return found && { cat: CATEGORY_OF[found.data.kind]!, pos: found.start };
  }
}

/** The party of the first nisba, country, head (not contextual) or group phrase starting in [from, to]. */
export function partyNear(actors: readonly ActorPhrase[], from: number, to: number): string | null | undefined {
  for (const a of actors) {
    if (a.start >= from && a.start <= to && (a.role === 'nisba' || a.role === 'country' || a.role === 'head' || a.role === 'group')) {
      if (a.role === 'head' && a.contextual) continue;
      return a.party;
    }
  }
  return undefined;
}
