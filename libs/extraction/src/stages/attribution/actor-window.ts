import type { ActorPhrase } from './types.js';
import { partitionPoint } from '../../text/partition-point.js';

/**
 * The actors of a sentence whose phrase starts between two tokens (inclusive), in the sentence's order. Rules that
 * look a few words around each cue ask this instead of walking every actor: a sentence naming a place hundreds of
 * times made each cue's walk as long as the sentence (quadratic). Actors come in start order; for a list that is not,
 * the answer is the same, found by a walk.
 */
export function actorsStartingIn(actors: readonly ActorPhrase[], from: number, to: number): readonly ActorPhrase[] {
  if (actors.length === 0) return actors;
  if (actors.length <= WALKED) return actors.filter((a) => a.start >= from && a.start <= to);
  const order = orderOf(actors);
  if (!order) return actors.filter((a) => a.start >= from && a.start <= to);
  return actors.slice(firstAtLeast(order.starts, from), firstAtLeast(order.starts, to + 1));
}

/** The actors of a sentence whose phrase covers any token between two tokens (inclusive), in the sentence's order. */
export function actorsOverlapping(actors: readonly ActorPhrase[], from: number, to: number): readonly ActorPhrase[] {
  if (actors.length === 0) return actors;
  if (actors.length <= WALKED) return actors.filter((a) => a.start <= to && a.end > from);
  const order = orderOf(actors);
  if (!order) return actors.filter((a) => a.start <= to && a.end > from);
  const first = firstAtLeast(order.starts, from - order.longest);
  return actors.slice(first, firstAtLeast(order.starts, to + 1)).filter((a) => a.end > from);
}

/**
 * A list this short is walked: the same answer (no phrase covering a token starts further back than the longest),
 * without working out and keeping the order of each short list made for one question (the sides near a cue: a
 * flood of cues made thousands, each kept in the WeakMap until the collector cleared it).
 */
const WALKED = 16;

interface StartOrder {
  starts: readonly number[];
  /** The longest phrase, in tokens: no phrase covering a token starts further back than this. */
  longest: number;
}

const orders = new WeakMap<readonly ActorPhrase[], StartOrder | null>();

/** The actors' starts when they are in start order, else null. */
function orderOf(actors: readonly ActorPhrase[]): StartOrder | null {
  let order = orders.get(actors);
  if (order === undefined) {
    const starts = actors.map((a) => a.start);
    const sorted = starts.every((s, i) => i === 0 || s >= starts[i - 1]!);
    order = sorted ? { starts, longest: Math.max(0, ...actors.map((a) => a.end - a.start)) } : null;
    orders.set(actors, order);
  }
  return order;
}

const firstAtLeast = (sorted: readonly number[], value: number): number => partitionPoint(sorted.length, (i) => sorted[i]! < value);
