/**
 * Word tests over a sentence's tokens and walks over its clauses, with no view of the sentence: the scope rules use
 * them, and the sentence view (which reads the scope) re-exports the word tests.
 */
import type { Token } from '../../text/tokens.js';

/** Does the token have one of these forms? */
export const has = (t: Token | undefined, words: readonly string[]) => !!t && hasForm(t.variants, words);

/** Is the token a word with one of these forms (a set)? */
export const isAnyOf = (t: Token | undefined, words: ReadonlySet<string>) => t?.kind === 'word' && t.variants.some((v) => words.has(v));

/** The first token in [from, to) with one of these forms, or -1. */
export function findWord(tokens: readonly Token[], from: number, to: number, words: readonly string[]): number {
  // plain loops: this runs for every cue over its neighbourhood, and a closure per token showed in profiles
  const end = Math.min(tokens.length, to);
  for (let k = Math.max(0, from); k < end; k++) if (hasForm(tokens[k].variants, words)) return k;
  return -1;
}

/** Is one of the variants in the word list? A longer list is asked as a set: one probe per variant, not a scan of the list. */
function hasForm(variants: readonly string[], words: readonly string[]): boolean {
  if (words.length <= SHORT_LIST) {
    for (let a = 0; a < variants.length; a++) if (words.includes(variants[a])) return true;
    return false;
  }
  let set = WORD_SETS.get(words);
  if (!set) WORD_SETS.set(words, (set = new Set(words)));
  for (let a = 0; a < variants.length; a++) if (set.has(variants[a])) return true;
  return false;
}

/** Every cue of a flood asks these lists of its neighbours, so the longer ones are kept as sets too. */
const SHORT_LIST = 8;
const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The first token in [from, to) with one of these forms before any punctuation, or -1. */
export function findWordInClause(tokens: readonly Token[], from: number, to: number, words: readonly string[]): number {
  const end = Math.min(tokens.length, to);
  for (let k = Math.max(0, from); k < end; k++) {
    if (tokens[k].kind === 'punct') return -1;
    if (has(tokens[k], words)) return k;
  }
  return -1;
}

/** The last token of the clause of token `k` (clause numbers only grow along a sentence). */
export function clauseEnd(clause: readonly number[], k: number): number {
  let to = k;
  while (to + 1 < clause.length && clause[to + 1] === clause[k]) to++;
  return to;
}

/** Each clause once: from..to inclusive. */
export function forEachClause(clause: readonly number[], visit: (from: number, to: number) => void): void {
  for (let from = 0; from < clause.length;) {
    const to = clauseEnd(clause, from);
    visit(from, to);
    from = to + 1;
  }
}

/**
 * «…، كما قصفت», «…، بينما شنت», «…، فيما أسقطت», «… في حين قتل»: the word at `k` opens a clause linked to the one
 * before, that tells another fact (a word after punctuation; «حين» after «في»).
 */
export function opensLinkedClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || !LINKING_WORD.test(t.text)) return false;
  return t.text === 'حين' ? tokens[k - 1]?.text === 'في' : tokens[k - 1]?.kind === 'punct';
}
/** «فيما», «بينما», «حين» (of «في حين»), «كما», with the conjunction or not. */
export const LINKING_WORD = /^[وف]?(?:فيما|بينما|حين|كما)$/;
