/**
 * The ranges of start dates, per incident kind, whose current incidents a batch has loaded
 * from the table, so that relinking near a change asks the table once per range.
 *
 * Kept merged (overlapping ranges as one) and in order, so that asking costs a binary search:
 * a batch adds a range per event, and a list scanned on every relink cost the batch's size each
 * time (issue 17). Start dates are compared as text, as the table compares them; the union of
 * two overlapping text ranges is the range from the lower start to the higher end.
 */
export class LoadedRanges {
  private readonly byKind = new Map<string, { from: string[]; to: string[] }>();

  /** Whether every start date within [from, to] lies in a loaded range. */
  covers(kind: string, from: string, to: string): boolean {
    const r = this.byKind.get(kind);
    if (!r) return false;
    const i = upperBound(r.from, from) - 1;
    return i >= 0 && r.to[i]! >= to;
  }

  add(kind: string, from: string, to: string): void {
    let r = this.byKind.get(kind);
    if (!r) this.byKind.set(kind, (r = { from: [], to: [] }));
    // The ranges it overlaps: the last starting at or before `from` (when it reaches `from`) to the last starting by `to`.
    let lo = upperBound(r.from, from);
    if (lo > 0 && r.to[lo - 1]! >= from) lo--;
    const hi = upperBound(r.from, to);
    const start = lo < hi && r.from[lo]! < from ? r.from[lo]! : from;
    const end = lo < hi && r.to[hi - 1]! > to ? r.to[hi - 1]! : to;
    r.from.splice(lo, hi - lo, start);
    r.to.splice(lo, hi - lo, end);
  }
}

/** The first index whose value is after `x`. */
function upperBound(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DAY_MS = 86_400_000;

/** The calendar day `days` after (before, when negative) an ISO date. */
export function shiftDay(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
