/**
 * Wakes subscribers after an append has committed, outside the appending
 * transaction.
 *
 * Why not NOTIFY inside the append's transaction: PostgreSQL serialises the
 * commits of every transaction that has queued a notification (a global lock
 * taken in PreCommit_Notify and held until the commit record is flushed), so
 * concurrent appends could no longer share a WAL flush, which cost concurrent
 * writers most of their throughput (bench/optimisations.md, item 1). The NOTIFY sent afterwards commits without waiting for a WAL
 * flush (see notifySql), so it costs the appender no second disk flush.
 *
 * Announcements are coalesced: while one NOTIFY is on its way, later ones
 * collapse into a single NOTIFY of the highest position (subscribers read
 * everything up to the head on any wake-up; the payload is informational).
 * A lost wake-up (the process dies between commit and NOTIFY) costs latency
 * only: subscribers poll anyway.
 */
export class CommitNotifier {
  private pending: number | null = null;
  private sending: Promise<void> | null = null;

  constructor(private readonly send: (position: number) => Promise<unknown>) {}

  /** Queues a wake-up for `position`; returns at once. */
  announce(position: number): void {
    this.pending = Math.max(this.pending ?? 0, position);
    this.sending ??= this.drain();
  }

  /** Resolves once every announcement so far has been sent (tests, shutdown). */
  async flushed(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending !== null) {
        const position = this.pending;
        this.pending = null;
        // Best effort: a failed wake-up leaves subscribers to their polling.
        await this.send(position).catch(() => undefined);
      }
    } finally {
      this.sending = null;
    }
  }
}
