/**
 * Group commit for appends made in their own transaction.
 *
 * Every commit waits for its WAL flush; 16 writers appending one event each
 * pay 16 transactions, 16 round trips and, unless PostgreSQL happens to
 * share them, 16 flushes. Here, while a group is on its way, later appends
 * queue; when it is back they go together: one call of
 * `sitrep_append_group`, one transaction, one commit, and each caller gets
 * exactly the rows it would have had alone (the SQL runs the requests in
 * queue order, each with the one-append logic, and reports conflicts and
 * duplicates as statuses, never as errors).
 *
 * - An append that arrives with nothing in flight is sent at once, alone.
 * - A caller's promise settles only after its group has committed.
 * - If the group's statement fails (a unique violation racing another
 *   process, a deadlock, a serialization failure), its members are sent
 *   again one by one, in queue order, each in its own transaction, so each
 *   gets its own outcome. Re-sending is safe: an append whose ids are
 *   already stored answers `already_appended`. After a lost or refused
 *   connection (`splitAfter`), every member gets that error at once instead,
 *   as each would have alone: the outcome is unknown, and re-posting is safe.
 * - A group holds at most `maxEvents` events and `maxBytes` of JSON (an
 *   append larger than that still goes, alone).
 */
export interface GroupMember<Rows> {
  /** Events in this append. */
  readonly events: number;
  /** Size of its JSON parameter, in UTF-16 code units (close enough to bytes for a cap). */
  readonly bytes: number;
  /** Used for a group of one, and for each member after a failed group. */
  readonly alone: () => Promise<Rows>;
}

export interface AppendGroupsOptions {
  /** Most events in one group (default 1 000). */
  maxEvents?: number;
  /** Most characters of event JSON in one group (default 4 MiB). */
  maxBytes?: number;
  /** Groups on their way at once (default 1). */
  maxInFlight?: number;
  /**
   * Whether a failed group's members are worth sending again one by one
   * (default: always). Not after a lost or refused connection: each member
   * alone would fail the same way, one after another, while every append
   * behind them waits (a database outage turned into minutes of queueing).
   * Those members get the group's error, as an append of their own would have.
   */
  splitAfter?: (error: unknown) => boolean;
}

interface Queued<Rows, M extends GroupMember<Rows>> {
  member: M;
  resolve: (rows: Rows) => void;
  reject: (error: unknown) => void;
}

export class AppendGroups<Rows, M extends GroupMember<Rows>> {
  private readonly queue: Queued<Rows, M>[] = [];
  private inFlight = 0;
  private pumpScheduled = false;
  private readonly maxEvents: number;
  private readonly maxBytes: number;
  private readonly maxInFlight: number;
  private readonly splitAfter: (error: unknown) => boolean;

  /** `together` runs several members as one transaction and returns each one's rows, in order. */
  constructor(
    private readonly together: (members: readonly M[]) => Promise<Rows[]>,
    options: AppendGroupsOptions = {},
  ) {
    this.maxEvents = options.maxEvents ?? 1_000;
    this.maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    this.maxInFlight = options.maxInFlight ?? 1;
    this.splitAfter = options.splitAfter ?? (() => true);
    for (const [name, value] of [
      ['maxEvents', this.maxEvents],
      ['maxBytes', this.maxBytes],
      ['maxInFlight', this.maxInFlight],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`groupCommit.${name} must be a positive integer, got ${value}`);
    }
  }

  submit(member: M): Promise<Rows> {
    return new Promise<Rows>((resolve, reject) => {
      this.queue.push({ member, resolve, reject });
      if (this.inFlight === 0 && !this.pumpScheduled) this.sendNext();
      else if (this.inFlight < this.maxInFlight) this.schedulePump();
      // else: the group in flight pumps when it is back.
    });
  }

  /**
   * Sends once the current turn of the event loop is over, so appends made in
   * the same turn (callers woken together by the previous group's commit)
   * travel together.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
        // Shared evenly among the free slots, so the groups overlap (one
        // executes while the other's commit is flushed) instead of one group
        // taking everything and the next leaving with a straggler.
        this.sendNext(Math.ceil(this.queue.length / (this.maxInFlight - this.inFlight)));
      }
    });
  }

  private sendNext(most = Infinity): void {
    const group = this.takeGroup(most);
    this.inFlight++;
    void this.run(group).finally(() => {
      // Freed only after the callers just settled have had their turn, so
      // what they append next joins the queue and leaves as one group.
      setImmediate(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.schedulePump();
      });
    });
  }

  private takeGroup(most: number): Queued<Rows, M>[] {
    const group = [this.queue.shift()!];
    let events = group[0]!.member.events;
    let bytes = group[0]!.member.bytes;
    while (this.queue.length > 0 && group.length < most) {
      const next = this.queue[0]!.member;
      if (events + next.events > this.maxEvents || bytes + next.bytes > this.maxBytes) break;
      events += next.events;
      bytes += next.bytes;
      group.push(this.queue.shift()!);
    }
    return group;
  }

  private async run(group: Queued<Rows, M>[]): Promise<void> {
    if (group.length === 1) {
      const only = group[0]!;
      await only.member.alone().then(only.resolve, only.reject);
      return;
    }
    let results: Rows[];
    try {
      results = await this.together(group.map((q) => q.member));
    } catch (error) {
      // Nothing of the group was acknowledged.
      if (!this.splitAfter(error)) {
        for (const q of group) q.reject(error);
        return;
      }
      // Each member alone, in queue order, so each gets its own outcome.
      for (const q of group) await q.member.alone().then(q.resolve, q.reject);
      return;
    }
    group.forEach((q, i) => q.resolve(results[i]!));
  }
}
