/**
 * The first index in [from, to) where `before` is false, for a predicate that holds on a prefix of the range and not
 * after it — a sorted list searched for a bound («the first start after token i», «how many positions are at most p»).
 * Binary search: rules asked once per cue find their neighbours without walking the sentence.
 */
export function partitionPoint(to: number, before: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
