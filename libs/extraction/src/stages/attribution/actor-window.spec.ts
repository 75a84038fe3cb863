import { describe, expect, it } from 'vitest';
import { actorsOverlapping, actorsStartingIn } from './actor-window.js';
import type { ActorPhrase } from './types.js';

const actor = (start: number, end: number, party: string): ActorPhrase => ({
  start,
  end,
  party,
  name: party,
  role: 'country',
  military: false,
  contextual: false,
});

describe('actors near a token', () => {
  const inOrder = [actor(0, 2, 'A'), actor(3, 8, 'B'), actor(5, 6, 'C'), actor(5, 7, 'D'), actor(12, 13, 'E')];
  const parties = (list: readonly ActorPhrase[]) => list.map((a) => a.party);

  it('gives the actors starting in a range, in the sentence order', () => {
    expect(parties(actorsStartingIn(inOrder, 5, 12))).toEqual(['C', 'D', 'E']);
    expect(parties(actorsStartingIn(inOrder, 6, 11))).toEqual([]);
    expect(parties(actorsStartingIn(inOrder, -4, 0))).toEqual(['A']);
  });

  it('gives the actors covering a token of a range, however far back a long phrase starts', () => {
    expect(parties(actorsOverlapping(inOrder, 7, 7))).toEqual(['B']);
    expect(parties(actorsOverlapping(inOrder, 2, 5))).toEqual(['B', 'C', 'D']);
    expect(parties(actorsOverlapping(inOrder, 8, 11))).toEqual([]);
  });

  it('answers the same for a list that is not in start order', () => {
    const shuffled = [inOrder[3]!, inOrder[0]!, inOrder[4]!, inOrder[1]!, inOrder[2]!];
    expect(parties(actorsStartingIn(shuffled, 5, 12))).toEqual(['D', 'E', 'C']);
    expect(parties(actorsOverlapping(shuffled, 2, 5))).toEqual(['D', 'B', 'C']);
  });
});
