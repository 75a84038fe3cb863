import { CELEBRATED_PREFIX, CELEBRATION_WORDS } from '../../lexicon/celebrations.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import { FACT_ANCHORS } from '../../lexicon/scope-words.js';
import type { Token } from '../../text/tokens.js';
import { isAnyOf } from './token-words.js';

/**
 * «وخرج المواطنون في بورتسودان احتفالا باستعادة المدينة», «واحتفل السكان في خاركيف بتحرير البلدة»: what a
 * celebration is for («ب…») is a capture or a victory the report has told, not a new one at the celebration's town;
 * it is suspended to the end of its clause, or to a word of time or cause.
 */
export function suspendCelebratedFacts(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!isAnyOf(tokens[k], CELEBRATION_WORDS) || !CELEBRATED_PREFIX.test(tokens[k + 1]!.text)) continue;
    let j = k + 1;
    for (; j < tokens.length && clause[j] === clause[k] && !isAnyOf(tokens[j], FACT_ANCHORS); j++) blocked[j] ??= 'modal';
    k = j - 1;
  }
}
