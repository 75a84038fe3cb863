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
export const STATUS_OF: Partial<Record<Cue['kind'], MaterielFigure['status']>> = { destroy: 'destroyed', seize: 'captured', lose: 'lost' };

/**
 * The cues of a sentence looked up by start and end token, in their original
 * order: every question below is about a few tokens around a figure, and
 * scanning all cues for each figure would make a long sentence quadratic
 * (chaos fuzzing sends such sentences).
 */
export class CueIndex {
  private readonly byStart = new Map<number, number[]>();
  private readonly byEnd = new Map<number, number[]>();

  constructor(readonly cues: readonly LexMatch<Cue>[]) {
    cues.forEach((c, i) => {
      (this.byStart.get(c.start) ?? this.byStart.set(c.start, []).get(c.start)!).push(i);
      (this.byEnd.get(c.end) ?? this.byEnd.set(c.end, []).get(c.end)!).push(i);
    });
  }

  /** Cues whose start is in [lo, hi], in the order of `cues`. */
  startingIn(lo: number, hi: number): LexMatch<Cue>[] {
    const found: number[] = [];
    for (let s = Math.max(0, lo); s <= hi; s++) found.push(...(this.byStart.get(s) ?? []));
    return found.sort((a, b) => a - b).map((i) => this.cues[i]!);
  }

  /** Cues that start at `start` or end at `end`, in the order of `cues`. */
  startingAtOrEndingAt(start: number, end: number): LexMatch<Cue>[] {
    const found = new Set([...(this.byStart.get(start) ?? []), ...(this.byEnd.get(end) ?? [])]);
    return [...found].sort((a, b) => a - b).map((i) => this.cues[i]!);
  }

  startsAt(start: number): boolean {
    return this.byStart.has(start);
  }

  /** The casualty category of the first (or last) casualty cue starting in [lo, hi]. */
  categoryIn(lo: number, hi: number, nearest: 'first' | 'last'): { cat: CasualtyCategory; pos: number } | undefined {
    let found: { cat: CasualtyCategory; pos: number } | undefined;
    for (const c of this.startingIn(lo, hi)) {
      const cat = CATEGORY_OF[c.data.kind];
      if (!cat) continue;
      if (nearest === 'first') return { cat, pos: c.start };
      found = { cat, pos: c.start };
    }
    return found;
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
