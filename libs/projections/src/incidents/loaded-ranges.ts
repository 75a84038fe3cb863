/**
 * The ranges of start dates, per incident kind, whose current incidents a batch has loaded
 * from the table, so that relinking near a change asks the table once per range.
 */
export class LoadedRanges {
  private readonly byKind = new Map<string, { from: string; to: string }[]>();

  covers(kind: string, from: string, to: string): boolean {
    return (this.byKind.get(kind) ?? []).some((r) => r.from <= from && to <= r.to);
  }

  add(kind: string, from: string, to: string): void {
    let ranges = this.byKind.get(kind);
    if (!ranges) this.byKind.set(kind, (ranges = []));
    ranges.push({ from, to });
  }
}

const DAY_MS = 86_400_000;

/** The calendar day `days` after (before, when negative) an ISO date. */
export function shiftDay(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
