import { FIRE_EXCHANGED, RELEASED_ONES, RELEASE_WORDS } from '../../lexicon/figures/releases.js';
import { SELF_OBJECTS } from '../../lexicon/triggers/surrender-and-fate.js';
import type { Token } from '../../text/tokens.js';
import { findWord, findWordInClause, has } from '../triggers/sentence-view.js';
import type { RawCasualty } from './types.js';

/** How far before captives a release word may stand: «أفرجت قوات الدعم السريع عن 50 جنديا» is five words. */
const RELEASE_REACH = 6;
/** How far after captives a release told of them («4 رهائن أفرجت عنهم»), or a surrender's reflexive, may stand. */
const RELEASED_REACH = 4;
const SELF_REACH = 8;

/**
 * Captives at token `at` that are freed or traded, not taken: a release word before them in their clause
 * («أفرجت حماس عن 10 رهائن», «إطلاق سراح 30 أسيرا», «مقابل 12 أسيرا»), or a release turned back to them after
 * («4 رهائن أفرجت عنهم حماس», «أسرى أطلق سراحهم»). Men who hand themselves over («سلموا أنفسهم») surrender.
 */
export function releasedAt(tokens: readonly Token[], at: number): boolean {
  let from = at;
  while (from > 0 && from > at - RELEASE_REACH && tokens[from - 1].kind !== 'punct') from--;
  const before = findWord(tokens, from, at, RELEASE_WORDS);
  if (before >= 0 && !isFireExchange(tokens, before)) return findWordInClause(tokens, before + 1, at + SELF_REACH, SELF_OBJECTS) < 0;
  const k = findWordInClause(tokens, at + 1, at + 1 + RELEASED_REACH, RELEASE_WORDS);
  return k >= 0 && (has(tokens[k], RELEASED_ONES) || has(tokens[k + 1], RELEASED_ONES));
}

/** «تبادل إطلاق النار» at k: fire exchanged, no captives. */
export function isFireExchange(tokens: readonly Token[], k: number): boolean {
  return has(tokens[k + 1], FIRE_EXCHANGED);
}

/** The figures less captives freed or traded (a release or an exchange is no capture). */
export function withoutReleased(tokens: readonly Token[], figures: RawCasualty[]): RawCasualty[] {
  return figures.filter((f) => f.category !== 'captured' || !releasedAt(tokens, f.pos));
}
