import { RANGE_DASHES, SPAN_TO, YEAR_DUALS, YEAR_RANGE_MAX } from '../lexicon/time/modifiers.js';
import type { Token } from '../text/tokens.js';
import { dayNumber } from './calendar.js';
import type { DateMatcher } from './matcher.js';
import { has, yearAt } from './time-tokens.js';

const hasAny = (t: Token | undefined, words: readonly string[]) => !!t && words.some((w) => t.variants.includes(w));

/**
 * «في الفترة من 2014 إلى 2016», «من عام 2011 حتى عام 2013», «بين عامي 2014 و2016», «بين 2014 و2016», «2014-2016»:
 * a span of years. A period told whole is a recap of what it holds (background; the story does not move to it);
 * its end is not after the reference.
 */
export const yearRange: DateMatcher = ({ tokens, i, ref }) => {
  const dual = hasAny(tokens[i], YEAR_DUALS);
  const first = yearAt(tokens, dual ? i + 1 : i);
  if (!first) return undefined;
  const joiner = tokens[first.end];
  const second = yearAt(tokens, first.end + 1);
  if (!joiner || !second || second.y <= first.y || second.y - first.y > YEAR_RANGE_MAX) return undefined;
  const opener = tokens[i - 1];
  const joined = RANGE_DASHES.includes(joiner.text)
    ? !dual
    : joiner.text === 'و'
      ? dual || has(opener, 'بين')
      : hasAny(joiner, SPAN_TO) && has(opener, 'من');
  if (!joined) return undefined;
  const to = dayNumber(second.y, 12, 31);
  const expr = {
    start: i,
    end: second.end,
    kind: 'year' as const,
    from: dayNumber(first.y, 1, 1),
    to: ref === null ? to : Math.min(to, ref),
    relative: false,
    recap: true as const,
  };
  return { expr, last: second.end - 1 };
};
