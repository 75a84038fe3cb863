import type { Token } from '../../text/tokens.js';

/**
 * An aircraft's model between its noun and its side: «طائرات إف-16 عراقية», «مسيرة تي بي 2 تركية», «طائرة MQ-9
 * أمريكية». Numbers, hyphens before a number, Latin words, and short letter names joined to a number.
 */
const DESIGNATION_REACH = 4;

/** The index of the first token after a model that starts at `i` (`i` itself when none does). */
export function afterDesignation(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + DESIGNATION_REACH && isDesignationPart(tokens, k)) k++;
  return k;
}

/** The index of the first token of a model that ends right before `i` (`i` itself when none does). */
export function designationBefore(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && k > i - DESIGNATION_REACH && isDesignationPart(tokens, k - 1)) k--;
  return k;
}

function isDesignationPart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'number') return true;
  if (t.text === '-') return tokens[k + 1]?.kind === 'number';
  if (t.kind !== 'word') return false;
  if (/^[a-z]+$/i.test(t.text)) return true;
  // «إف», «سو», «تي بي»: a short letter name with a number or a hyphen within two tokens after it
  return t.text.length <= 3 && [tokens[k + 1], tokens[k + 2]].some((n) => n?.kind === 'number' || n?.text === '-');
}
