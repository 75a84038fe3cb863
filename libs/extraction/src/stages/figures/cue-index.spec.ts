import { describe, expect, it } from 'vitest';
import type { Cue, CueKind } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { findWord, has } from '../triggers/token-words.js';
import { tokenize } from '../../text/tokens.js';
import { CueIndex } from './cue-index.js';

/**
 * The look-ups every casualty figure asks: they answer in the order of the cues as found (not of their tokens),
 * with no cue twice, however the lists of several tokens are merged.
 */
const cue = (start: number, end: number, kind: CueKind): LexMatch<Cue> => ({ start, end, data: { kind } });

describe('the cue index of a sentence', () => {
  // the cues out of token order, as a scan of several lexicons may list them
  const later = cue(6, 7, 'wounded');
  const spanning = cue(3, 6, 'killed');
  const earlier = cue(2, 3, 'captured');
  const attack = cue(3, 4, 'attack');
  const index = new CueIndex([later, spanning, earlier, attack]);

  it('lists the cues of a stretch of tokens in the order of the cues', () => {
    expect(index.startingIn(0, 10)).toEqual([later, spanning, earlier, attack]);
    expect(index.startingIn(2, 3)).toEqual([spanning, earlier, attack]);
    expect(index.startingIn(3, 3)).toEqual([spanning, attack]);
    expect(index.startingIn(-5, 1)).toEqual([]);
  });

  it('merges the cues starting at one token and ending at another, a cue in both once', () => {
    expect(index.startingAtOrEndingAt(6, 3)).toEqual([later, earlier]);
    expect(index.startingAtOrEndingAt(3, 6)).toEqual([spanning, attack]);
    expect(index.startingAtOrEndingAt(-1, 7)).toEqual([later]);
    expect(index.startingAtOrEndingAt(9, 9)).toEqual([]);
  });

  it('takes the first or last casualty cue of a stretch by the order of the cues', () => {
    expect(index.categoryIn(0, 10, 'first')).toEqual({ cat: 'wounded', pos: 6 });
    expect(index.categoryIn(0, 10, 'last')).toEqual({ cat: 'captured', pos: 2 });
    expect(index.categoryIn(3, 3, 'last')).toEqual({ cat: 'killed', pos: 3 });
    expect(index.categoryIn(4, 5, 'first')).toBeUndefined();
    expect(index.startsAt(4)).toBe(false);
    expect(index.startsAt(-1)).toBe(false);
  });
});

describe('word tests over long and short lists', () => {
  // a list longer than a few words is asked as a set: the answers are the same
  const long = ['فيضانات', 'زلزال', 'السيول', 'حريق', 'انهيار', 'الغرق', 'كورونا', 'التدافع', 'صاعقه', 'اعصار'];
  const tokens = tokenize('قتل 3 أشخاص في الزلزال وحريق').tokens;

  it('finds the first token with a form of the list', () => {
    expect(findWord(tokens, 0, tokens.length, long)).toBe(4);
    expect(findWord(tokens, 5, tokens.length, long)).toBe(5);
    expect(findWord(tokens, 0, 4, long)).toBe(-1);
    expect(findWord(tokens, 0, tokens.length, ['حريق', 'زلزال'])).toBe(4);
    expect(has(tokens[5], long)).toBe(true);
    expect(has(tokens[0], long)).toBe(false);
  });
});
