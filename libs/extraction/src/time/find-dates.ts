import { DATE_WORDS } from '../lexicon/time/date-words.js';
import { formMemo, newFormSlot, type Token } from '../text/tokens.js';
import { EXPLICIT_MATCHERS } from './explicit.js';
import type { DateMatcher } from './matcher.js';
import { joinBoundedSpans, markComparisons, narrowToParts, markDatelines, markDeadlines, markSince, mergeRanges } from './ranges.js';
import { markNights } from './nights.js';
import { numberMayStartDate } from './number-starts.js';
import { RELATIVE_MATCHERS } from './relative.js';
import type { DateExpr } from './types.js';

export const MATCHERS: readonly DateMatcher[] = [...RELATIVE_MATCHERS, ...EXPLICIT_MATCHERS];
const DATE_SLOT = newFormSlot();
const isDateWord = (t: Token): boolean => t.variants.some((x) => DATE_WORDS.has(x));

/**
 * All time expressions of one sentence, left to right. `ref` may be null:
 * relative expressions then have null ranges but keep their constraints.
 */
export function findDates(tokens: readonly Token[], ref: number | null): DateExpr[] {
  const out: DateExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') continue;
    // one hash probe per variant rules out most tokens before the matchers; a count by what follows it
    if (t.kind === 'word' && !formMemo(t, DATE_SLOT, isDateWord)) continue;
    if (t.kind === 'number' && !numberMayStartDate(tokens, i)) continue;
    const site = { tokens, i, t, v: t.variants, ref };
    for (const matcher of MATCHERS) {
      const match = matcher(site);
      if (!match) continue;
      if (match.expr) out.push(match.expr);
      i = match.last;
      break;
    }
  }
  markComparisons(tokens, out);
  narrowToParts(tokens, out, ref);
  mergeRanges(tokens, out);
  joinBoundedSpans(tokens, out);
  markNights(tokens, out, ref);
  markDeadlines(tokens, out);
  markSince(tokens, out);
  markDatelines(tokens, out);
  return out;
}
