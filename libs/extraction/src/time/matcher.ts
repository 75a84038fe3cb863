import type { Token } from '../text/tokens.js';
import type { DateExpr } from './types.js';

/** Where a matcher looks: the sentence's tokens, the token at hand, and the reference day. */
export interface DateSite {
  tokens: readonly Token[];
  i: number;
  t: Token;
  /** The token's variants. */
  v: readonly string[];
  ref: number | null;
}

/**
 * A matcher's verdict at a token: the expression it read (none when it recognised a
 * look-alike to skip, such as «روسيا اليوم») and the last token it consumed.
 * `undefined`: not this matcher's pattern, ask the next one.
 */
export interface DateMatch {
  expr?: DateExpr;
  last: number;
}

export type DateMatcher = (site: DateSite) => DateMatch | undefined;

/** A day `offset` days before the reference (negative: after it). */
export function relativeDay(site: DateSite, span: { start: number; end: number }, offset: number, extra: Partial<DateExpr> = {}): DateExpr {
  const day = site.ref === null ? null : site.ref - offset;
  return { start: span.start, end: span.end, kind: 'day', from: day, to: day, relative: true, offset, ...extra };
}
